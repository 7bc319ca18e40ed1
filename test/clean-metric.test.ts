// The article-extraction benchmark metric (pipeline/clean-metric.ts) on tiny texts whose counts are known by hand.
import { describe, expect, it } from "vitest";
import { pageCounts, pagePrecision, pageRecall, scorePages, shingles, tokens } from "../pipeline/clean-metric.ts";
import { markdownBody } from "../pipeline/eval-clean.ts";

describe("tokens and shingles", () => {
  it("takes \\w+ runs, Unicode letters and digits included, case kept", () => {
    expect(tokens("Ölpreis fällt 2,5% — «très» bas_niveau")).toEqual(["Ölpreis", "fällt", "2", "5", "très", "bas_niveau"]);
  });

  it("gives the multiset of 4-grams, and one shorter gram for a text under four tokens", () => {
    const grams = shingles("a b c d e a b c d");
    expect(grams.size).toBe(5);
    expect(grams.get(["a", "b", "c", "d"].join("\u0001"))).toBe(2);
    expect([...shingles("gold rose").values()]).toEqual([1]);
    expect(shingles("").size).toBe(0);
  });
});

describe("per-page counts", () => {
  it("normalises TP, FP and FN to sum 1", () => {
    // truth 4-grams: [a b c d] [b c d e]; predicted: [a b c d] [b c d x]
    const counts = pageCounts("a b c d e", "a b c d x");
    expect(counts).toEqual({ tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
    expect(pagePrecision(counts)).toBeCloseTo(0.5);
    expect(pageRecall(counts)).toBeCloseTo(0.5);
  });

  it("counts a repeated gram as often as it occurs (multisets)", () => {
    const counts = pageCounts("a b c d a b c d", "a b c d");
    // truth: [abcd]×2 [bcda] [cdab] [dabc]; predicted: [abcd]
    expect(counts.tp).toBeCloseTo(1 / 5);
    expect(counts.fn).toBeCloseTo(4 / 5);
    expect(counts.fp).toBe(0);
  });

  it("scores an exact match 1 and an empty prediction 0 recall", () => {
    expect(pagePrecision(pageCounts("one two three four", "one, two; three four!"))).toBe(1);
    const empty = pageCounts("one two three four", "");
    expect(empty).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(pageRecall(empty)).toBe(0);
  });
});

describe("scores over pages", () => {
  it("averages precision over pages with a prediction and recall over pages with a truth, then F1 of the means", () => {
    const pages = [pageCounts("a b c d e", "a b c d x"), pageCounts("p q r s", ""), pageCounts("k l m n", "k l m n")];
    const scores = scorePages(pages);
    // precision: pages 1 and 3 → (0.5 + 1) / 2; recall: all three → (0.5 + 0 + 1) / 3
    expect(scores.precision).toBeCloseTo(0.75);
    expect(scores.recall).toBeCloseTo(0.5);
    expect(scores.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
    expect(scores.accuracy).toBeCloseTo(1 / 3);
  });
});

describe("market-wrap markdown reference", () => {
  it("keeps what follows the Content heading, links reduced to their text", () => {
    const markdown = "# Title\n\n## Info\n\n*   **Author**: A Writer\n## Content\n\nStocks [rose](https://example.com/x) today.\n";
    expect(markdownBody(markdown).trim()).toBe("Stocks rose today.");
  });
});
