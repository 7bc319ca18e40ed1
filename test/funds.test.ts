// Funds, flows and short interest on sentences that list several funds: one fact per item, with the basis and the
// data provider stated once applying to every item, even where the sentence splitter cuts inside a fund's name.
import { describe, expect, it } from "vitest";
import { extractionInput } from "../pipeline/extract.ts";
import { shortInterest } from "../extractors/short-interest.ts";
import { fundSize } from "../extractors/fund-size.ts";
import { fundFlow, findPeriod } from "../extractors/fund-flow.ts";
import { findFundMentions } from "../extractors/fund-names.ts";
import { MONEY_SOURCE, parseMoney } from "../extractors/quantities.ts";

const LIST =
  "Short sellers are leaning on smaller stocks. Close to 16% of the $84 billion iShares Core S&P Small-Cap ETF’s " +
  "free float is currently sold short, versus 4.7% for the $540bn SPDR S&P 500 ETF. Trust, with 3.2% for the " +
  "$41 billion SPDR Dow Jones Industrial Average ETF Trust, based on figures from Ortex.";

describe("list sentences", () => {
  const input = extractionInput(LIST);
  it("gives one short-interest fact per fund, sharing basis and provider", () => {
    const facts = shortInterest.extract(input);
    expect(facts.map((f) => [f.instrument.ticker, f.percentOfFloat, f.basis, f.qualifier, f.source])).toEqual([
      ["IJR", 16, "float", "nearly", "Ortex"],
      ["SPY", 4.7, "float", null, "Ortex"],
      ["DIA", 3.2, "float", null, "Ortex"],
    ]);
    for (const f of facts) expect(LIST.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });
  it("gives one fund size per sized fund", () => {
    const facts = fundSize.extract(input);
    expect(facts.map((f) => [f.fund.ticker, f.assets.amount, f.assets.currency])).toEqual([
      ["IJR", 84e9, "USD"],
      ["SPY", 540e9, "USD"],
      ["DIA", 41e9, "USD"],
    ]);
  });
  it("finds no flows there", () => {
    expect(fundFlow.extract(input)).toEqual([]);
  });
});

describe("fund names", () => {
  it("resolves registry names, stated names with tickers and descriptions", () => {
    const text = "The biggest ETF tracking the Nasdaq 100 beat the Vanguard Total Bond Market ETF (BND) and Northern Trust.";
    expect(findFundMentions(text).map((m) => [m.fund.name, m.fund.ticker, m.how])).toEqual([
      ["Invesco QQQ Trust Series 1", "QQQ", "description"],
      ["Vanguard Total Bond Market ETF", "BND", "name"],
    ]);
  });
});

describe("periods of flows", () => {
  it.each([
    ["last week", { kind: "week", count: 1, text: "last week" }],
    ["this month", { kind: "month", count: 1, text: "this month" }],
    ["this year", { kind: "ytd", count: null, text: "this year" }],
    ["in the past five sessions", { kind: "sessions", count: 5, text: "in the past five sessions" }],
    ["year to date", { kind: "ytd", count: null, text: "year to date" }],
    ["over the three trading days ending Friday", { kind: "sessions", count: 3, text: "over the three trading days ending Friday" }],
  ])("%s", (text, period) => {
    expect(findPeriod(`flows ${text}`)?.period).toEqual(period);
  });
});

describe("lists and classes across a sentence", () => {
  it("reads a list that goes on in the next sentence and a 'the figure was' item, sharing provider and basis", () => {
    const text =
      "Roughly 15% of the free float of the $900 million Tarn Solar ETF was sold short last month, according to Ortex, " +
      "and for the Vireo Wind Energy ETF the figure was 6%. That compares with 2.5% for the $50 billion Halden Broad Market ETF.";
    const facts = shortInterest.extract(extractionInput(text));
    expect(facts.map((f) => [f.instrument.name, f.percentOfFloat, f.basis, f.source])).toEqual([
      ["Tarn Solar ETF", 15, "float", "Ortex"],
      ["Vireo Wind Energy ETF", 6, "float", "Ortex"],
      ["Halden Broad Market ETF", 2.5, "float", "Ortex"],
    ]);
  });
  it("takes the provider of the sentence before when 'the data show'", () => {
    const text = "About 20% of Quillon Labs Inc.’s float is held short, Ortex data show. Short interest in Brava Cosmetics Corp. equals 11% of its shares outstanding, the data show.";
    expect(shortInterest.extract(extractionInput(text)).map((f) => [f.instrument.name, f.source])).toEqual([
      ["Quillon Labs Inc.", "Ortex"],
      ["Brava Cosmetics Corp.", "Ortex"],
    ]);
  });
  it("reads a class's 'lost' as a flow when the sentence states a flow before it", () => {
    const text = "Stock ETFs attracted $5 billion during the week, while bond funds lost $1.2 billion.";
    expect(fundFlow.extract(extractionInput(text)).map((f) => [f.fund.name, f.direction, f.amount?.amount])).toEqual([
      ["stock ETFs", "inflow", 5e9],
      ["bond funds", "outflow", 1.2e9],
    ]);
  });
  it("keeps a fund's own record out of the rank", () => {
    const text = "Inflows were strong. The Corvid Short Duration ETF drew $50 million, the most for the fund since 2022, and the Harrow Long Treasury ETF took in $40 million, its biggest weekly intake this year.";
    expect(fundFlow.extract(extractionInput(text)).map((f) => [f.fund.name, f.rank])).toEqual([
      ["Corvid Short Duration ETF", null],
      ["Harrow Long Treasury ETF", null],
    ]);
  });
  it("names the fund an issuer's words lead, not the registry alias it ends with", () => {
    const text = "The ProShares UltraPro QQQ rose 3%, and the Invesco QQQ Trust rose 1%.";
    expect(findFundMentions(text).map((m) => [m.fund.name, m.fund.ticker])).toEqual([
      ["ProShares UltraPro QQQ", null],
      ["Invesco QQQ Trust Series 1", "QQQ"],
    ]);
  });
});

describe("money", () => {
  const MONEY = new RegExp(MONEY_SOURCE, "g");
  const read = (text: string) => {
    const spans = [...text.matchAll(MONEY)].map((m) => m[0]);
    return spans.length === 1 ? parseMoney(spans[0]!) : { spans };
  };
  it.each([
    ["$68 billion", 68e9, "USD"],
    ["$68bn", 68e9, "USD"],
    ["$68B", 68e9, "USD"],
    ["$68 BN", 68e9, "USD"],
    ["US$68 billion", 68e9, "USD"],
    ["USD 68 billion", 68e9, "USD"],
    ["68 billion dollars", 68e9, "USD"],
    ["68 billion US dollars", 68e9, "USD"],
    ["€2.1 billion", 2.1e9, "EUR"],
    ["EUR 2.1bn", 2.1e9, "EUR"],
    ["£500m", 500e6, "GBP"],
    ["¥1 trillion", 1e12, "JPY"],
    ["1.2 trillion yen", 1.2e12, "JPY"],
    ["$1.2 trillion", 1.2e12, "USD"],
    ["$1.2tn", 1.2e12, "USD"],
    ["$500 million", 500e6, "USD"],
    ["$4.7 billion", 4_700_000_000, "USD"],
    ["US$4.7 billion", 4_700_000_000, "USD"],
    ["$34.6 million", 34_600_000, "USD"],
    ["USD34.6 million", 34_600_000, "USD"],
    ["$2.15 trillion", 2_150_000_000_000, "USD"],
    ["$1,234.5 million", 1_234_500_000, "USD"],
    ["$900,000", 900_000, "USD"],
    ["$5mm", 5e6, "USD"],
    ["a $68-billion fund", 68e9, "USD"],
    ["S$50 million", 50e6, "SGD"],
    ["HK$3.4 billion", 3.4e9, "HKD"],
    ["2 billion Swiss francs", 2e9, "CHF"],
    ["Rs 3,000 crore", 3e10, "INR"],
    ["three billion dollars", 3e9, "USD"],
    // A range that shares its scale gives its lower end, never the bare first number.
    ["$3-4 billion", 3e9, "USD"],
    ["$3 to $4 billion", 3e9, "USD"],
  ])("%s", (text, amount, currency) => {
    expect(read(text)).toEqual({ amount, currency });
  });
  it("keeps the exact decimal value (no float noise)", () => {
    for (const [text, amount] of [["$4.7 billion", 4700000000], ["$0.3 billion", 300000000], ["$1.1 trillion", 1100000000000], ["$8.03 billion", 8030000000]] as const)
      expect(parseMoney(text)!.amount).toBe(amount);
  });
  it("does not read a scale letter out of a following word", () => {
    expect(read("a $2 M&A fee")).toEqual({ amount: 2, currency: "USD" });
    expect(read("$3 more")).toEqual({ amount: 3, currency: "USD" });
  });
});

describe("short-interest lists with 'respectively'", () => {
  it("pairs each company with its percentage", () => {
    const text =
      "Short sellers favor media names. Corvane Corp. (CRV), Delmar Inc. (DLM) and Estes Ltd. (EST), the sector’s biggest weights, " +
      "had short interest of 4.1%, 2.2% and 3.3%, respectively. Larch Media Inc. (LRM) was the most shorted stock at 14.2% of shares float, " +
      "followed by Fenwick Corp. (FNW) and Gable Inc. (GBL), with short interest of 9.5% and 7.75%, respectively.";
    const facts = shortInterest.extract(extractionInput(text));
    expect(facts.map((f) => [f.instrument.name, f.instrument.ticker, f.percentOfFloat])).toEqual([
      ["Corvane Corp.", "CRV", 4.1],
      ["Delmar Inc.", "DLM", 2.2],
      ["Estes Ltd.", "EST", 3.3],
      ["Larch Media Inc.", "LRM", 14.2],
      ["Fenwick Corp.", "FNW", 9.5],
      ["Gable Inc.", "GBL", 7.75],
    ]);
    for (const f of facts) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    expect(new Set(facts.map((f) => `${f.evidence.start}-${f.evidence.end}`)).size).toBe(facts.length);
  });
  it("gives nothing when the counts differ", () => {
    const text = "Corvane Corp. and Delmar Inc. had short interest of 4.1%, 2.2% and 3.3%, respectively.";
    expect(shortInterest.extract(extractionInput(text))).toEqual([]);
  });
});

describe("flows into asset classes", () => {
  it("reads a class of assets as the fund class only in a paragraph about fund flows", () => {
    const flows = "Stock funds had outflows of $7.5 billion in the week to Wednesday, while $2.8 billion was poured into corporate and municipal bonds.";
    expect(fundFlow.extract(extractionInput(flows)).map((f) => [f.fund.name, f.direction, f.amount?.amount])).toEqual([
      ["stock funds", "outflow", 7.5e9],
      ["corporate and municipal bonds", "inflow", 2.8e9],
    ]);
    expect(fundFlow.extract(extractionInput("About $2.8 billion was poured into government bonds by central banks."))).toEqual([]);
  });
});
