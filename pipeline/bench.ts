// npm run bench -- [DIR|FILES...]: throughput of the whole pipeline (read → validate, plus serialisation)
// over a corpus, single worker. Default: the bundled corpus replicated to at least 5 MB.
import { readFileSync } from "node:fs";
import { serialize } from "./emit.ts";
import { resolveInputs } from "./inputs.ts";
import { DEFAULT_OPTIONS, processBytes, STAGES, type StageName } from "./pipeline.ts";

const args = process.argv.slice(2);
const { files } = resolveInputs(args.length ? args : ["corpus"]);
const inputs = files.map((path) => ({ path, bytes: readFileSync(path) }));
const targetBytes = args.length ? 0 : 5 * 1024 * 1024;
const corpusBytes = inputs.reduce((s, i) => s + i.bytes.length, 0);
const copies = Math.max(1, Math.ceil(targetBytes / Math.max(1, corpusBytes)));

const stageMs = new Map<StageName, number>(STAGES.map((s) => [s, 0]));
const options = { ...DEFAULT_OPTIONS, onStageTime: (stage: StageName, ms: number) => stageMs.set(stage, stageMs.get(stage)! + ms) };

// Warm-up: module loading and JIT are start-up costs, not throughput.
for (const input of inputs.slice(0, 5)) processBytes(input.path, input.bytes);

const perArticle: number[] = [];
let totalBytes = 0;
const started = performance.now();
for (let c = 0; c < copies; c++) {
  for (const input of inputs) {
    const t = performance.now();
    const record = processBytes(input.path, input.bytes, options);
    const emitStart = performance.now();
    serialize(record);
    stageMs.set("emit", stageMs.get("emit")! + performance.now() - emitStart);
    perArticle.push(performance.now() - t);
    totalBytes += input.bytes.length;
  }
}
const seconds = (performance.now() - started) / 1000;
perArticle.sort((a, b) => a - b);
const pct = (p: number) => perArticle[Math.min(perArticle.length - 1, Math.floor((p / 100) * perArticle.length))]!.toFixed(2);

console.log(`inputs: ${inputs.length} files × ${copies} = ${perArticle.length} articles, ${(totalBytes / 1e6).toFixed(2)} MB`);
console.log(`throughput: ${(perArticle.length / seconds).toFixed(1)} articles/s, ${(totalBytes / 1e6 / seconds).toFixed(2)} MB/s (1 worker)`);
console.log(`ms per article: p50 ${pct(50)}, p95 ${pct(95)}, p99 ${pct(99)}`);
const total = [...stageMs.values()].reduce((a, b) => a + b, 0);
console.log("time per stage:");
for (const [stage, ms] of stageMs) console.log(`  ${stage.padEnd(9)} ${(ms / 1000).toFixed(2)} s  ${((ms / total) * 100).toFixed(1)}%`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
