// npm run bench -- [DIR|FILES...] [--workers N] [--count N] [--warmup N] [--rounds N] [--only] [--one-core] [--cold-start [FILE]]
// Throughput of the real command-line path (batch.ts: inputs → worker pool → serialized records in input order)
// over a corpus: the bundled corpus replicated to at least 5 MB by default, or DIR/FILES, or exactly --count
// articles (inputs repeated). Each round (default 3) runs once with 1 worker and once with N (default: the cores),
// checks that both give the same bytes, and compares the 1-worker time with the regex-only floor (regex-floor.ts) on
// the same text; the medians over the rounds close the report. Before and after, each core's speed on a fixed loop
// says how much N workers can gain on this machine (core-speed.ts).
// Each run first processes --warmup articles per worker (default 3000; inputs repeated), not counted: each worker's
// V8 keeps re-optimising for a few thousand articles, and a long batch runs on settled code, as the floor does (it
// is warmed too). Every worker of every run has seen as many articles when the count starts, though not the same
// ones: shared out between two workers, the warm-up leaves each ~12% of news-sample's distinct articles unseen,
// where one worker has seen them all (README, Measured figures). The rate counting the warm-up is printed beside it.
// --only runs just the N-worker pass (for long memory runs: --count 100000 --only). --one-core adds to each round a
// 1-worker run with the whole process on the fastest core, and N workers' speed-up over it. --cold-start instead
// times fresh `npm run extract` processes on one article.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_TIMEOUT_MS, runBatch } from "./batch.ts";
import { resolveInputs } from "./inputs.ts";
import { DEFAULT_READ_OPTIONS, readBytes } from "./read.ts";
import { allowedCores, confineProcess, describeCoreSpeeds, fastestCore, measureCoreSpeeds } from "./core-speed.ts";
import { regexFloorScan } from "./regex-floor.ts";
import { accountThreadCpu, describeSpeedUpFactors, speedUpFactors, threadCpuSeconds, type SpeedUpFactors, type ThreadCpuAccount } from "./thread-cpu.ts";
import type { BatchInput, TaskResult } from "./task.ts";

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    workers: { type: "string", default: String(availableParallelism()) },
    count: { type: "string" },
    "cold-start": { type: "boolean", default: false },
    only: { type: "boolean", default: false },
    "one-core": { type: "boolean", default: false },
    runs: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    warmup: { type: "string", default: "3000" },
  },
});

const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
const rssMb = () => (process.memoryUsage().rss / 1e6).toFixed(0);

if (values["cold-start"]) {
  const file = positionals[0] ?? "/work/shared/data/model-article/small-caps-rotation.txt";
  const walls: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const start = performance.now();
    // The plain command, writing its file into a fresh directory (a reused one would skip the unchanged article).
    const out = mkdtempSync(join(tmpdir(), "ns-cold-"));
    const run = spawnSync("npm", ["run", "-s", "extract", "--", "--quiet", "--out", out, file], { encoding: "utf8" });
    rmSync(out, { recursive: true, force: true });
    walls.push(performance.now() - start);
    if (run.status !== 0 && run.status !== 1) throw new Error(`npm run extract failed: ${run.stderr}`);
  }
  walls.sort((a, b) => a - b);
  console.log(`cold start of npm run extract on ${file}: min ${(walls[0]! / 1000).toFixed(2)} s, median ${(walls[walls.length >> 1]! / 1000).toFixed(2)} s wall (${walls.length} runs)`);
  process.exit(0);
}

const { files } = resolveInputs(positionals.length ? positionals : ["corpus"]);
const sizes = files.map((path) => readFileSync(path).length);
const corpusBytes = sizes.reduce((a, b) => a + b, 0);
const count = values.count
  ? Number(values.count)
  : files.length * Math.max(1, Math.ceil((positionals.length ? 0 : 5 * 1024 * 1024) / Math.max(1, corpusBytes)));
const totalBytes = Array.from({ length: count }, (_, i) => sizes[i % files.length]!).reduce((a, b) => a + b, 0);
const nWorkers = Number(values.workers);

console.log(`inputs: ${files.length} files, ${count} articles, ${mb(totalBytes)} MB`);
// The V8 and Node flags decide much of the figures (see README, Compilation), so the report names them.
console.log(`node ${process.version} ${process.execArgv.join(" ")}`);

interface RunFigures {
  /** Rate over every article from the first record on, warm-up included (articles/s). */
  coldRate: number;
  seconds: number;
  articles: number;
  perArticle: number[];
  stageMs: number[];
  digest: string;
  rssAt: Map<number, string>;
  /** CPU seconds by kind of thread over the counted articles (Linux only). */
  cpu: ThreadCpuAccount | null;
}

/** Inputs are paths, so workers read the files as in the CLI; the sink hashes the output instead of writing it. */
async function measure(workers: number): Promise<RunFigures> {
  // The counted articles are the same in every run: the inputs start again from the first after the warm-up.
  const warmup = Number(values.warmup) * Math.max(1, workers);
  function* inputs(): Generator<BatchInput> {
    for (let i = 0; i < warmup; i++) yield { path: files[i % files.length]! };
    for (let i = 0; i < count; i++) yield { path: files[i % files.length]! };
  }
  const perArticle: number[] = [];
  const stageMs: number[] = [];
  const hash = createHash("sha256");
  const rssAt = new Map<number, string>();
  const checkpoints = new Set([1_000, 10_000, 100_000, 1_000_000, count, ...Array.from({ length: 10 }, (_, i) => Math.round(((i + 1) * count) / 10))]);
  let first = 0;
  let warm = 0;
  // Threads that exist before the pool starts are the main thread and the helpers; the pool's appear after.
  const threadsBefore = threadCpuSeconds();
  let cpuAtWarm: Map<number, number> | null = null;
  let cpuAtEnd: Map<number, number> | null = null; // read at the last record: the pool ends its threads after it
  let last = 0;
  let delivered = 0;
  await runBatch(inputs(), { workers, settings: { maxBytes: DEFAULT_READ_OPTIONS.maxBytes, timeoutMs: DEFAULT_TIMEOUT_MS, pretty: false, stageTimes: true } }, (_input, result: TaskResult) => {
    delivered++;
    last = performance.now();
    // Start-up (loading modules in the workers) is cold-start cost, measured apart; the cold rate counts from the
    // first record, the steady rate from the last warm-up record.
    if (delivered === 1) first = last;
    if (delivered === warmup + (warmup === 0 ? 1 : 0)) {
      warm = last;
      cpuAtWarm = threadCpuSeconds();
    }
    if (delivered <= Math.max(1, warmup)) return;
    if (perArticle.length < 200_000) perArticle.push(result.ms!);
    result.stageMs!.forEach((ms, i) => (stageMs[i] = (stageMs[i] ?? 0) + ms));
    hash.update(result.output!);
    const measured = delivered - warmup;
    if (measured === count) cpuAtEnd = threadCpuSeconds();
    if (checkpoints.has(measured)) {
      rssAt.set(measured, rssMb());
      process.stderr.write(`  ${workers} worker(s): ${measured} articles, RSS ${rssAt.get(measured)} MB\n`);
    }
  });
  // Both are set in the sink, which TypeScript's narrowing does not follow.
  const atWarm = cpuAtWarm as Map<number, number> | null;
  const atEnd = cpuAtEnd as Map<number, number> | null;
  let cpu: ThreadCpuAccount | null = null;
  if (threadsBefore && atWarm && atEnd) {
    const workerTids = new Set([...atWarm.keys()].filter((tid) => !threadsBefore.has(tid)));
    cpu = accountThreadCpu(atWarm, atEnd, workerTids, process.pid);
  }
  return {
    cpu,
    coldRate: (delivered - 1) / ((last - first) / 1000),
    seconds: (last - warm) / 1000,
    articles: delivered - Math.max(1, warmup),
    perArticle,
    stageMs,
    digest: hash.digest("hex"),
    rssAt,
  };
}

// Stage names only: the pipeline itself runs in the workers, so this thread stays as light as the CLI's.
const STAGES = ["read", "clean", "segment", "extract", "refine", "validate", "emit"];

function report(label: string, r: RunFigures): void {
  const rate = r.articles / r.seconds;
  const bytesPerArticle = totalBytes / count;
  r.perArticle.sort((a, b) => a - b);
  const pct = (p: number) => r.perArticle[Math.min(r.perArticle.length - 1, Math.floor((p / 100) * r.perArticle.length))]!.toFixed(2);
  console.log(`\n${label}`);
  console.log(`throughput: ${rate.toFixed(1)} articles/s, ${mb(rate * bytesPerArticle)} MB/s (after the warm-up; counting it, from the first record: ${r.coldRate.toFixed(1)} articles/s, ${mb(r.coldRate * bytesPerArticle)} MB/s)`);
  console.log(`ms per article: p50 ${pct(50)}, p95 ${pct(95)}, p99 ${pct(99)}`);
  const total = r.stageMs.reduce((a, b) => a + b, 0);
  console.log("time per stage (summed over workers):");
  STAGES.forEach((stage, i) => console.log(`  ${stage.padEnd(9)} ${(r.stageMs[i]! / 1000).toFixed(2)} s  ${((r.stageMs[i]! / total) * 100).toFixed(1)}%`));
  if (r.cpu) {
    const { workers, main, helpers } = r.cpu;
    const perArticle = (seconds: number) => ((seconds * 1000) / r.articles).toFixed(2);
    console.log(`CPU over the counted articles: workers ${workers.toFixed(2)} s (${perArticle(workers)} ms/article), main thread ${main.toFixed(2)} s (${perArticle(main)}), V8/libuv helper threads ${helpers.toFixed(2)} s (${perArticle(helpers)}); wall ${r.seconds.toFixed(2)} s`);
  }
  console.log(`RSS: ${[...r.rssAt].map(([n, rss]) => `${rss} MB after ${n}`).join(", ")}`);
}

function decodedText(path: string): string {
  try {
    return readBytes(path, readFileSync(path), [], { maxBytes: Number.MAX_SAFE_INTEGER }).raw;
  } catch {
    return ""; // an input the pipeline rejects at once (binary, empty) has no text to scan
  }
}
/** The inputs' decoded text, read once for every round's floor. */
let decodedInputs: string[] | null = null;

/**
 * Warm-up of the floor: V8 compiles the scan and its patterns over its first passes, which ran up to a fifth slower
 * than later ones (news-sample: 66–79 MB/s in passes 1–4, 83–84 after). Passes over the distinct inputs, until
 * both limits are reached or the time one is exceeded.
 */
const FLOOR_WARM_PASSES = 5;
const FLOOR_WARM_MAX_SECONDS = 2;
/**
 * The floor is timed over at least this long. One pass over news-sample takes ~0.15 s, and a neighbour's burst of
 * load on this host within so short a time changed the floor by up to half; the 1-worker run it is compared with
 * lasts several seconds.
 */
const FLOOR_MIN_SECONDS = 2;

/** The regex-only floor's time for the counted articles (the inputs repeated as in the runs), in seconds. */
function floorSeconds(): number {
  const decoded = (decodedInputs ??= files.map(decodedText));
  const warmStart = performance.now();
  for (let pass = 0; pass < FLOOR_WARM_PASSES && performance.now() - warmStart < FLOOR_WARM_MAX_SECONDS * 1000; pass++) {
    for (const text of decoded) regexFloorScan(text);
  }
  const start = performance.now();
  let passes = 0;
  let seconds = 0;
  do {
    for (let i = 0; i < count; i++) regexFloorScan(decoded[i % decoded.length]!);
    passes++;
    seconds = (performance.now() - start) / 1000;
  } while (seconds < FLOOR_MIN_SECONDS);
  return seconds / passes;
}

interface Round {
  oneRate: number;
  floorRatio: number;
  coldFloorRatio: number;
  speedUp: number | null;
  coldSpeedUp: number | null;
  /** The speed-up taken apart (Linux only: from the threads' CPU). */
  factors: SpeedUpFactors | null;
  /** With --one-core: N workers over 1 worker whose process (main thread and helpers too) had one core. */
  oneCoreSpeedUp: number | null;
}

/**
 * `--one-core`: one worker with the whole process confined to one core, so that the main thread and V8's helper
 * threads share the worker's core instead of using an idle one. N workers over this run is the speed-up from one
 * core to N; the target is measured against the ordinary 1-worker run all the same.
 */
async function measureOnOneCore(core: number): Promise<RunFigures> {
  const all = allowedCores(process.pid);
  if (!all || !confineProcess(process.pid, String(core))) throw new Error("--one-core needs taskset and /proc (Linux)");
  const confinedTo = allowedCores(process.pid);
  if (confinedTo !== String(core)) throw new Error(`--one-core: the process is on cores ${confinedTo}, not ${core} alone`);
  try {
    return await measure(1);
  } finally {
    confineProcess(process.pid, all);
  }
}

const secondsPerArticle = (run: RunFigures) => run.seconds / run.articles;

/** One round: the floor, 1 worker, the floor again, then N workers; the first round prints every figure, later ones a line. */
async function round(index: number, verbose: boolean, oneCore: number | null): Promise<Round> {
  // The floor is timed right before and right after the 1-worker run and the two are averaged, so that a change in
  // the host's speed while they run (it drifts by tens of percent within minutes here) weighs on both alike.
  const floorBefore = floorSeconds();
  const one = await measure(1);
  if (verbose) report("1 worker", one);
  const floorAfter = floorSeconds();
  const floor = (floorBefore + floorAfter) / 2;
  const oneSeconds = (one.seconds * count) / one.articles;
  const coldSeconds = count / one.coldRate;
  const figures: Round = { oneRate: one.articles / one.seconds, floorRatio: oneSeconds / floor, coldFloorRatio: coldSeconds / floor, speedUp: null, coldSpeedUp: null, factors: null, oneCoreSpeedUp: null };
  if (verbose) console.log(`\nregex-only floor: ${mb(totalBytes / floor)} MB/s, ${(count / floor).toFixed(0)} articles/s (${mb(totalBytes / floorBefore)} MB/s before the 1-worker run, ${mb(totalBytes / floorAfter)} after); pipeline (1 worker) is ${figures.floorRatio.toFixed(1)}× the floor (${figures.coldFloorRatio.toFixed(1)}× counting its warm-up)`);
  let line = `round ${index + 1}: 1 worker ${figures.oneRate.toFixed(1)} articles/s, ${figures.floorRatio.toFixed(1)}× the floor`;
  if (nWorkers > 1) {
    const many = await measure(nWorkers);
    if (verbose) report(`${nWorkers} workers`, many);
    figures.speedUp = secondsPerArticle(one) / secondsPerArticle(many);
    figures.coldSpeedUp = many.coldRate / one.coldRate;
    const output = many.digest === one.digest ? "identical" : "DIFFERENT";
    if (one.cpu && many.cpu) figures.factors = speedUpFactors({ ...one, cpu: one.cpu }, { ...many, cpu: many.cpu }, nWorkers);
    if (verbose) console.log(`\nspeed-up 1 → ${nWorkers} workers: ${figures.speedUp.toFixed(2)}× (${figures.coldSpeedUp.toFixed(2)}× counting the warm-ups); output ${output} (sha256 ${one.digest.slice(0, 16)}…)`);
    if (verbose && figures.factors) console.log(`  = ${describeSpeedUpFactors(figures.factors, nWorkers)}`);
    line += `; ${nWorkers} workers ${(many.articles / many.seconds).toFixed(1)} articles/s, speed-up ${figures.speedUp.toFixed(2)}×; output ${output}`;
    if (figures.factors) line += ` (cores' use ${figures.factors.busyMany.toFixed(2)}, single worker's ${figures.factors.busyOne.toFixed(2)}, worker CPU ratio ${figures.factors.workerCpuRatio.toFixed(2)}, workers' share ${figures.factors.workerShare.toFixed(2)})`;
    if (many.digest !== one.digest) process.exitCode = 1;
    if (oneCore !== null) {
      const confined = await measureOnOneCore(oneCore);
      if (verbose) report(`1 worker, the process confined to cpu${oneCore}`, confined);
      figures.oneCoreSpeedUp = secondsPerArticle(confined) / secondsPerArticle(many);
      const confinedRate = (confined.articles / confined.seconds).toFixed(1);
      const same = confined.digest === one.digest ? "identical" : "DIFFERENT";
      if (verbose) console.log(`\nspeed-up from 1 worker on one core (cpu${oneCore}, ${confinedRate} articles/s) to ${nWorkers} workers: ${figures.oneCoreSpeedUp.toFixed(2)}×; output ${same}`);
      line += `; 1 worker on cpu${oneCore} ${confinedRate} articles/s, ${nWorkers} workers ${figures.oneCoreSpeedUp.toFixed(2)}× that (output ${same})`;
      if (confined.digest !== one.digest) process.exitCode = 1;
    }
  }
  if (!verbose) console.log(line);
  return figures;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const spread = (values: number[], digits: number) => `median ${median(values).toFixed(digits)} (${values.map((v) => v.toFixed(digits)).join(", ")})`;

async function main(): Promise<void> {
  if (values.only && values["one-core"]) throw new Error("--one-core adds a run to each round, and --only runs no rounds");
  if (values.only) {
    report(`${nWorkers} worker${nWorkers > 1 ? "s" : ""}`, await measure(nWorkers));
  } else {
    // Measured before and after the runs: a neighbour's load can change while they run.
    const coresBefore = nWorkers > 1 ? measureCoreSpeeds(availableParallelism()) : null;
    if (coresBefore) console.log(describeCoreSpeeds(coresBefore, nWorkers));
    if (values["one-core"] && !coresBefore) throw new Error("--one-core needs N > 1 workers and taskset");
    const oneCore = values["one-core"] && coresBefore ? fastestCore(coresBefore) : null;
    // Rounds alternate 1 and N workers, so that a change in the machine's speed falls on both alike.
    const rounds: Round[] = [];
    const total = Math.max(1, Number(values.rounds));
    for (let i = 0; i < total; i++) rounds.push(await round(i, i === 0, oneCore));
    if (total > 1) {
      console.log(`\nover ${total} rounds: 1 worker ${spread(rounds.map((r) => r.oneRate), 1)} articles/s; pipeline/floor ${spread(rounds.map((r) => r.floorRatio), 1)}× (counting the warm-up ${spread(rounds.map((r) => r.coldFloorRatio), 1)}×)`);
      if (nWorkers > 1) console.log(`speed-up 1 → ${nWorkers} workers: ${spread(rounds.map((r) => r.speedUp!), 2)}×; counting the warm-ups ${spread(rounds.map((r) => r.coldSpeedUp!), 2)}×`);
      const factors = rounds.map((r) => r.factors).filter((f): f is SpeedUpFactors => f !== null);
      if (nWorkers > 1 && factors.length === rounds.length) {
        const each = (key: keyof SpeedUpFactors) => spread(factors.map((f) => f[key]), 2);
        console.log(`  its factors: the ${nWorkers} cores' use ${each("busyMany")}; the single worker's ${each("busyOne")}; worker CPU per article, 1 worker over ${nWorkers}, ${each("workerCpuRatio")}; the workers' share of the CPU ${each("workerShare")}`);
      }
      if (oneCore !== null) console.log(`speed-up from 1 worker on one core (cpu${oneCore}) to ${nWorkers} workers: ${spread(rounds.map((r) => r.oneCoreSpeedUp!), 2)}×`);
    }
    if (coresBefore) console.log(describeCoreSpeeds(measureCoreSpeeds(availableParallelism()), nWorkers, " after the runs"));
  }
  // Peak RSS of the batch runs, read before the clean-stage figure below loads the HTML parser into this thread.
  // maxRSS is in KiB; MB here are 10^6 bytes, as in the checkpoints.
  const batchPeakMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
  console.log(`peak RSS: ${batchPeakMb.toFixed(0)} MB (this process and its worker threads, over all the rounds above)`);
  {
    // Issue 5's figure: the clean stage alone on a 500 KB HTML page, one core (median of several runs).
    // Loaded only now (it brings the HTML parser); see batch.ts taskModule for the two module systems.
    const { show, syntheticPage, timeClean }: typeof import("./bench-clean.ts") =
      typeof require === "function" ? require("./bench-clean.ts") : await import("./bench-clean.ts");
    const page = syntheticPage(500_000);
    console.log(`clean stage on a ${(page.length / 1000).toFixed(0)} KB HTML page (synthetic news page, one core): ${show(timeClean(page)).trim()}`);
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
