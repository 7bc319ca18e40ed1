// Stage 3: paragraphs, lines and sentences of the cleaned body, as character offsets.
import { allMatches } from "../extractors/patterns.ts";
import type { Span } from "../schemas/record.ts";
import type { Segmentation, Sentence } from "./document.ts";
import { sentenceBounds } from "./sentences.ts";

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

function paragraphSpans(body: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e, text: body.slice(s, e) });
  };
  for (const m of allMatches(PARAGRAPH_BREAK, body)) {
    push(start, m.index!);
    start = m.index! + m[0].length;
  }
  push(start, body.length);
  return spans;
}

/** Lines of a paragraph: list items and table rows are sentences of their own, whatever their punctuation. */
function lineSpans(paragraph: Span): Span[] {
  const spans: Span[] = [];
  let cursor = paragraph.start;
  for (const line of paragraph.text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      const start = cursor + lead;
      spans.push({ start, end: start + trimmed.length, text: trimmed });
    }
    cursor += line.length + 1;
  }
  return spans;
}

export function segment(body: string): Segmentation {
  const paragraphs = paragraphSpans(body);
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const line of lineSpans(paragraph)) {
      // sentences.ts gives at least one sentence per (trimmed) line, none empty or ending in a space.
      for (const [s, e] of sentenceBounds(line.text)) {
        sentences.push({ start: line.start + s, end: line.start + e, text: line.text.slice(s, e), paragraph: p, index: sentences.length });
      }
    }
  });
  return { paragraphs, sentences };
}
