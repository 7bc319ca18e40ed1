// Traces body offsets back to the decoded input: the cleaners record, for each stretch of the body, the range
// of the input it came from; a fact's evidence then gets `evidence.source` (UTF-16 code units of the decoded
// input text), narrowed to the evidence's own words where they can be found in that range.
import type { Article, Fact, SourceRange } from "../schemas/record.ts";

/** A stretch of the body [bodyStart, bodyEnd) and the input range [start, end) it was cleaned from. */
export interface SourceSegment {
  bodyStart: number;
  bodyEnd: number;
  start: number;
  end: number;
}

const segmentsByArticle = new WeakMap<Article, SourceSegment[]>();

export function recordSourceMap(article: Article, segments: SourceSegment[]): void {
  if (segments.length > 0) segmentsByArticle.set(article, segments);
}

export function sourceSegments(article: Article): SourceSegment[] {
  return segmentsByArticle.get(article) ?? [];
}

/** Segments for units laid out in the body in order: each unit's text is found from where the previous ended. */
export function segmentsInBody(body: string, units: { text: string; source?: SourceRange }[]): SourceSegment[] {
  const segments: SourceSegment[] = [];
  let cursor = 0;
  for (const unit of units) {
    if (!unit.source || unit.text.length === 0) continue;
    const at = body.indexOf(unit.text, cursor);
    if (at < 0) continue;
    segments.push({ bodyStart: at, bodyEnd: at + unit.text.length, start: unit.source.start, end: unit.source.end });
    cursor = at + unit.text.length;
  }
  return segments;
}

/** [\p{L}\p{N}]+ with ASCII tried first: V8 tests a property class by a call out of the compiled pattern (see
 * wordCount in clean-shared.ts); the branches never match the same character. */
const WORD = /(?:[A-Za-z0-9]|(?=[^\x00-\x7F])[\p{L}\p{N}])+/gu;

/** The input range of body[start, end): the exact text when the input holds it verbatim, else from its first
 * word to its last within the segments that hold it (markup may stand between the words); null when untraced. */
export function locateInSource(body: string, raw: string, segments: SourceSegment[], start: number, end: number): SourceRange | null {
  let lo = Infinity;
  let hi = -1;
  for (const s of segments) {
    if (s.bodyStart < end && s.bodyEnd > start) {
      lo = Math.min(lo, s.start);
      hi = Math.max(hi, s.end);
    }
  }
  if (hi < 0) return null;
  const text = body.slice(start, end);
  const window = raw.slice(lo, hi);
  const exact = window.indexOf(text);
  if (exact >= 0) return { start: lo + exact, end: lo + exact + text.length };
  const words = text.match(WORD);
  if (!words) return { start: lo, end: hi };
  const first = window.indexOf(words[0]!);
  if (first < 0) return { start: lo, end: hi };
  let cursor = first;
  for (const word of words) {
    const at = window.indexOf(word, cursor);
    if (at < 0) return { start: lo + first, end: hi };
    cursor = at + word.length;
  }
  // Punctuation before the first word and after the last ("“", "%") is taken along when the input has it there.
  const lead = /^[^\p{L}\p{N}]*/u.exec(text)![0];
  const tail = /[^\p{L}\p{N}]*$/u.exec(text)![0];
  const from = lead && window.slice(first - lead.length, first) === lead ? first - lead.length : first;
  const to = tail && window.startsWith(tail, cursor) ? cursor + tail.length : cursor;
  return { start: lo + from, end: lo + to };
}

/** The range in raw[within] of each text's words, searched in order (texts that occur in the input in the same
 * order, escaped or marked up, such as the paragraphs of a JSON article body); null for a text not found. */
export function traceInOrder(raw: string, within: SourceRange, texts: string[]): (SourceRange | null)[] {
  let cursor = within.start;
  return texts.map((text) => {
    const words = text.match(WORD);
    if (!words) return null;
    let first = -1;
    let at = cursor;
    for (const word of words) {
      const found = raw.indexOf(word, at);
      if (found < 0 || found >= within.end) return null;
      if (first < 0) first = found;
      at = found + word.length;
    }
    cursor = at;
    return { start: first, end: at };
  });
}

/** Sets evidence.source on every fact whose evidence the cleaner could trace to the input. */
export function attachSources(facts: Fact[], article: Article, raw: string): void {
  const segments = sourceSegments(article);
  if (segments.length === 0) return;
  for (const fact of facts) {
    const source = locateInSource(article.body, raw, segments, fact.evidence.start, fact.evidence.end);
    if (source) fact.evidence.source = source;
  }
}
