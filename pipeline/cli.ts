// npm run extract -- [options] FILES...   (see README: CLI, and Running at scale)
import { mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_TIMEOUT_MS, runBatch } from "./batch.ts";
import { outputNames, StreamingOutputNames, writeOutputFile } from "./emit.ts";
import { Manifest } from "./incremental.ts";
import { lineInputs, resolveInputs } from "./inputs.ts";
import { DEFAULT_READ_OPTIONS } from "./read.ts";
import type { BatchInput, TaskResult } from "./task.ts";
import { PIPELINE_VERSION } from "./version.ts";

export const EXIT = { OK: 0, SOME_ERRORS: 1, USAGE: 2 } as const;

const HELP = `Usage: npm run extract -- [options] FILES...

Turns market-news articles into validated JSON knowledge records, one per input.
FILES are files, directories (walked for .txt .md .html .htm, also .gz) and globs ("feeds/**/*.html");
"-" reads inputs from stdin, one per line: a path, or an NDJSON article {"id": ..., "text" | "html": ...}.

Options:
  --out DIR         write one pretty JSON file per input into DIR (default: out); inputs unchanged since the
                    last run into DIR are skipped
  --force           process every input even when its output is up to date
  --jsonl           stream one compact record per line to stdout instead of writing files
  --workers N       worker threads (default: ${availableParallelism()}, the cores of this machine; 0 = this thread)
  --timeout-ms N    time budget per article; past it the article gives a TIMEOUT error record
                    (default: ${DEFAULT_TIMEOUT_MS})
  --max-bytes N     largest input accepted, in bytes (default: ${DEFAULT_READ_OPTIONS.maxBytes})
  --quiet           no summary on stderr
  -h, --help        this help

Exit codes: 0 every input gave a record; 1 some inputs gave error records (all others still written);
2 usage error (unknown option, no input).`;

interface Summary {
  articles: number;
  records: number;
  skipped: number;
  errors: Map<string, number>;
  facts: number[];
}

function tally(summary: Summary, errorCode: string | null, facts: number[]): void {
  summary.articles++;
  if (errorCode !== null) summary.errors.set(errorCode, (summary.errors.get(errorCode) ?? 0) + 1);
  else summary.records++;
  facts.forEach((n, i) => (summary.facts[i] = (summary.facts[i] ?? 0) + n));
}

function progress(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write("\n");
}

function wholeNumber(text: string | undefined, fallback: number, min: number): number | null {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= min ? n : null;
}

function writeStdout(text: string): Promise<void> | void {
  if (!process.stdout.write(text)) return new Promise((resolve) => process.stdout.once("drain", () => resolve()));
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "out" },
        jsonl: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        workers: { type: "string" },
        "timeout-ms": { type: "string" },
        "max-bytes": { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return EXIT.USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.OK;
  }
  const maxBytes = wholeNumber(values["max-bytes"], DEFAULT_READ_OPTIONS.maxBytes, 1);
  const workersWanted = wholeNumber(values.workers, availableParallelism(), 0);
  const timeoutMs = wholeNumber(values["timeout-ms"], DEFAULT_TIMEOUT_MS, 1);
  for (const [option, value] of [["--max-bytes", maxBytes], ["--workers", workersWanted], ["--timeout-ms", timeoutMs]] as const) {
    if (value === null) {
      process.stderr.write(`${option} needs a whole number (bytes, threads, ms)\n`);
      return EXIT.USAGE;
    }
  }
  if (positionals.length === 0) {
    process.stderr.write(`no input files\n\n${HELP}\n`);
    return EXIT.USAGE;
  }
  const fromStdin = positionals.includes("-");
  const { files, unmatched } = resolveInputs(positionals.filter((p) => p !== "-"));
  if (!fromStdin && files.length === 0) {
    process.stderr.write(`nothing matched: ${unmatched.join(", ")}\n`);
    return EXIT.USAGE;
  }

  const started = performance.now();
  const summary: Summary = { articles: 0, records: 0, skipped: 0, errors: new Map(), facts: [] };
  // Arguments that matched no file are inputs too: each gets its error record, so nothing is lost silently.
  const listed = [...files, ...unmatched];
  async function* inputs(): AsyncGenerator<BatchInput> {
    for (const path of listed) yield { path };
    if (fromStdin) yield* lineInputs(process.stdin);
  }
  // With a known list, two inputs sharing a base name both get a suffix; from stdin, the later one does.
  const batchNames = fromStdin ? null : outputNames(files);
  const streamingNames = new StreamingOutputNames();
  const nameOf = (path: string) => batchNames?.get(path) ?? (fromStdin ? streamingNames.nameFor(path) : `${basename(path)}.json`);
  // Names are decided once per input, in input order, so stdin naming is deterministic.
  const names = new Map<BatchInput, string>();
  const outDir = values.out!;
  let manifest: Manifest | null = null;
  if (!values.jsonl) {
    mkdirSync(outDir, { recursive: true });
    manifest = Manifest.open(outDir, PIPELINE_VERSION, values.force!);
  }

  const total = fromStdin ? 0 : listed.length;
  const showProgress = process.stderr.isTTY && !values.quiet && total >= 20;
  const sink = async (input: BatchInput, result: TaskResult) => {
    if (values.jsonl) {
      tally(summary, result.errorCode, result.facts);
      await writeStdout(result.output!);
    } else {
      const name = names.get(input)!;
      names.delete(input);
      if (result.output === null) {
        summary.skipped++;
        tally(summary, manifest!.entry(name)?.errorCode ?? null, []);
      } else {
        tally(summary, result.errorCode, result.facts);
        writeOutputFile(outDir, name, result.output);
        // A timeout or an internal failure may not happen again: such inputs are retried by the next run.
        const final = result.errorCode !== "TIMEOUT" && result.errorCode !== "INTERNAL";
        if (result.sha256 && final) manifest!.add({ name, path: input.path, sha256: result.sha256, errorCode: result.errorCode });
      }
    }
    if (showProgress) progress(summary.articles, total);
  };
  const workers = fromStdin ? workersWanted! : Math.min(workersWanted!, listed.length);
  const factTypes = await runBatch(
    inputs(),
    {
      workers,
      settings: { maxBytes: maxBytes!, timeoutMs: timeoutMs!, pretty: !values.jsonl, stageTimes: false },
      knownSha256: manifest
        ? (input) => {
            const name = nameOf(input.path);
            names.set(input, name);
            return values.force ? undefined : manifest!.knownSha256(name, input.path);
          }
        : undefined,
    },
    sink,
  );
  manifest?.compact();

  if (!values.quiet) {
    const seconds = (performance.now() - started) / 1000;
    const facts = factTypes.map((t, i) => `${t} ${summary.facts[i] ?? 0}`).join(", ");
    const errors = [...summary.errors].map(([code, n]) => `${code} ${n}`).join(", ") || "none";
    const skipped = summary.skipped ? `; ${summary.skipped} unchanged since the last run, skipped` : "";
    process.stderr.write(
      `${summary.articles} inputs: ${summary.records} records, ${summary.articles - summary.records} errors (${errors})${skipped}\n` +
        `facts: ${facts}${summary.skipped ? " (processed inputs only)" : ""}\n` +
        `${values.jsonl ? "records on stdout" : `written to ${outDir}/`} in ${seconds.toFixed(2)} s\n`,
    );
  }
  return summary.records === summary.articles ? EXIT.OK : EXIT.SOME_ERRORS;
}

// A reader that goes away (`| head`) ends the run quietly instead of with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`internal error: ${(error as Error).stack}\n`);
    process.exitCode = 1;
  },
);
