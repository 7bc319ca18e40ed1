// The evaluation matcher on small hand-made records and labels (no files read).
import { describe, expect, it } from "vitest";
import {
  normalizeInstrumentName,
  parseLabel,
  periodLabel,
  sameInstrument,
  scoreArticle,
  summarize,
  type LabelFile,
} from "../pipeline/eval-match.ts";
import type {
  ErrorRecord,
  Fact,
  FundFlowFact,
  FundSizeFact,
  InstrumentKind,
  KnowledgeRecord,
  MarketMoveFact,
  QuoteFact,
  ShortInterestFact,
} from "../schemas/record.ts";

const BODY =
  "The Widget Index rose 1.2% on the day. The Gadget Index also climbed. " +
  "\u201cDemand looks sturdy into next year,\u201d said Ann Example, chief strategist at the Sample Bank.";

let nextId = 0;
const base = (start = 0, end = 10) => ({
  id: `f${nextId++}`,
  evidence: { start, end, text: BODY.slice(start, end) },
  rule: "test",
  confidence: 1,
});

function move(
  name: string,
  direction: MarketMoveFact["direction"],
  change: MarketMoveFact["change"],
  extra: Partial<MarketMoveFact> = {},
  kind: InstrumentKind = "index",
): MarketMoveFact {
  return {
    ...base(),
    type: "market_move",
    instrument: { name, kind, ticker: null, entity: null },
    direction,
    change,
    level: null,
    period: null,
    ...extra,
  };
}

const pct = (value: number) => ({ value, unit: "percent" as const });

function quote(text: string, speaker: Partial<QuoteFact["speaker"]> = {}, stance: QuoteFact["stance"] = "neutral"): QuoteFact {
  return {
    ...base(),
    type: "quote",
    text,
    speaker: { name: null, role: null, organization: null, entity: null, ...speaker },
    attribution: "explicit",
    stance,
    sentiment: 0,
    cues: [],
  };
}

function record(facts: Fact[]): KnowledgeRecord {
  return {
    schema: "news-signal/record@1",
    id: "0".repeat(64),
    pipelineVersion: "test",
    source: { path: "x.txt", format: "text", bytes: BODY.length, sha256: "0".repeat(64) },
    article: {
      headline: null,
      publisher: null,
      section: null,
      publishedAt: null,
      modifiedAt: null,
      url: null,
      dateline: null,
      authors: [],
      contributors: [],
      notes: [],
      body: BODY,
      removed: [],
    },
    entities: [],
    facts,
    signals: [],
    diagnostics: [],
  };
}

function label(parts: Partial<Record<keyof LabelFile, unknown>>): LabelFile {
  return parseLabel({ file: "x.txt", ...parts });
}

const widgetUp = {
  instrument: "Widget Index",
  kind: "index",
  direction: "up",
  change: { value: 1.2, unit: "percent" },
  level: null,
  period: "session",
  required: true,
  sentence: "The Widget Index rose 1.2% on the day.",
};

const gadgetUpNoSize = {
  instrument: "Gadget Index",
  kind: "index",
  direction: "up",
  change: null,
  level: null,
  period: null,
  required: false,
  sentence: "The Gadget Index also climbed.",
};

describe("market moves", () => {
  it("counts an exact match as a true positive", () => {
    const score = scoreArticle(record([move("the Widget index", "up", pct(1.2))]), label({ market_moves: [widgetUp] }));
    expect(score.moves.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.moves.byKind.index).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts a wrong direction as a false positive and a miss", () => {
    const score = scoreArticle(record([move("Widget Index", "down", pct(1.2))]), label({ market_moves: [widgetUp] }));
    expect(score.moves.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.moves.misses).toHaveLength(1);
    expect(score.moves.falseFacts[0].reason).toBe("unmatched");
  });

  it("counts a wrong unit as a false positive and a miss", () => {
    const score = scoreArticle(record([move("Widget Index", "up", { value: 1.2, unit: "points" })]), label({ market_moves: [widgetUp] }));
    expect(score.moves.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("counts a value outside 1e-9 as wrong and one inside as right", () => {
    const off = scoreArticle(record([move("Widget Index", "up", pct(1.21))]), label({ market_moves: [widgetUp] }));
    const close = scoreArticle(record([move("Widget Index", "up", pct(1.2 + 1e-12))]), label({ market_moves: [widgetUp] }));
    expect(off.moves.counts.tp).toBe(0);
    expect(close.moves.counts.tp).toBe(1);
  });

  it("counts a duplicate of a matched label as a false positive", () => {
    const facts = [move("Widget Index", "up", pct(1.2)), move("Widget Index", "up", pct(1.2))];
    const score = scoreArticle(record(facts), label({ market_moves: [widgetUp] }));
    expect(score.moves.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.moves.falseFacts[0].reason).toBe("duplicate");
  });

  it("neither rewards nor punishes a sized fact on a required:false label, nor facts without a change", () => {
    const gadgetStart = BODY.indexOf("The Gadget");
    const sized = { ...move("Gadget Index", "up", pct(0.5)), evidence: { start: gadgetStart, end: gadgetStart + 16, text: BODY.slice(gadgetStart, gadgetStart + 16) } };
    const facts = [sized, move("Widget Index", "up", null), move("Unlabelled Index", "down", null)];
    const score = scoreArticle(record(facts), label({ market_moves: [gadgetUpNoSize] }));
    expect(score.moves.counts).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(score.moves.neutral).toBe(1);
  });

  it("counts a required:false match from another sentence as a false positive", () => {
    const facts = [move("Gadget Index", "up", pct(0.5))]; // evidence in the first sentence, not the Gadget one
    const score = scoreArticle(record(facts), label({ market_moves: [gadgetUpNoSize] }));
    expect(score.moves.counts.fp).toBe(1);
  });

  it("scores level and period among matched moves", () => {
    const withLevel = { ...widgetUp, level: { value: 3.5, unit: "percent" }, period: "5 sessions" };
    const fact = move("Widget Index", "up", pct(1.2), {
      level: { value: 3.5, unit: "percent" },
      period: { kind: "sessions", count: 5, text: "past five sessions" },
    });
    const right = scoreArticle(record([fact]), label({ market_moves: [withLevel] }));
    expect(right.moves.level).toEqual({ right: 1, total: 1 });
    expect(right.moves.period).toEqual({ right: 1, total: 1 });
    const wrong = scoreArticle(record([{ ...fact, level: null, period: null }]), label({ market_moves: [withLevel] }));
    expect(wrong.moves.level).toEqual({ right: 0, total: 1 });
    expect(wrong.moves.period).toEqual({ right: 0, total: 1 });
    expect(wrong.moves.mismatches[0].fields).toEqual(["level", "period"]);
  });

  it("breaks counts down by instrument kind", () => {
    const yieldLabel = { ...widgetUp, instrument: "10-year Treasury yield", kind: "yield", change: { value: 5, unit: "bp" } };
    const facts = [move("yield on 10-year Treasuries", "up", { value: 5, unit: "bp" }, {}, "yield"), move("Bitcoin", "up", pct(3), {}, "crypto")];
    const score = scoreArticle(record(facts), label({ market_moves: [yieldLabel, widgetUp] }));
    expect(score.moves.byKind.yield).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.moves.byKind.index).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.moves.byKind.crypto).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});

describe("instrument names", () => {
  it("normalises articles, suffixes, apostrophes and yields", () => {
    expect(normalizeInstrumentName("The Widget Index")).toBe("widget");
    expect(normalizeInstrumentName("Acme Holdings Inc.")).toBe("acme holdings");
    expect(normalizeInstrumentName("the yield on 10-year Treasuries")).toBe("10-year treasury yield");
    expect(sameInstrument("Ruritania\u2019s 10-year yield", "Ruritania's 10-year yield")).toBe(true);
    expect(sameInstrument("Japan\u2019s Widget index", "Widget Index")).toBe(true);
    expect(sameInstrument("Italy's 10-year yield", "10-year yield")).toBe(false);
  });

  it("accepts two aliases of one registry entry", () => {
    expect(sameInstrument("West Texas Intermediate crude", "WTI")).toBe(true);
    expect(sameInstrument("S&P 500", "S&P 500 futures")).toBe(false);
  });

  it("maps periods to the label vocabulary", () => {
    expect(periodLabel({ kind: "session", count: null, text: "on the day" })).toBe("session");
    expect(periodLabel({ kind: "sessions", count: 3, text: "three sessions" })).toBe("3 sessions");
    expect(periodLabel({ kind: "since", count: null, text: "since early May", since: "early May" })).toBe("since early May");
    expect(periodLabel({ kind: "ytd", count: null, text: "this year" })).toBe("ytd");
  });
});

const annLabel = {
  speaker: "Ann Example",
  role: "chief strategist",
  organization: "Sample Bank",
  startsWith: "Demand looks sturdy into next year",
  stance: "bullish",
};

describe("quotes", () => {
  it("matches on the opening words whatever the quote marks", () => {
    const curlyLabel = { ...annLabel, startsWith: "It\u2019s a \u201cslow\u201d grind higher for" };
    const fact = quote("it's a \"slow\"   grind higher for the rest of the year", { name: "Ann Example" });
    const score = scoreArticle(record([fact]), label({ quotes: [curlyLabel] }));
    expect(score.quotes.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("tolerates a different opening within 20 characters, not further", () => {
    const near = scoreArticle(record([quote("And frankly, demand looks sturdy into next year")]), label({ quotes: [annLabel] }));
    const far = scoreArticle(
      record([quote("We keep hearing from every single client that demand looks sturdy into next year")]),
      label({ quotes: [annLabel] }),
    );
    expect(near.quotes.counts.tp).toBe(1);
    expect(far.quotes.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("matches one to one and counts the second copy as a duplicate", () => {
    const facts = [quote("Demand looks sturdy into next year."), quote("Demand looks sturdy into next year.")];
    const score = scoreArticle(record(facts), label({ quotes: [annLabel] }));
    expect(score.quotes.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.quotes.falseFacts[0].reason).toBe("duplicate");
  });

  it("counts speaker, role, organisation and stance among matches", () => {
    const right = quote("Demand looks sturdy into next year", { name: "Ann Example", role: "Chief Strategist,", organization: "the Sample Bank" }, "bullish");
    const wrong = quote("Nothing here looks cheap to us anymore", { name: "Example", role: null, organization: "Sample Bank" }, "neutral");
    const secondLabel = { ...annLabel, startsWith: "Nothing here looks cheap", stance: "bearish" };
    const score = scoreArticle(record([right, wrong]), label({ quotes: [annLabel, secondLabel] }));
    expect(score.quotes.counts).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(score.quotes.speaker).toEqual({ right: 1, total: 2 });
    expect(score.quotes.role).toEqual({ right: 1, total: 2 });
    expect(score.quotes.organization).toEqual({ right: 2, total: 2 });
    expect(score.quotes.stance).toEqual({ right: 1, total: 2 });
    expect(score.quotes.mismatches[0].fields).toEqual(["speaker", "role", "stance"]);
  });

  it("counts a null speaker labelled null as right", () => {
    const unattributed = { ...annLabel, speaker: null, role: null, organization: null };
    const score = scoreArticle(record([quote("Demand looks sturdy into next year")]), label({ quotes: [unattributed] }));
    expect(score.quotes.speaker).toEqual({ right: 1, total: 1 });
    expect(score.quotes.role).toEqual({ right: 1, total: 1 });
  });
});

describe("funds and short interest", () => {
  const fundSize = (name: string, amount: number): FundSizeFact => ({
    ...base(),
    type: "fund_size",
    fund: { name, ticker: null, entity: null },
    assets: { amount, currency: "USD" },
  });
  const flow = (name: string, direction: FundFlowFact["direction"], rank: number | null, amount: number | null): FundFlowFact => ({
    ...base(),
    type: "fund_flow",
    fund: { name, ticker: null, entity: null },
    direction,
    amount: amount === null ? null : { amount, currency: "USD" },
    rank,
    period: null,
  });
  const short = (name: string, percent: number, source: string | null): ShortInterestFact => ({
    ...base(),
    type: "short_interest",
    instrument: { name, kind: "etf", ticker: null, entity: null },
    percentOfFloat: percent,
    basis: "float",
    source,
  });

  it("matches fund sizes on fund, amount and currency", () => {
    const score = scoreArticle(
      record([fundSize("Sample Growth Fund", 5e9), fundSize("Sample Growth Fund", 6e9)]),
      label({ fund_sizes: [{ fund: "the Sample Growth Fund", amount: 5e9, currency: "USD" }] }),
    );
    expect(score.fundSizes.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it("matches flows on fund, direction, rank and amount when labelled", () => {
    const labels = [
      { fund: "Alpha Fund", direction: "outflow", amount: 2e8, currency: "USD", period: "week", rank: 1 },
      { fund: "Beta Fund", direction: "inflow", amount: null, currency: null, period: null },
    ];
    const score = scoreArticle(record([flow("Alpha Fund", "outflow", 2, 2e8), flow("Beta Fund", "inflow", 4, 1e6)]), label({ fund_flows: labels }));
    expect(score.fundFlows.counts).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it("matches short interest on instrument and percentage and scores the source", () => {
    const score = scoreArticle(
      record([short("Sample Banks ETF", 12, "Data Co"), short("Other ETF", 3, null)]),
      label({ short_interest: [{ instrument: "Sample Banks ETF", percentOfFloat: 12, source: "Other Data" }] }),
    );
    expect(score.shortInterest.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.shortInterest.source).toEqual({ right: 0, total: 1 });
  });
});

describe("error records and summaries", () => {
  const errorRecord: ErrorRecord = {
    schema: "news-signal/error@1",
    pipelineVersion: "test",
    source: { path: "x.txt", format: null, bytes: null, sha256: null },
    error: { code: "EMPTY", message: "empty" },
    diagnostics: [],
  };

  it("counts every label of a failed article as a miss", () => {
    const score = scoreArticle(errorRecord, label({ market_moves: [widgetUp, gadgetUpNoSize], quotes: [annLabel] }));
    expect(score.error).toMatch(/^EMPTY/);
    expect(score.moves.counts).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.quotes.counts).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it("sums counts and gives null figures for types with nothing", () => {
    const good = scoreArticle(record([move("Widget Index", "up", pct(1.2))]), label({ market_moves: [widgetUp] }));
    const bad = scoreArticle(errorRecord, label({ market_moves: [widgetUp] }));
    const summary = summarize([good, bad]);
    expect(summary.articles).toBe(2);
    expect(summary.errors).toHaveLength(1);
    expect(summary.moves).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(summary.moves.f1).toBeCloseTo(2 / 3);
    expect(summary.fundSizes).toMatchObject({ precision: null, recall: null, f1: null });
  });
});
