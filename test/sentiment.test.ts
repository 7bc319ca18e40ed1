// The sentiment scorer on its labelled examples, and the properties every score keeps.
import { describe, expect, it } from "vitest";
import { scoreSentiment, stanceOf } from "../extractors/sentiment.ts";
import { sentimentExamples } from "../extractors/sentiment.examples.ts";

describe("sentiment examples", () => {
  it("has at least 20 labelled sentences", () => expect(sentimentExamples.length).toBeGreaterThanOrEqual(20));
  for (const { text, label } of sentimentExamples) {
    it(`${label}: ${text.slice(0, 80)}`, () => {
      const result = scoreSentiment(text);
      expect(result.label, JSON.stringify(result.cues)).toBe(label);
      expect(result.score).toBeGreaterThanOrEqual(-1);
      expect(result.score).toBeLessThanOrEqual(1);
      if (label !== "neutral") expect(result.cues.length).toBeGreaterThan(0);
    });
  }
});

describe("sentiment rules", () => {
  it("negation flips the next polarity word", () => {
    expect(scoreSentiment("Demand is strong.").label).toBe("positive");
    expect(scoreSentiment("Demand is not strong.").label).toBe("negative");
  });
  it("hedges dampen the magnitude", () => {
    const plain = scoreSentiment("The rally continues with strong gains.").score;
    const hedged = scoreSentiment("The rally might continue with strong gains.").score;
    expect(hedged).toBeGreaterThan(0);
    expect(hedged).toBeLessThan(plain);
  });
  it("direction depends on what moved", () => {
    expect(scoreSentiment("Profit rose 5%.").label).toBe("positive");
    expect(scoreSentiment("Costs rose 5%.").label).toBe("negative");
    expect(scoreSentiment("The loss narrowed.").label).toBe("positive");
  });
  it("maps to a stance with its cues", () => {
    expect(stanceOf("We are bullish on miners.")).toMatchObject({ stance: "bullish", cues: ["bullish"] });
    expect(stanceOf("The board meets on Monday.")).toMatchObject({ stance: "neutral", sentiment: 0 });
  });
});
