import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_PATH, jsonSchemaText } from "../schemas/json-schema.ts";
import { KnowledgeRecord, ErrorRecord } from "../schemas/record.ts";
import { processBytes } from "../pipeline/pipeline.ts";

const ARTICLE = [
  "Stocks Climb as Yields Ease",
  "",
  "(Meridian Wire) — The S&P 500 rose 0.8% on Tuesday as bond yields eased.",
  "",
  "“Buyers are back for the moment,” said Priya Anand, chief market strategist at Harbor Point Advisors.",
].join("\n");

function validRecord(): KnowledgeRecord {
  const record = processBytes("memory/article.txt", Buffer.from(ARTICLE));
  if (record.schema !== "news-signal/record@1") throw new Error(`expected a record, got ${JSON.stringify(record)}`);
  return record;
}

describe("record contract", () => {
  it("schemas/record.schema.json is generated from the zod schema (run npm run schema if this fails)", () => {
    expect(readFileSync(JSON_SCHEMA_PATH, "utf8")).toBe(jsonSchemaText());
  });

  it("an emitted record validates", () => {
    const record = validRecord();
    expect(KnowledgeRecord.safeParse(record).success).toBe(true);
    expect(record.facts.length).toBeGreaterThan(0);
  });

  it("rejects a fact whose evidence does not slice to its text, naming the path", () => {
    const record = structuredClone(validRecord());
    record.facts[0]!.evidence.text = "something else";
    const result = KnowledgeRecord.safeParse(record);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain("facts.0.evidence");
  });

  it("rejects a value without its unit, naming the path", () => {
    const record = structuredClone(validRecord()) as unknown as { facts: { type: string; change?: { unit?: string } }[] };
    const move = record.facts.findIndex((f) => f.type === "market_move");
    expect(move).toBeGreaterThanOrEqual(0);
    delete record.facts[move]!.change!.unit;
    const result = KnowledgeRecord.safeParse(record);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join(".")).toBe(`facts.${move}.change.unit`);
  });

  it("rejects a fact that points at an entity the record does not have", () => {
    const record = structuredClone(validRecord());
    const move = record.facts.find((f) => f.type === "market_move")!;
    if (move.type !== "market_move") throw new Error("unreachable");
    move.instrument.entity = "index:no-such-thing";
    expect(KnowledgeRecord.safeParse(record).success).toBe(false);
  });

  it("rejects an error record with an unknown code", () => {
    const bad = { schema: "news-signal/error@1", pipelineVersion: "x", source: { path: "a", format: null, bytes: null, sha256: null }, error: { code: "OOPS", message: "m" }, diagnostics: [] };
    const result = ErrorRecord.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join(".")).toBe("error.code");
  });
});
