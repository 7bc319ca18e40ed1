// npm run eval:sentiment -- FILE [--errors] [--json]
// Scores sentence sentiment (extractors/sentiment.ts) on a `sentence@label` file (labels positive, negative,
// neutral; one sentence a line) and prints accuracy, macro-F1, per-class precision/recall/F1 and the confusion
// matrix. The file is read as bytes and decoded like an article (UTF-8, UTF-16, else Windows-1252).
import { readFile } from "node:fs/promises";
import { scoreSentiment, type SentimentLabel, type SentimentScore } from "../extractors/sentiment.ts";
import { decode } from "./read.ts";
import { evalArgs, isScript, runMain } from "./script.ts";

export const SENTIMENT_LABELS: readonly SentimentLabel[] = ["positive", "negative", "neutral"];

export interface LabelledSentence {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  label: SentimentLabel;
}

export interface ParsedSentences {
  sentences: LabelledSentence[];
  /** Line numbers of non-blank lines without a known label after their last "@". */
  skipped: number[];
}

/** `sentence@label` lines; the label is after the last "@" (sentences may contain "@"). */
export function parseLabelledSentences(text: string): ParsedSentences {
  const sentences: LabelledSentence[] = [];
  const skipped: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const at = line.lastIndexOf("@");
    const label = at >= 0 ? line.slice(at + 1).trim().toLowerCase() : "";
    const sentence = at >= 0 ? line.slice(0, at).trim() : "";
    if (sentence === "" || !(SENTIMENT_LABELS as readonly string[]).includes(label)) skipped.push(index + 1);
    else sentences.push({ line: index + 1, text: sentence, label: label as SentimentLabel });
  });
  return { sentences, skipped };
}

export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
  /** How many sentences carry this label. */
  support: number;
}

export interface SentimentEvaluation {
  sentences: number;
  correct: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<SentimentLabel, ClassFigures>;
  /** confusion[gold][predicted] = count. */
  confusion: Record<SentimentLabel, Record<SentimentLabel, number>>;
  errors: { line: number; text: string; label: SentimentLabel; predicted: SentimentLabel; score: number; cues: string[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const round = (x: number) => Math.round(x * 10000) / 10000;

/** Accuracy, per-class precision/recall/F1 (0 when undefined), their macro mean and the confusion matrix. */
export function evaluateSentences(
  sentences: LabelledSentence[],
  classify: (text: string) => SentimentScore = scoreSentiment,
): SentimentEvaluation {
  const zeroRow = () => ({ positive: 0, negative: 0, neutral: 0 });
  const confusion = { positive: zeroRow(), negative: zeroRow(), neutral: zeroRow() };
  const errors: SentimentEvaluation["errors"] = [];
  for (const { line, text, label } of sentences) {
    const result = classify(text);
    confusion[label][result.label] += 1;
    if (result.label !== label) errors.push({ line, text, label, predicted: result.label, score: result.score, cues: result.cues });
  }
  const perClass = {} as Record<SentimentLabel, ClassFigures>;
  for (const c of SENTIMENT_LABELS) {
    const tp = confusion[c][c];
    const predicted = SENTIMENT_LABELS.reduce((s, g) => s + confusion[g][c], 0);
    const support = SENTIMENT_LABELS.reduce((s, p) => s + confusion[c][p], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    perClass[c] = { precision: round(precision), recall: round(recall), f1: round(ratio(2 * precision * recall, precision + recall)), support };
  }
  const correct = SENTIMENT_LABELS.reduce((s, c) => s + confusion[c][c], 0);
  return {
    sentences: sentences.length,
    correct,
    accuracy: round(ratio(correct, sentences.length)),
    macroF1: round(SENTIMENT_LABELS.reduce((s, c) => s + perClass[c].f1, 0) / SENTIMENT_LABELS.length),
    perClass,
    confusion,
    errors,
  };
}

/** A `sentence@label` file read as bytes and decoded like an article (odd bytes never stop it), then scored. */
export async function evaluateFile(path: string): Promise<SentimentEvaluation & { skipped: number[] }> {
  const { text } = decode(new Uint8Array(await readFile(path)), []);
  const { sentences, skipped } = parseLabelledSentences(text);
  return { ...evaluateSentences(sentences), skipped };
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

export function formatEvaluation(result: SentimentEvaluation, skipped: number[]): string {
  const lines = [
    `${result.sentences} sentences${skipped.length ? `, ${skipped.length} lines skipped (no label)` : ""}`,
    `accuracy  ${result.accuracy.toFixed(3)} (${result.correct}/${result.sentences})`,
    `macro-F1  ${result.macroF1.toFixed(3)}`,
    "",
    `class      precision  recall     F1  support`,
    ...SENTIMENT_LABELS.map((c) => {
      const f = result.perClass[c];
      return `${c.padEnd(9)}  ${pad(f.precision.toFixed(3), 9)}  ${pad(f.recall.toFixed(3), 6)}  ${pad(f.f1.toFixed(3), 5)}  ${pad(f.support, 7)}`;
    }),
    "",
    `gold \\ predicted  ${SENTIMENT_LABELS.map((c) => pad(c, 8)).join(" ")}`,
    ...SENTIMENT_LABELS.map((g) => `${g.padEnd(16)}  ${SENTIMENT_LABELS.map((p) => pad(result.confusion[g][p], 8)).join(" ")}`),
  ];
  return lines.join("\n");
}

export function formatErrors(result: SentimentEvaluation): string {
  return result.errors
    .map((e) => `${e.line}: ${e.label} → ${e.predicted} (${e.score}) [${e.cues.join("; ")}] ${e.text}`)
    .join("\n");
}

const USAGE = "usage: npm run eval:sentiment -- FILE [--errors] [--json]";

async function main(argv: string[]): Promise<number> {
  const args = evalArgs(argv, USAGE);
  if (!args) return 2;
  const { skipped, ...result } = await evaluateFile(args.input);
  if (args.json) {
    const { errors, ...figures } = result;
    console.log(JSON.stringify(args.errors ? { ...figures, skipped, errors } : { ...figures, skipped }, null, 2));
    return 0;
  }
  if (args.errors && result.errors.length > 0) console.log(`${formatErrors(result)}\n`);
  console.log(formatEvaluation(result, skipped));
  return 0;
}

if (isScript(import.meta.url)) runMain("eval:sentiment", main);
