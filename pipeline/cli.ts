// npm run extract -- [options] FILES...   (see README: CLI)
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { FACT_TYPES, type OutputRecord } from "../schemas/record.ts";
import { outputNames, serialize, writeRecordFile } from "./emit.ts";
import { resolveInputs } from "./inputs.ts";
import { DEFAULT_OPTIONS, processFile } from "./pipeline.ts";

export const EXIT = { OK: 0, SOME_ERRORS: 1, USAGE: 2 } as const;

const HELP = `Usage: npm run extract -- [options] FILES...

Turns market-news articles into validated JSON knowledge records, one per input.
FILES are files, directories (walked for .txt .md .html .htm, also .gz) and globs ("feeds/**/*.html").

Options:
  --out DIR         write one pretty JSON file per input into DIR (default: out)
  --jsonl           stream one compact record per line to stdout instead of writing files
  --max-bytes N     largest input accepted, in bytes (default: ${DEFAULT_OPTIONS.maxBytes})
  --quiet           no summary on stderr
  -h, --help        this help

Exit codes: 0 every input gave a record; 1 some inputs gave error records (all others still written);
2 usage error (unknown option, no input).`;

interface Summary {
  articles: number;
  records: number;
  errors: Map<string, number>;
  facts: Map<string, number>;
}

function tally(summary: Summary, record: OutputRecord): void {
  summary.articles++;
  if (record.schema === "news-signal/error@1") {
    summary.errors.set(record.error.code, (summary.errors.get(record.error.code) ?? 0) + 1);
    return;
  }
  summary.records++;
  for (const fact of record.facts) summary.facts.set(fact.type, (summary.facts.get(fact.type) ?? 0) + 1);
}

function progress(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write("\n");
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
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_OPTIONS.maxBytes : Number(values["max-bytes"]);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    process.stderr.write(`--max-bytes needs a positive whole number of bytes\n`);
    return EXIT.USAGE;
  }
  if (positionals.length === 0) {
    process.stderr.write(`no input files\n\n${HELP}\n`);
    return EXIT.USAGE;
  }
  const { files, unmatched } = resolveInputs(positionals);
  if (files.length === 0) {
    process.stderr.write(`nothing matched: ${unmatched.join(", ")}\n`);
    return EXIT.USAGE;
  }

  const started = performance.now();
  const summary: Summary = { articles: 0, records: 0, errors: new Map(), facts: new Map() };
  const names = outputNames(files);
  // Arguments that matched no file are inputs too: each gets its error record, so nothing is lost silently.
  const inputs = [...files, ...unmatched];
  const showProgress = process.stderr.isTTY && !values.quiet && inputs.length >= 20;
  for (const [i, path] of inputs.entries()) {
    const record = await processFile(path, { ...DEFAULT_OPTIONS, maxBytes });
    tally(summary, record);
    if (values.jsonl) process.stdout.write(serialize(record, false));
    else writeRecordFile(values.out!, names.get(path) ?? `${basename(path)}.json`, record);
    if (showProgress) progress(i + 1, inputs.length);
  }

  if (!values.quiet) {
    const seconds = (performance.now() - started) / 1000;
    const facts = FACT_TYPES.map((t) => `${t} ${summary.facts.get(t) ?? 0}`).join(", ");
    const errors = [...summary.errors].map(([code, n]) => `${code} ${n}`).join(", ") || "none";
    process.stderr.write(
      `${summary.articles} inputs: ${summary.records} records, ${summary.articles - summary.records} errors (${errors})\n` +
        `facts: ${facts}\n` +
        `${values.jsonl ? "records on stdout" : `written to ${values.out}/`} in ${seconds.toFixed(2)} s\n`,
    );
  }
  return summary.records === summary.articles ? EXIT.OK : EXIT.SOME_ERRORS;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`internal error: ${(error as Error).stack}\n`);
    process.exitCode = 1;
  },
);
