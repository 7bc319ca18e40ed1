// `npm run eval:segment -- DIR|FILES... [--show N]`: the rule-based sentence splitter (sentences.ts) beside
// wink-nlp's sentence boundary detection on the same cleaned bodies. Prints how many of wink's sentences the rules
// reproduce exactly, the time each takes, and N disagreements from each side to read when a rule changes.
// wink-nlp is a dev dependency for this comparison only: at ~2 MB/s it costs more than the rest of a run.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Diagnostic } from "../schemas/record.ts";
import { clean } from "./clean.ts";
import { resolveInputs } from "./inputs.ts";
import { readBytes } from "./read.ts";
import { segment } from "./segment.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { show: { type: "string", default: "20" } } });
const nlp = winkNLP(model, ["sbd"]);

/** wink's sentences of one line as body offsets: its sentence texts found in order in the line. */
function winkSentences(body: string, start: number, end: number): string[] {
  const line = body.slice(start, end);
  const keys: string[] = [];
  let cursor = 0;
  for (const text of nlp.readDoc(line).sentences().out() as string[]) {
    const at = line.indexOf(text, cursor);
    if (at < 0) continue;
    keys.push(`${start + at}-${start + at + text.length}`);
    cursor = at + text.length;
  }
  return keys;
}

let agreed = 0;
let winkCount = 0;
let rulesCount = 0;
let rulesMs = 0;
let winkMs = 0;
const onlyWink: string[] = [];
const onlyRules: string[] = [];
for (const path of resolveInputs(positionals.length ? positionals : ["corpus"]).files) {
  let body: string;
  try {
    const diagnostics: Diagnostic[] = [];
    body = clean(readBytes(path, readFileSync(path), diagnostics), diagnostics).body;
  } catch {
    continue; // inputs the pipeline rejects have no body to split
  }
  let t = performance.now();
  const { sentences } = segment(body);
  rulesMs += performance.now() - t;
  const rules = new Set(sentences.map((s) => `${s.start}-${s.end}`));
  // wink reads the same lines the rules split (paragraphs and list items are lines before either runs).
  const lines = new Map<string, [number, number]>();
  for (const s of sentences) {
    const lineStart = body.lastIndexOf("\n", s.start - 1) + 1;
    const lineEnd = body.indexOf("\n", s.end);
    lines.set(`${lineStart}`, [lineStart, lineEnd < 0 ? body.length : lineEnd]);
  }
  t = performance.now();
  const wink = new Set([...lines.values()].flatMap(([a, b]) => winkSentences(body, a, b)));
  winkMs += performance.now() - t;
  const show = (key: string) => {
    const [s, e] = key.split("-").map(Number) as [number, number];
    return `${path}: ${body.slice(Math.max(0, s - 40), s).replace(/\n/g, " ")}⟦${body.slice(s, e)}⟧`;
  };
  winkCount += wink.size;
  rulesCount += rules.size;
  for (const key of wink) {
    if (rules.has(key)) agreed++;
    else onlyWink.push(show(key));
  }
  for (const key of rules) if (!wink.has(key)) onlyRules.push(show(key));
}

const n = Number(values.show);
const pick = (list: string[]) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
console.log(`wink-nlp sentences: ${winkCount}; rules: ${rulesCount}; identical: ${agreed} (${((100 * agreed) / Math.max(1, winkCount)).toFixed(1)}% of wink's)`);
console.log(`time: rules ${rulesMs.toFixed(0)} ms (whole segment stage), wink-nlp ${winkMs.toFixed(0)} ms (sentences only)`);
console.log(`\nonly wink-nlp (${onlyWink.length}), every ${Math.max(1, Math.floor(onlyWink.length / n))}th:`);
for (const line of pick(onlyWink)) console.log(`  ${line.slice(0, 300)}`);
console.log(`\nonly the rules (${onlyRules.length}):`);
for (const line of pick(onlyRules)) console.log(`  ${line.slice(0, 300)}`);
