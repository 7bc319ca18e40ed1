// Unit tests of market_move beyond the one-fact examples: several facts per sentence, periods shared by a
// list, continuations, ellipsis, the closing "main moves" list, and speed on adversarial text.
import { describe, expect, it } from "vitest";
import { marketMove } from "../extractors/market-move.ts";
import { extractPeriod, findPeriods, matchPeriodAt } from "../extractors/period.ts";
import { extractionInput } from "../pipeline/extract.ts";
import { extractWithinBudget } from "./budget.ts";

const MARKET_MOVE_MODULE = new URL("../extractors/market-move.ts", import.meta.url);
const run = (body: string) => marketMove.extract(extractionInput(body));
const brief = (body: string) =>
  run(body).map((f) => [f.instrument.name, f.direction, f.change?.value ?? null, f.change?.unit ?? null, f.period?.kind ?? null, f.period?.count ?? null]);

describe("market_move", () => {
  it("shares one period across a list and keeps each clause's evidence", () => {
    const body =
      "The small-cap Russell 2000 is up 9% over the past four sessions, a run it hasn't managed since March 2021, " +
      "whereas the S&P 500 is up 1.2% over that period, and the tech-heavy Nasdaq 100 is down 0.4%.";
    const facts = run(body);
    expect(brief(body)).toEqual([
      ["Russell 2000", "up", 9, "percent", "sessions", 4],
      ["S&P 500", "up", 1.2, "percent", "sessions", 4],
      ["Nasdaq 100", "down", 0.4, "percent", "sessions", 4],
    ]);
    expect(facts.map((f) => f.evidence.text)).toEqual([
      "The small-cap Russell 2000 is up 9% over the past four sessions",
      "the S&P 500 is up 1.2% over that period",
      "the tech-heavy Nasdaq 100 is down 0.4%",
    ]);
    for (const f of facts) expect(body.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });

  it("reads a possessive move with the sentence's period", () => {
    expect(brief("Even after the rebound, the Dow Jones Industrial Average is up only 7% this year, trailing the Nasdaq 100’s 15% gain.")).toEqual([
      ["Dow Jones Industrial Average", "up", 7, "percent", "ytd", null],
      ["Nasdaq 100", "up", 15, "percent", "ytd", null],
    ]);
  });

  it("finds a second move of the same subject and a shared verb", () => {
    expect(brief("The Dow Jones Industrial Average finished little changed after climbing as much as 1.3%.")).toEqual([
      ["Dow Jones Industrial Average", "flat", null, null, null, null],
      ["Dow Jones Industrial Average", "up", 1.3, "percent", null, null],
    ]);
    expect(brief("Bitcoin slid as much as 7% to $25,410 and Ether 8.3%.")).toEqual([
      ["Bitcoin", "down", 7, "percent", null, null],
      ["Ether", "down", 8.3, "percent", null, null],
    ]);
  });

  it("gives the closing main-moves list the session period", () => {
    const body = [
      "Equities extended their advance on Wednesday.",
      "",
      "Some of the main moves in markets:",
      "",
      "Stocks",
      "",
      "* The Nasdaq 100 advanced 1.9% as of 4 p.m. New York time",
      "* The S&P 500 climbed 1.3%",
      "",
      "Bonds",
      "",
      "* Germany’s 10-year yield fell six basis points to 2.41%",
    ].join("\n");
    const facts = run(body);
    expect(facts.map((f) => [f.instrument.name, f.period?.kind, f.period?.text])).toEqual([
      ["Nasdaq 100", "session", "as of 4 p.m. New York time"],
      ["S&P 500", "session", "as of 4 p.m. New York time"],
      ["Germany 10-year yield", "session", "as of 4 p.m. New York time"],
    ]);
    expect(facts[2]!.level).toEqual({ value: 2.41, unit: "percent" });
  });

  it("does not take rarity for the period", () => {
    const [f] = run("Gold jumped 4% on the day, a feat it hasn't pulled off since June 2019.");
    expect(f!.period).toEqual({ kind: "session", count: 1, text: "on the day" });
  });

  it("gives a second move of the same subject its own evidence", () => {
    const body = "The Dow Jones Industrial Average has gained 11% this year and added 0.9% on Friday.";
    expect(brief(body)).toEqual([
      ["Dow Jones Industrial Average", "up", 11, "percent", "ytd", null],
      ["Dow Jones Industrial Average", "up", 0.9, "percent", "session", 1],
    ]);
    expect(run(body).map((f) => f.evidence.text)).toEqual(["The Dow Jones Industrial Average has gained 11% this year", "and added 0.9% on Friday"]);
    expect(brief("Orlanth Mining Corp. slid 3.1% on Monday, leaving the stock down 22% for the year.")).toEqual([
      ["Orlanth Mining Corp.", "down", 3.1, "percent", "session", 1],
      ["Orlanth Mining Corp.", "down", 22, "percent", "ytd", null],
    ]);
    const taking = run("Tesla Inc. rose 2.8%, taking its advance since the end of May to roughly 27%.");
    expect(taking.map((f) => [f.change?.value, f.period?.kind ?? null, f.period?.since ?? null])).toEqual([[2.8, null, null], [27, "since", "the end of May"]]);
    expect(brief("The Kospi rose 1.2% to 2,710.5, its highest close since 2021, and has climbed 14% this year.")).toEqual([
      ["Kospi", "up", 1.2, "percent", null, null],
      ["Kospi", "up", 14, "percent", "ytd", null],
    ]);
    expect(brief("The Turkish lira weakened 0.6% this week to 40.12 per dollar, extending its decline this year to 11%.")).toEqual([
      ["Turkish lira", "down", 0.6, "percent", "week", 1],
      ["Turkish lira", "down", 11, "percent", "ytd", null],
    ]);
    expect(brief("Copper has more than doubled this year, with a 12% gain on Monday.").slice(-1)).toEqual([["copper", "up", 12, "percent", "session", 1]]);
    const around = run("The yield on 10-year Treasuries climbed to 4.61%, up 85 basis points since August.");
    expect(around.map((f) => [f.direction, f.change?.value ?? null, f.change?.unit ?? null, f.level?.value ?? null])).toEqual([
      ["up", null, null, 4.61],
      ["up", 85, "bp", null],
    ]);
  });

  it("reads lists with their own verbs or one shared verb", () => {
    expect(brief("Germany's DAX gained 0.8% to 23,104.2, France's CAC 40 added 0.3% and the UK's FTSE 100 rose 0.6%.")).toEqual([
      ["DAX", "up", 0.8, "percent", null, null],
      ["CAC 40", "up", 0.3, "percent", null, null],
      ["FTSE 100", "up", 0.6, "percent", null, null],
    ]);
    expect(brief("Brazil's real strengthened 1.1% this week, the Mexican peso 0.4% and the South African rand 0.9%.")).toEqual([
      ["Brazilian real", "up", 1.1, "percent", "week", 1],
      ["Mexican peso", "up", 0.4, "percent", "week", 1],
      ["South African rand", "up", 0.9, "percent", "week", 1],
    ]);
    expect(brief("The Nasdaq 100 slumped 2.2% and the Russell 2000 dropped 2.7%.")).toEqual([
      ["Nasdaq 100", "down", 2.2, "percent", null, null],
      ["Russell 2000", "down", 2.7, "percent", null, null],
    ]);
  });

  it("pairs a list of names with a list of sizes read 'respectively', in order", () => {
    expect(brief("The Nikkei 225 and the Topix slid 1.8% and 1.2%, respectively, on Friday.")).toEqual([
      ["Nikkei 225", "down", 1.8, "percent", "session", 1],
      ["Topix", "down", 1.2, "percent", "session", 1],
    ]);
    expect(brief("Silver, copper and gold were up 3.1 per cent, 0.6 per cent and 1.4 per cent respectively over the week.")).toEqual([
      ["silver", "up", 3.1, "percent", "week", 1],
      ["copper", "up", 0.6, "percent", "week", 1],
      ["gold", "up", 1.4, "percent", "week", 1],
    ]);
    const body = "Ether and Solana have dropped more than 14% and 9% respectively since Monday.";
    const facts = run(body);
    expect(facts.map((f) => [f.instrument.name, f.change])).toEqual([
      ["Ether", { value: 14, unit: "percent", qualifier: "more_than" }],
      ["Solana", { value: 9, unit: "percent", qualifier: null }],
    ]);
    for (const f of facts) expect(body.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });

  it("gives no move to a name of a 'respectively' list whose names and sizes do not pair up", () => {
    // "Harwick Mills" is no instrument the pipeline knows, so only one name stands before two sizes
    expect(brief("Shares of Harwick Mills and the Kospi fell 4.2% and 1.3%, respectively.")).toEqual([]);
  });

  it("resolves back references and short company names", () => {
    expect(brief("Ether climbed 3.3% on Tuesday. It has advanced 21% since the start of the year.")).toEqual([
      ["Ether", "up", 3.3, "percent", "session", 1],
      ["Ether", "up", 21, "percent", "ytd", null],
    ]);
    // "It" after a sentence with two movers is ambiguous
    expect(brief("Ether climbed 3.3% and Solana rose 2%. It has advanced 21% this year.")).toHaveLength(2);
    expect(brief("Short interest in Quillon Therapeutics Inc. has doubled. Quillon shares tumbled 11% this week, while Quillon fell again.")[0]).toEqual([
      "Quillon Therapeutics Inc.", "down", 11, "percent", "week", 1,
    ]);
    const facts = run("Short sellers piled into Brightwater Outdoor Co. this month. The stock fell 3.9% on Tuesday and has slumped 21% this month.");
    expect(facts.map((f) => [f.instrument.name, f.change?.value, f.evidence.text])).toEqual([
      ["Brightwater Outdoor Co.", 3.9, "The stock fell 3.9% on Tuesday"],
      ["Brightwater Outdoor Co.", 21, "and has slumped 21% this month"],
    ]);
  });

  it("reads the direction of every verb of the move lexicon", () => {
    const verbs: [string, "up" | "down" | "flat"][] = [
      ["rose", "up"], ["advanced", "up"], ["climbed", "up"], ["gained", "up"], ["added", "up"], ["jumped", "up"], ["rallied", "up"],
      ["surged", "up"], ["fell", "down"], ["declined", "down"], ["dropped", "down"], ["slid", "down"], ["sank", "down"], ["lost", "down"],
      ["retreated", "down"], ["slumped", "down"], ["tumbled", "down"],
    ];
    for (const [verb, direction] of verbs) {
      expect(brief(`The Nikkei 225 ${verb} 1.2% on Tuesday.`), verb).toEqual([["Nikkei 225", direction, 1.2, "percent", "session", 1]]);
    }
    for (const flat of ["was little changed", "held steady", "was unchanged"]) {
      const facts = run(`The Nikkei 225 ${flat} at 38,250.10.`);
      expect(facts.map((f) => [f.direction, f.change, f.level?.value]), flat).toEqual([["flat", null, 38250.1]]);
    }
  });

  it("keeps sizes and levels apart, qualifiers beside the value, and a commodity's price unit", () => {
    const [oil] = run("West Texas Intermediate crude rose 3.7% to $87.64 a barrel.");
    expect(oil?.change).toEqual({ value: 3.7, unit: "percent", qualifier: null });
    expect(oil?.level).toEqual({ value: 87.64, unit: "USD", per: "barrel" });
    const [yen] = run("The Japanese yen weakened 0.6% to 151.20 per dollar.");
    expect(yen?.level).toEqual({ value: 151.2, unit: "JPY_per_USD" });
    const [gauge] = run("The Hang Seng Index jumped more than 2% on Friday.");
    expect(gauge?.change).toEqual({ value: 2, unit: "percent", qualifier: "more_than" });
    const [bund] = run("Germany's 10-year yield rose eight basis points to 2.61%.");
    expect([bund?.change, bund?.level]).toEqual([{ value: 8, unit: "bp", qualifier: null }, { value: 2.61, unit: "percent" }]);
  });

  // Guarded by a time budget, not a wall-time threshold (see test/budget.ts): only a runaway fails.
  it("ends within the budget on a 200 KB pathological line", async () => {
    const pieces = [
      "Gold ", ", its high, ", "the Hong Kong's ", "and ", "Futures for Japan's ", "Stoxx 600 banks and ", "shares ", "The metal ",
      "extending its gain for 2025 ", "with a 5% ", "compared with a 3% gain for ", "$1.20, or ", "index of smaller ", "Aa Bb Cc ",
    ];
    let line = "";
    for (let i = 0; line.length < 200_000; i++) line += pieces[i % pieces.length];
    const texts = [line, ", x".repeat(70_000), "The S&P 500 rose 1%" + ", its aside".repeat(20_000)];
    expect(await extractWithinBudget(MARKET_MOVE_MODULE, "marketMove", texts)).not.toBe("timeout");
  });

  it("ends within the budget on long adversarial text", async () => {
    const junk = "Apple Inc. Big Co. A B C D E F G H I J K L M N O P ".repeat(400) + "the yield on the " + "10-year ".repeat(300);
    expect(await extractWithinBudget(MARKET_MOVE_MODULE, "marketMove", [junk + " The S&P 500 rose 1%."])).not.toBe("timeout");
  });
});

describe("period", () => {
  it("resolves the common forms", () => {
    expect(extractPeriod("up 6% over the past seven sessions")).toEqual({ kind: "sessions", count: 7, text: "over the past seven sessions" });
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
