// The model article (../shared/data/model-article, not bundled: it is someone else's text) must come out
// exactly right. Skipped where ../shared is absent, as on a fresh clone; CI has it beside the checkout.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processFile } from "../pipeline/pipeline.ts";
import type { Fact, KnowledgeRecord } from "../schemas/record.ts";

const MODEL = "../shared/data/model-article/small-caps-rotation.txt";

async function modelRecord(): Promise<KnowledgeRecord> {
  const record = await processFile(MODEL);
  if (record.schema !== "news-signal/record@1") throw new Error(`error record: ${record.error.code}`);
  return record;
}

const ofType = <T extends Fact["type"]>(r: KnowledgeRecord, type: T) => r.facts.filter((f): f is Extract<Fact, { type: T }> => f.type === type);

describe.skipIf(!existsSync(MODEL))("model article", () => {
  it("keeps metadata as metadata and no boilerplate in the body", async () => {
    const { article } = await modelRecord();
    expect(article.publisher).toBe("Bloomberg");
    expect(article.section).toBe("Finance");
    expect(article.headline).not.toBeNull();
    // The headline appears twice in the scraped page: once read as metadata, once removed as its repeat.
    expect(article.removed.filter((r) => r.text === article.headline).map((r) => r.reason)).toEqual(["metadata", "headline-repeat"]);
    expect(article.contributors).toEqual(["Natalia Kniazhevich", "Alexandra Semenova", "David Marino"]);
    expect(article.notes).toHaveLength(1);
    expect(article.publishedAt).toBeNull();
    for (const chrome of ["Connect with us", "Avatar", "Most read from", "With help from", "This updates", "©", "(Bloomberg)"]) {
      expect(article.body).not.toContain(chrome);
    }
    expect(article.body.includes(article.headline!)).toBe(false);
  });

  it("has the five sized index moves with their periods, and no other sized move", async () => {
    const moves = ofType(await modelRecord(), "market_move")
      .filter((m) => m.change)
      .map((m) => [m.instrument.ticker, m.direction, m.change!.value, m.change!.unit, m.period?.kind, m.period?.count ?? null]);
    expect(moves).toEqual([
      ["RTY", "up", 12, "percent", "sessions", 5],
      ["SPX", "up", 1.6, "percent", "sessions", 5],
      ["NDX", "down", 0.3, "percent", "sessions", 5],
      ["RTY", "up", 12, "percent", "ytd", null],
      ["SPX", "up", 19, "percent", "ytd", null],
    ]);
  });

  it("has the three short-interest facts with their source, the three fund sizes and the flow ranking", async () => {
    const record = await modelRecord();
    expect(ofType(record, "short_interest").map((f) => [f.instrument.ticker, f.percentOfFloat, f.basis, f.source])).toEqual([
      ["IWM", 25, "float", "S3 Partners"],
      ["SPY", 9.9, "float", "S3 Partners"],
      ["QQQ", 7.6, "float", "S3 Partners"],
    ]);
    expect(ofType(record, "fund_size").map((f) => [f.fund.ticker, f.assets.amount, f.assets.currency])).toEqual([
      ["IWM", 68e9, "USD"],
      ["SPY", 564e9, "USD"],
      ["QQQ", 302e9, "USD"],
    ]);
    expect(ofType(record, "fund_flow").map((f) => [f.fund.ticker, f.direction, f.rank, f.amount, f.period?.kind])).toEqual([["IWM", "inflow", 2, null, "week"]]);
  });

  it("attributes every quote, including those by surname and by firm", async () => {
    const quotes = ofType(await modelRecord(), "quote").map((q) => [q.speaker.name, q.speaker.role, q.speaker.organization, q.attribution]);
    expect(quotes).toEqual([
      ["Cole Wilcox", "CEO", "Longboard Asset Management", "explicit"],
      ["Cole Wilcox", "CEO", "Longboard Asset Management", "continuation"],
      ["Eric Sterner", "chief investment officer", "Apollon Wealth Management", "explicit"],
      ["Lori Calvasina", "strategist", "RBC Capital Markets", "surname"],
      ["RBC Capital Markets", null, "RBC Capital Markets", "organization"],
      ["Garrett Melson", "portfolio strategist", "Natixis Investment Managers Solutions", "explicit"],
      ["Garrett Melson", "portfolio strategist", "Natixis Investment Managers Solutions", "continuation"],
    ]);
  });

  it("reads Sterner as bullish and Melson as bearish", async () => {
    const stances = new Map(ofType(await modelRecord(), "quote").map((q) => [q.speaker.name, q.stance]));
    expect(stances.get("Eric Sterner")).toBe("bullish");
    expect(stances.get("Garrett Melson")).toBe("bearish");
  });
});
