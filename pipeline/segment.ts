// Stage 3: paragraphs, sentences and tokens of the cleaned body, as character offsets (wink-nlp).
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Span } from "../schemas/record.ts";
import type { Segmentation, Sentence } from "./document.ts";

const nlp = winkNLP(model, ["sbd"]);
const its = nlp.its;

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

function paragraphSpans(body: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e, text: body.slice(s, e) });
  };
  for (const m of body.matchAll(PARAGRAPH_BREAK)) {
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

// wink-nlp's tokenizer slows quadratically on very long unbroken strings (a 200 KB run takes seconds), so
// such runs are masked with spaces of the same length before it reads the line; offsets stay aligned.
const LONG_RUN = /\S{64,}/g;
const maskLongRuns = (text: string) => text.replace(LONG_RUN, (run) => run.slice(0, 32) + " ".repeat(run.length - 32));

/** Sentence spans of one line, from wink-nlp's sentence boundaries mapped back to character offsets. */
function sentenceSpans(line: Span): { spans: Span[]; tokens: number } {
  const masked = maskLongRuns(line.text);
  const doc = nlp.readDoc(masked);
  const tokenValues: string[] = doc.tokens().out(its.value) as string[];
  // Character offset of each token, found by walking the text (wink keeps tokens in order, spaces dropped).
  const tokenStarts: number[] = [];
  let cursor = 0;
  for (const value of tokenValues) {
    const at = masked.indexOf(value, cursor);
    const start = at === -1 ? cursor : at;
    tokenStarts.push(start);
    cursor = at === -1 ? cursor : at + value.length;
  }
  const spans: Span[] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const startChar = tokenStarts[first] ?? 0;
    const lastStart = tokenStarts[last] ?? startChar;
    let endChar = Math.min(line.text.length, lastStart + (tokenValues[last]?.length ?? 0));
    while (endChar < line.text.length && masked[endChar] === " " && !/\s/.test(line.text[endChar]!)) endChar++;
    if (endChar > startChar) {
      spans.push({ start: line.start + startChar, end: line.start + endChar, text: line.text.slice(startChar, endChar) });
    }
  });
  if (spans.length === 0) spans.push(line);
  return { spans, tokens: tokenValues.length };
}

export function segment(body: string): Segmentation {
  const paragraphs = paragraphSpans(body);
  const sentences: Sentence[] = [];
  let tokenCount = 0;
  paragraphs.forEach((paragraph, p) => {
    for (const line of lineSpans(paragraph)) {
      const { spans, tokens } = sentenceSpans(line);
      tokenCount += tokens;
      for (const span of spans) sentences.push({ ...span, paragraph: p, index: sentences.length });
    }
  });
  return { paragraphs, sentences, tokenCount };
}
