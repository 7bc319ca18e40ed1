import { describe, expect, it } from "vitest";
import type { Period } from "../schemas/record.ts";
import { Period as PeriodSchema } from "../schemas/record.ts";
import { extractPeriod } from "../extractors/period.ts";
import { periodRange, publicationDay } from "../extractors/period-range.ts";

// 2024-06-14 is a Friday; 2025-03-03 a Monday; 2024-06-15 a Saturday.
const cases: [words: string, published: string, from: string, to: string][] = [
  ["this year", "2024-06-14", "2024-01-01", "2024-06-14"],
  ["so far in 2024", "2024-06-14T21:05:00Z", "2024-01-01", "2024-06-14"],
  ["year-to-date", "2024-06-14", "2024-01-01", "2024-06-14"],
  ["on Friday", "2024-06-14", "2024-06-14", "2024-06-14"],
  ["on Thursday", "2024-06-14", "2024-06-13", "2024-06-13"],
  ["on Friday", "2025-03-03", "2025-02-28", "2025-02-28"],
  ["today", "2024-06-15", "2024-06-14", "2024-06-14"],
  ["as of 4 p.m. New York time", "2024-06-14", "2024-06-14", "2024-06-14"],
  ["over the past five sessions", "2024-06-14", "2024-06-10", "2024-06-14"],
  ["in the last 3 trading days", "2025-03-03", "2025-02-27", "2025-03-03"],
  ["this week", "2024-06-14", "2024-06-10", "2024-06-14"],
  ["last week", "2024-06-14", "2024-06-03", "2024-06-09"],
  ["over the past week", "2024-06-14", "2024-06-08", "2024-06-14"],
  ["this month", "2024-06-14", "2024-06-01", "2024-06-14"],
  ["last month", "2025-03-03", "2025-02-01", "2025-02-28"],
  ["in October", "2024-06-14", "2023-10-01", "2023-10-31"],
  ["in June", "2024-06-14", "2024-06-01", "2024-06-14"],
  ["over the past three months", "2024-06-14", "2024-03-15", "2024-06-14"],
  ["this quarter", "2024-06-14", "2024-04-01", "2024-06-14"],
  ["last quarter", "2024-06-14", "2024-01-01", "2024-03-31"],
  ["in 2023", "2024-06-14", "2023-01-01", "2023-12-31"],
  ["since April 2020", "2024-06-14", "2020-04", "2024-06-14"],
  ["since mid-June", "2024-09-02", "2024-06", "2024-09-02"],
  ["since June 16", "2024-06-14", "2023-06-16", "2024-06-14"],
  ["since Aug. 16, 2022", "2024-06-14", "2022-08-16", "2024-06-14"],
  ["since Monday", "2024-06-14", "2024-06-10", "2024-06-14"],
  ["since 2017", "2024-06-14", "2017", "2024-06-14"],
  ["since the start of the year", "2024-06-14", "2024-01-01", "2024-06-14"],
  ["since the end of September", "2024-06-14", "2023-09-30", "2024-06-14"],
  ["since the end of March", "2024-06-14", "2024-03-31", "2024-06-14"],
  ["since its April low", "2024-06-14", "2024-04", "2024-06-14"],
  ["from its Aug. 16 high", "2024-06-14", "2023-08-16", "2024-06-14"],
  ["since the US election in early November", "2024-12-06", "2024-11", "2024-12-06"],
];

describe("periodRange", () => {
  for (const [words, published, from, to] of cases) {
    it(`"${words}" published ${published} → ${from} … ${to}`, () => {
      const period = extractPeriod(words);
      expect(period, `no period found in "${words}"`).not.toBeNull();
      const range = periodRange(period!, published);
      expect(range).toEqual({ from, to });
      expect(PeriodSchema.safeParse({ ...period, range }).success).toBe(true);
    });
  }

  it("counts sessions back from the day they end on ('ending Wednesday', 'through Monday'), not from publication", () => {
    const sessions = (count: number, text: string): Period => ({ kind: "sessions", count, text });
    expect(periodRange(sessions(4, "over the four trading days ending Wednesday"), "2024-06-14")).toEqual({ from: "2024-06-07", to: "2024-06-12" });
    expect(periodRange(sessions(3, "in the three sessions through Monday"), "2025-03-05")).toEqual({ from: "2025-02-27", to: "2025-03-03" });
  });

  it("gives no range without a publication date, or with one it cannot read", () => {
    const period = extractPeriod("this year")!;
    expect(periodRange(period, null)).toBeNull();
    expect(periodRange(period, "June 14, 2024")).toBeNull();
    expect(publicationDay("2024-02-30")).toBeNull();
  });

  it("gives no range for periods whose words name no date", () => {
    const undated: Period = { kind: "since", count: null, text: "since the pandemic", since: "the pandemic" };
    expect(periodRange(undated, "2024-06-14")).toBeNull();
    expect(periodRange(extractPeriod("since its record")!, "2024-06-14")).toBeNull();
    expect(periodRange(extractPeriod("since the Fed decision")!, "2024-06-14")).toBeNull();
    expect(periodRange({ kind: "other", count: null, text: "lately" }, "2024-06-14")).toBeNull();
  });

  it("never dates the start of a period after the publication date", () => {
    const future: Period = { kind: "since", count: null, text: "since 2030", since: "2030" };
    expect(periodRange(future, "2024-06-14")).toBeNull();
  });
});
