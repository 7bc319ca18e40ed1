// Sentence boundaries of one line by rule, at regex speed: a run of terminators (. ! ? …), any closing quotes or
// brackets after it, whitespace, then what can open a sentence. A period after an abbreviation or an initial ends a
// sentence only where the next word is one that opens sentences and rarely names anything ("Apple Inc. The
// stock …" splits, "Apple Inc. Chief Executive …" and "the U.S. Treasury" do not).
import { LEADING_ABBREVIATIONS, SENTENCE_OPENERS, TRAILING_ABBREVIATIONS } from "../extractors/lexicon.ts";
import { CodeUnitClass, WHITE_SPACE } from "../extractors/patterns.ts";

const TERMINATOR_RUN = /[.!?…]+/g;
// Classes of one code unit, tested at every terminator and along the word before it: looked up, not matched.
const CLOSERS = new CodeUnitClass(`[”’"')\\]]`);
const OPENS_SENTENCE = new CodeUnitClass(`[\\p{Lu}\\d“‘"'(\\[$€£¥]`, "u");
const BEFORE_WORD = new CodeUnitClass(`[\\s(“‘"'[]`);
const OPENING_MARK = new CodeUnitClass(`[“‘"'([]`);
const leading = new Set(LEADING_ABBREVIATIONS.map((a) => a.toLowerCase()));
const trailing = new Set(TRAILING_ABBREVIATIONS.map((a) => a.toLowerCase()));
const openers = new Set(SENTENCE_OPENERS);
/** Letters with periods: "U.S.", "p.m.", "S.A.", and a single initial "J.". */
const DOTTED_LETTERS = /^(?:\p{L}\.)+$/u;
const INITIAL = /^\p{Lu}\.$/u;
const OPENING_QUOTE = /[“‘]/;
const GLUED_WORD = /^\p{L}*[\p{Ll}\d]{2}$/u;
const GLUED_NEXT = /^\p{Lu}\p{Ll}{2}/u;

/** The word that ends at `end` (the period included), back to the previous space or opening mark. */
function wordBefore(line: string, end: number): string {
  let start = end;
  while (start > 0 && !BEFORE_WORD.has(line.charCodeAt(start - 1))) start--;
  return line.slice(start, end);
}

function wordAfter(line: string, start: number): string {
  let at = start;
  while (at < line.length && OPENING_MARK.has(line.charCodeAt(at))) at++;
  const m = /^[\p{L}’']+/u.exec(line.slice(at, at + 40));
  return m ? m[0] : "";
}

/**
 * Sentences a scraper glued together ("margins widened in the quarter.Orders rose …"): a lower-case word, a terminator and a
 * capitalised word with no space between them. Web and file names ("www.ExampleFunds.com", "PriceModel.computeYield")
 * are not glued sentences.
 */
function gluedBoundary(line: string, at: number, end: number): boolean {
  if (!GLUED_NEXT.test(line.slice(end, end + 3))) return false;
  const word = wordBefore(line, at);
  return GLUED_WORD.test(word) && !/^www$/i.test(word);
}

/** Whether a lone period after `word` ends the sentence, given the word that follows. */
function periodEnds(word: string, next: string, nextChar: string): boolean {
  const lower = word.toLowerCase();
  if (leading.has(lower)) return false;
  if (INITIAL.test(word)) return false;
  // A quotation opening after "Ltd." or "Co." starts a sentence of its own.
  if (trailing.has(lower) || DOTTED_LETTERS.test(word)) return OPENING_QUOTE.test(nextChar) || openers.has(next);
  return true;
}

/** Start and end offsets (relative to the line) of each sentence of a line; the line itself when none is found. */
export function sentenceBounds(line: string): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  TERMINATOR_RUN.lastIndex = 0;
  for (let m = TERMINATOR_RUN.exec(line); m !== null; m = TERMINATOR_RUN.exec(line)) {
    let end = m.index + m[0].length;
    while (end < line.length && CLOSERS.has(line.charCodeAt(end))) end++;
    let next = end;
    while (next < line.length && WHITE_SPACE.has(line.charCodeAt(next))) next++;
    if (next >= line.length) continue;
    if (next === end && !gluedBoundary(line, m.index, end)) continue;
    if (!OPENS_SENTENCE.has(line.charCodeAt(next))) continue;
    if (m[0] === ".") {
      if (!periodEnds(wordBefore(line, m.index + 1), wordAfter(line, next), line[next]!)) continue;
    }
    if (end > start) bounds.push([start, end]);
    start = next;
  }
  if (start < line.length) bounds.push([start, line.length]);
  return bounds;
}
