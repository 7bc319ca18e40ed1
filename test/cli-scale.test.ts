// The command line at scale: workers (same bytes as one), stdin inputs, incremental runs, time budgets and
// inputs too large or too deep. Spawns the real CLI.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST_NAME } from "../pipeline/incremental.ts";
import { resolveInputs } from "../pipeline/inputs.ts";
import { WorkerPool } from "../pipeline/worker-pool.ts";
import { OutputRecord } from "../schemas/record.ts";
import { corpusFiles } from "./corpus-files.ts";
import { EXTRACT_NODE_ARGS, nodeArgsOf } from "./extract-command.ts";

// The command `npm run extract` runs (package.json): the CLI through pipeline/run.mjs.
const cli = (args: string[], input?: string) => spawnSync(process.execPath, [...EXTRACT_NODE_ARGS, "pipeline/cli.ts", ...args], { encoding: "utf8", input, maxBuffer: 1 << 28 });
const tmp = () => mkdtempSync(join(tmpdir(), "ns-scale-"));
const articles = corpusFiles().filter((f) => !f.includes("/hostile/"));

function readTree(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

describe("benchmark", () => {
  it("npm run bench starts node with the flags and loader of npm run extract, so that it measures the command users run", () => {
    expect(EXTRACT_NODE_ARGS.at(-1)).toBe("pipeline/run.mjs");
    expect(nodeArgsOf("bench")).toEqual(EXTRACT_NODE_ARGS);
  });

  it.skipIf(spawnSync("taskset", ["-p", String(process.pid)]).status !== 0 || availableParallelism() < 2)(
    "--one-core adds a run with the process on one core, with the same bytes as the other runs",
    () => {
      const run = spawnSync(process.execPath, [...EXTRACT_NODE_ARGS, "pipeline/bench.ts", "corpus", "--count", "12", "--warmup", "4", "--rounds", "1", "--workers", "2", "--one-core"], { encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^1 worker, the process confined to cpu\d$/m);
      expect(run.stdout).toMatch(/^speed-up 1 → 2 workers: [\d.]+× .*output identical/m);
      expect(run.stdout).toMatch(/^speed-up from 1 worker on one core \(cpu\d, [\d.]+ articles\/s\) to 2 workers: [\d.]+×; output identical$/m);
    },
  );
});

describe("workers", () => {
  it("1, 2 and in-thread runs of the bundled corpus give the same bytes, as files and as JSON lines", () => {
    const dir = tmp();
    const trees = ["0", "1", "2"].map((n) => {
      const run = cli(["--workers", n, "--quiet", "--out", join(dir, n), "corpus"]);
      expect(run.status, run.stderr).toBe(1); // the hostile inputs give error records
      const tree = readTree(join(dir, n));
      tree.delete(MANIFEST_NAME);
      return tree;
    });
    const corpusInputs = resolveInputs(["corpus"]).files.length;
    expect(trees[0]!.size).toBe(corpusInputs);
    expect(trees[1]).toEqual(trees[0]);
    expect(trees[2]).toEqual(trees[0]);
    const lines = ["1", "2"].map((n) => cli(["--workers", n, "--quiet", "--jsonl", "corpus"]).stdout);
    expect(lines[0]!.split("\n").length - 1).toBe(corpusInputs);
    expect(lines[1]).toBe(lines[0]);
  });
});

describe("stdin", () => {
  it("takes paths and NDJSON articles, one per line, and answers each in order", () => {
    const stdin = [
      articles[0],
      JSON.stringify({ id: "wire-1", text: "Copper Climbs\n\nCopper futures rose 1.4% on Thursday, the metal's third straight gain." }),
      "",
      JSON.stringify({ path: "feeds/page.html", html: "<html><body><article><h1>Yen</h1><p>The yen weakened 0.6% against the dollar on Monday.</p></article></body></html>" }),
      "{not json",
      JSON.stringify({ id: "no-text" }),
    ].join("\n");
    const run = cli(["--jsonl", "--quiet", "-"], stdin);
    const records = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(records.map((r) => r.source.path)).toEqual([articles[0], "wire-1", "feeds/page.html", "stdin:5", "no-text"]);
    expect(records.map((r) => r.source.format)).toEqual(["text", "text", "html", null, null]);
    for (const r of records) expect(OutputRecord.safeParse(r).success).toBe(true);
    expect(records[1].facts.some((f: { type: string }) => f.type === "market_move")).toBe(true);
    expect(records[3].error.code).toBe("READ");
    expect(records[4].error.code).toBe("READ");
    expect(run.status).toBe(1);
  });
});

describe("incremental runs into one --out", () => {
  it("skips unchanged inputs, redoes changed ones, resumes an interrupted batch, and --force redoes all", () => {
    const dir = tmp();
    const inputs = join(dir, "in");
    const out = join(dir, "out");
    const names = ["a.txt", "b.txt", "c.txt"];
    rmSync(inputs, { recursive: true, force: true });
    spawnSync("mkdir", ["-p", inputs]);
    names.forEach((name, i) => writeFileSync(join(inputs, name), `Stocks Edge Up\n\nThe Dow Jones Industrial Average rose 0.${i + 1}% on Monday.\n`));
    expect(cli(["--out", out, inputs]).stderr).toMatch(/^3 inputs: 3 records/);
    const first = readTree(out);

    expect(cli(["--out", out, inputs]).stderr).toMatch(/3 unchanged since the last run, skipped/);

    writeFileSync(join(inputs, "b.txt"), "Stocks Edge Up\n\nThe Dow Jones Industrial Average rose 0.9% on Monday.\n");
    expect(cli(["--out", out, inputs]).stderr).toMatch(/2 unchanged since the last run, skipped/);
    expect(readFileSync(join(out, "b.txt.json"), "utf8")).toContain("0.9%");

    // An interrupted run: c's output and its manifest line lost, a temporary file of a dead process left behind.
    const manifest = join(out, MANIFEST_NAME);
    writeFileSync(manifest, readFileSync(manifest, "utf8").split("\n").filter((l) => !l.includes('"c.txt.json"')).join("\n") + '{"name":"torn');
    rmSync(join(out, "c.txt.json"));
    writeFileSync(join(out, "c.txt.json.999999999.tmp"), "{");
    const resumed = cli(["--out", out, inputs]);
    expect(resumed.stderr).toMatch(/3 inputs: 3 records.*2 unchanged/);
    expect(readdirSync(out).sort()).toEqual([MANIFEST_NAME, ...names.map((n) => `${n}.json`)].sort());
    expect(readFileSync(join(out, "c.txt.json"), "utf8")).toBe(first.get("c.txt.json"));
    expect(readFileSync(manifest, "utf8").trim().split("\n")).toHaveLength(4); // header + one line per file

    expect(cli(["--out", out, "--force", inputs]).stderr).not.toMatch(/unchanged/);
  });
});

describe("budgets and hostile sizes", () => {
  it("an article past its time budget gives a TIMEOUT error record, and is tried again by the next run", () => {
    const run = cli(["--jsonl", "--quiet", "--timeout-ms", "1", articles[0]!]);
    const record = JSON.parse(run.stdout);
    expect(record.error.code).toBe("TIMEOUT");
    expect(run.status).toBe(1);
    const out = join(tmp(), "out");
    expect(cli(["--out", out, "--timeout-ms", "1", articles[0]!]).stderr).toMatch(/TIMEOUT 1/);
    expect(cli(["--out", out, articles[0]!]).stderr).toMatch(/^1 inputs: 1 records, 0 errors \(none\)\n/);
  });

  it("a worker stuck inside a stage is terminated and replaced; the batch goes on", async () => {
    const pool = new WorkerPool({
      size: 1,
      settings: { maxBytes: 1000, pretty: false, stageTimes: false },
      hardTimeoutMs: 300,
      entry: new URL("./cli-stuck-worker.mjs", import.meta.url),
    });
    const results = await Promise.all(["a", "hang", "b"].map((path, seq) => pool.run({ seq, input: { path } })));
    await pool.close();
    expect(results[0]!.output).toBe("a\n");
    expect(results[1]!.errorCode).toBe("TIMEOUT");
    expect(JSON.parse(results[1]!.output!).error.code).toBe("TIMEOUT");
    expect(results[2]!.output).toBe("b\n");
    expect(pool.started).toBe(2);
  });

  it("a worker out of memory gives its task TOO_LARGE and is replaced", async () => {
    const pool = new WorkerPool({
      size: 1,
      settings: { maxBytes: 1000, pretty: false, stageTimes: false },
      resourceLimits: { maxOldGenerationSizeMb: 32 },
      entry: new URL("./cli-stuck-worker.mjs", import.meta.url),
    });
    const results = await Promise.all(["oom", "after"].map((path, seq) => pool.run({ seq, input: { path } })));
    await pool.close();
    expect(results[0]!.errorCode).toBe("TOO_LARGE");
    expect(results[1]!.output).toBe("after\n");
  });

  it("a worker that cannot start fails the batch instead of being replaced forever", async () => {
    const pool = new WorkerPool({ size: 1, settings: { maxBytes: 1000, pretty: false, stageTimes: false }, entry: new URL("./no-such-worker.mjs", import.meta.url) });
    await expect(pool.run({ seq: 0, input: { path: "a" } })).rejects.toThrow(/failed to start/);
    await expect(pool.run({ seq: 1, input: { path: "b" } })).rejects.toThrow(/failed to start/);
    await pool.close();
    expect(pool.started).toBe(1);
  });

  it("a 200 MB file named .html gives TOO_LARGE without being read; a page 100,000 divs deep gives one output", () => {
    const dir = tmp();
    const big = join(dir, "log.html");
    writeFileSync(big, "");
    truncateSync(big, 200 * 1024 * 1024); // sparse: no disk used
    const deep = join(dir, "deep.html");
    writeFileSync(deep, `<html><body>${"<div>".repeat(100_000)}<p>The Nasdaq 100 fell 1.1% on Friday.</p>${"</div>".repeat(100_000)}</body></html>`);
    const run = cli(["--jsonl", "--quiet", big, deep]);
    const [tooLarge, deepRecord] = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(tooLarge.error.code).toBe("TOO_LARGE");
    expect(tooLarge.source.bytes).toBe(200 * 1024 * 1024);
    expect(OutputRecord.safeParse(deepRecord).success).toBe(true);
    expect(deepRecord.schema === "news-signal/error@1" ? deepRecord.error.code : "RECORD").not.toMatch(/INTERNAL|TIMEOUT/);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
