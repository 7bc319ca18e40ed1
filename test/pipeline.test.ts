// End-to-end properties of the pipeline over the bundled corpus and through the command line.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serialize } from "../pipeline/emit.ts";
import { createHash } from "node:crypto";
import { processFile } from "../pipeline/pipeline.ts";
import { runTask } from "../pipeline/task.ts";
import { KnowledgeRecord, OutputRecord } from "../schemas/record.ts";
import { corpusFiles } from "./corpus-files.ts";
import { EXTRACT_NODE_ARGS } from "./extract-command.ts";

const articles = corpusFiles().filter((f) => !f.includes("/hostile/"));

describe("records of the corpus", () => {
  it("every article gives a valid record, and every evidence and mention slices to its text", async () => {
    for (const file of articles) {
      const record = await processFile(file);
      expect(record.schema, `${file}: ${JSON.stringify((record as { error?: unknown }).error)}`).toBe("news-signal/record@1");
      const parsed = KnowledgeRecord.parse(record);
      const body = parsed.article.body;
      for (const fact of parsed.facts) expect(body.slice(fact.evidence.start, fact.evidence.end), `${file} ${fact.id}`).toBe(fact.evidence.text);
      for (const entity of parsed.entities) {
        for (const m of entity.mentions) expect(body.slice(m.start, m.end), `${file} ${entity.id}`).toBe(m.text);
      }
    }
  });

  it("is deterministic: two runs give identical bytes", async () => {
    for (const file of corpusFiles()) {
      expect(serialize(await processFile(file))).toBe(serialize(await processFile(file)));
    }
  });

  it("names the sha256 of the file's bytes, whether the task or the reader computed it", async () => {
    const settings = { maxBytes: 20 * 1024 * 1024, timeoutMs: 60_000, pretty: false, stageTimes: false };
    for (const file of articles.slice(0, 6)) {
      const bytes = readFileSync(file);
      const fromTask = await runTask({ seq: 0, input: { path: file } }, settings);
      const record = JSON.parse(fromTask.output!) as { source: { sha256: string } };
      expect(record.source.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(fromTask.sha256).toBe(record.source.sha256);
      expect((await processFile(file)).source.sha256).toBe(record.source.sha256);
    }
  });

  it("every hostile input gives a valid error or record, never INTERNAL", async () => {
    for (const file of corpusFiles().filter((f) => f.includes("/hostile/"))) {
      const record = await processFile(file);
      expect(OutputRecord.safeParse(record).success, file).toBe(true);
      if (record.schema === "news-signal/error@1") expect(record.error.code, file).not.toBe("INTERNAL");
    }
  });
});

// The command `npm run extract` runs (package.json): the CLI through pipeline/run.mjs.
const cli = (args: string[]) => spawnSync(process.execPath, [...EXTRACT_NODE_ARGS, "pipeline/cli.ts", ...args], { encoding: "utf8" });

describe("command line", () => {
  it("writes one output per input and exits 1 when some inputs gave error records", () => {
    const dir = mkdtempSync(join(tmpdir(), "ns-cli-"));
    const good = join(dir, "good.txt");
    const empty = join(dir, "empty.txt");
    writeFileSync(good, "Stocks Edge Up\n\nThe Dow Jones Industrial Average gained 0.7% on Monday.\n");
    writeFileSync(empty, "");
    const out = join(dir, "out");
    const run = cli(["--out", out, good, empty]);
    expect(run.status).toBe(1);
    // Beside the records, only the manifest of incremental runs (a dot file).
    expect(readdirSync(out).sort()).toEqual([".news-signal-manifest.jsonl", "empty.txt.json", "good.txt.json"]);
    expect(JSON.parse(readFileSync(join(out, "empty.txt.json"), "utf8")).error.code).toBe("EMPTY");
    expect(run.stderr).toMatch(/2 inputs: 1 records, 1 errors \(EMPTY 1\)/);
  });

  it("--jsonl streams one record per line, in input order, and exits 0 when all are records", () => {
    const run = cli(["--jsonl", "--quiet", ...articles.slice(0, 3)]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((r) => r.source.path)).toEqual(articles.slice(0, 3));
  });

  it("exits 2 on a usage error", () => {
    expect(cli([]).status).toBe(2);
    expect(cli(["--no-such-option", "x.txt"]).status).toBe(2);
  });

  it("expands a quoted glob itself", () => {
    const out = execFileSync(process.execPath, [...EXTRACT_NODE_ARGS, "pipeline/cli.ts", "--jsonl", "--quiet", "corpus/*.txt"], { encoding: "utf8" });
    expect(out.trim().split("\n").length).toBe(articles.filter((f) => /^corpus\/[^/]+\.txt$/.test(f)).length);
  });
});
