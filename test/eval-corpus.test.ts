// Gold evaluation on our own corpus: the scores may not fall below what was last measured.
// Raise these floors whenever extraction improves (README "Measured figures" lists the current values).
import { describe, expect, it } from "vitest";
import { evaluateDir } from "../pipeline/eval.ts";

const FLOORS = {
  moves: { precision: 1, recall: 1, level: 1, period: 1 },
  quotes: { precision: 1, recall: 1, speaker: 1, role: 0.96, organization: 1, stance: 0.65 },
  fundSizes: { precision: 1, recall: 1 },
  shortInterest: { precision: 1, recall: 1 },
  fundFlows: { precision: 1, recall: 1 },
};

describe("gold evaluation on corpus/", () => {
  it("scores at or above the floors", async () => {
    const summary = await evaluateDir("corpus");
    expect(summary.errors).toEqual([]);
    expect(summary.articles).toBeGreaterThanOrEqual(20);
    const measured = {
      moves: { precision: summary.moves.precision, recall: summary.moves.recall, level: summary.moves.level.rate, period: summary.moves.period.rate },
      quotes: {
        precision: summary.quotes.precision,
        recall: summary.quotes.recall,
        speaker: summary.quotes.speaker.rate,
        role: summary.quotes.role.rate,
        organization: summary.quotes.organization.rate,
        stance: summary.quotes.stance.rate,
      },
      fundSizes: { precision: summary.fundSizes.precision, recall: summary.fundSizes.recall },
      shortInterest: { precision: summary.shortInterest.precision, recall: summary.shortInterest.recall },
      fundFlows: { precision: summary.fundFlows.precision, recall: summary.fundFlows.recall },
    };
    for (const [type, floors] of Object.entries(FLOORS)) {
      for (const [metric, floor] of Object.entries(floors)) {
        const value = (measured as Record<string, Record<string, number | null>>)[type]![metric] ?? 0;
        expect(value, `${type}.${metric}`).toBeGreaterThanOrEqual(floor);
      }
    }
  });
});
