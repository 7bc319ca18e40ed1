// Unit tests of market_move beyond the one-fact examples: several facts per sentence, periods shared by a
// list, continuations, ellipsis, the closing "main moves" list, and speed on adversarial text.
import { describe, expect, it } from "vitest";
import { marketMove } from "../extractors/market-move.ts";
import { extractPeriod, findPeriods, matchPeriodAt } from "../extractors/period.ts";
import { extractionInput } from "../pipeline/extract.ts";

const run = (body: string) => marketMove.extract(extractionInput(body));
const brief = (body: string) =>
  run(body).map((f) => [f.instrument.name, f.direction, f.change?.value ?? null, f.change?.unit ?? null, f.period?.kind ?? null, f.period?.count ?? null]);

describe("market_move", () => {
  it("shares one period across a list and keeps each clause's evidence", () => {
    const body =
      "The small-cap Russell 2000 Index is up 9% over the past four sessions, a run it hasn't managed since March 2021, " +
      "while the S&P 500 Index is up 1.2% in that time, and the tech-heavy Nasdaq 100 Index is down 0.4%.";
    const facts = run(body);
    expect(brief(body)).toEqual([
      ["Russell 2000", "up", 9, "percent", "sessions", 4],
      ["S&P 500", "up", 1.2, "percent", "sessions", 4],
      ["Nasdaq 100", "down", 0.4, "percent", "sessions", 4],
    ]);
    expect(facts.map((f) => f.evidence.text)).toEqual([
      "The small-cap Russell 2000 Index is up 9% over the past four sessions",
      "the S&P 500 Index is up 1.2% in that time",
      "the tech-heavy Nasdaq 100 Index is down 0.4%",
    ]);
    for (const f of facts) expect(body.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });

  it("reads a possessive move with the sentence's period", () => {
    expect(brief("Even after the rebound, the Russell 2000 is up only 7% this year, well behind the S&P 500’s 15% gain.")).toEqual([
      ["Russell 2000", "up", 7, "percent", "ytd", null],
      ["S&P 500", "up", 15, "percent", "ytd", null],
    ]);
  });

  it("finds a second move of the same subject and a shared verb", () => {
    expect(brief("The Dow Jones Industrial Average was little changed after rising as much as 0.9%.")).toEqual([
      ["Dow Jones Industrial Average", "flat", null, null, null, null],
      ["Dow Jones Industrial Average", "up", 0.9, "percent", null, null],
    ]);
    expect(brief("Bitcoin dropped as much as 7% to $25,410 and Ether 8.3%.")).toEqual([
      ["Bitcoin", "down", 7, "percent", null, null],
      ["Ether", "down", 8.3, "percent", null, null],
    ]);
  });

  it("gives the closing main-moves list the session period", () => {
    const body = [
      "Stocks rallied on Thursday.",
      "",
      "Some of the main moves in markets:",
      "",
      "Stocks",
      "",
      "* The S&P 500 rose 0.7% as of 4 p.m. New York time",
      "* The Nasdaq 100 rose 1.2%",
      "",
      "Bonds",
      "",
      "* The yield on 10-year Treasuries declined four basis points to 3.88%",
    ].join("\n");
    const facts = run(body);
    expect(facts.map((f) => [f.instrument.name, f.period?.kind, f.period?.text])).toEqual([
      ["S&P 500", "session", "as of 4 p.m. New York time"],
      ["Nasdaq 100", "session", "as of 4 p.m. New York time"],
      ["10-year Treasury yield", "session", "as of 4 p.m. New York time"],
    ]);
    expect(facts[2]!.level).toEqual({ value: 3.88, unit: "percent" });
  });

  it("does not take rarity for the period", () => {
    const [f] = run("Gold jumped 3% on the day, something it hasn't done since April 2020.");
    expect(f!.period).toEqual({ kind: "session", count: 1, text: "on the day" });
  });

  it("stays fast on long adversarial text", () => {
    const junk = "Apple Inc. Big Co. A B C D E F G H I J K L M N O P ".repeat(400) + "the yield on the " + "10-year ".repeat(300);
    const t0 = performance.now();
    run(junk + " The S&P 500 rose 1%.");
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("period", () => {
  it("resolves the common forms", () => {
    expect(extractPeriod("up 12% over the past five sessions")).toEqual({ kind: "sessions", count: 5, text: "over the past five sessions" });
    expect(extractPeriod("in the past 5 trading days")).toEqual({ kind: "sessions", count: 5, text: "in the past 5 trading days" });
    expect(extractPeriod("gains so far in 2024")?.kind).toBe("ytd");
    expect(extractPeriod("year to date")?.kind).toBe("ytd");
    expect(extractPeriod("inflows last week")).toEqual({ kind: "week", count: 1, text: "last week" });
    expect(extractPeriod("outflows for the week")?.kind).toBe("week");
    expect(extractPeriod("this month")?.kind).toBe("month");
    expect(extractPeriod("in the quarter")?.kind).toBe("quarter");
    expect(extractPeriod("since April 2020")).toEqual({ kind: "since", count: null, text: "since April 2020", since: "April 2020" });
    expect(extractPeriod("as of 4 p.m. New York time")).toEqual({ kind: "session", count: 1, text: "as of 4 p.m. New York time" });
    expect(extractPeriod("for the session")?.kind).toBe("session");
  });
  it("marks back references and matches at a place", () => {
    expect(findPeriods("up 2% in that time")[0]).toMatchObject({ backReference: true, period: null });
    expect(matchPeriodAt("rose 2% this week", 8)?.text).toBe("this week");
    expect(matchPeriodAt("rose 2% this week", 7)).toBeNull();
  });
});
