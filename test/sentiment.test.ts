// The sentiment scorer on its labelled examples, the properties every score keeps, the quote stance, and the
// scoring maths of `npm run eval:sentiment` on a tiny file of our own sentences.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreSentiment, stanceOf, type SentimentLabel, type SentimentScore } from "../extractors/sentiment.ts";
import { sentimentExamples, stanceExamples } from "../extractors/sentiment.examples.ts";
import { evaluateFile, evaluateSentences, formatEvaluation, parseLabelledSentences } from "../pipeline/eval-sentiment.ts";

describe("sentiment examples", () => {
  it("has labelled sentences of every class", () => {
    expect(sentimentExamples.length).toBeGreaterThanOrEqual(40);
    for (const label of ["positive", "negative", "neutral"]) expect(sentimentExamples.some((e) => e.label === label)).toBe(true);
  });
  for (const { text, label, cue } of sentimentExamples) {
    it(`${label}: ${text.slice(0, 80)}`, () => {
      const result = scoreSentiment(text);
      expect(result.label, JSON.stringify(result.cues)).toBe(label);
      expect(result.score).toBeGreaterThanOrEqual(-1);
      expect(result.score).toBeLessThanOrEqual(1);
      if (label !== "neutral") expect(result.cues.length).toBeGreaterThan(0);
      if (cue) expect(result.cues).toContain(cue);
    });
  }
});

describe("quote stance examples", () => {
  it("has quotes of every stance", () => {
    for (const stance of ["bullish", "bearish", "neutral"]) expect(stanceExamples.some((e) => e.stance === stance)).toBe(true);
  });
  for (const { text, stance, cue } of stanceExamples) {
    it(`${stance}: ${text.slice(0, 80)}`, () => {
      const result = stanceOf(text);
      expect(result.stance, JSON.stringify(result.cues)).toBe(stance);
      if (stance !== "neutral") expect(result.cues.length).toBeGreaterThan(0);
      if (cue) expect(result.cues).toContain(cue);
    });
  }
});

describe("sentiment rules", () => {
  it("negation flips the next polarity word", () => {
    expect(scoreSentiment("Demand is strong.").label).toBe("positive");
    expect(scoreSentiment("Demand is not strong.").label).toBe("negative");
    expect(scoreSentiment("Sales did not fall in the quarter.").label).toBe("positive");
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
    expect(scoreSentiment("Profit fell 5%.").label).toBe("negative");
    expect(scoreSentiment("Costs fell 5%.").label).toBe("positive");
  });
  it("compares the numbers of a result against its earlier figure", () => {
    expect(scoreSentiment("Net sales were EUR 8.0 mn compared to EUR 6.5 mn.").label).toBe("positive");
    expect(scoreSentiment("Net sales were EUR 6.5 mn compared to EUR 8.0 mn.").label).toBe("negative");
    expect(scoreSentiment("Costs were EUR 6.5 mn compared to EUR 8.0 mn.").label).toBe("positive");
    // the same figure twice says nothing
    expect(scoreSentiment("Net sales were EUR 6.5 mn compared to EUR 6.5 mn.").label).toBe("neutral");
  });
  it("a condition weighs little", () => {
    const plain = scoreSentiment("Growth picks up and margins improve.").score;
    const conditional = scoreSentiment("Until growth picks up, margins will not move.").score;
    expect(Math.abs(conditional)).toBeLessThan(Math.abs(plain));
  });
  it("in a quote, what follows a contrast decides", () => {
    expect(stanceOf("The data were strong, but the outlook is weak.").stance).toBe("bearish");
    expect(stanceOf("The outlook is weak, but the data were strong.").stance).toBe("bullish");
  });
  it("reads insurance as a hedge and signing as a deal only in those senses, not as topic words", () => {
    expect(stanceOf("Many term policies are cheaper than people think, and life insurance is easy to renew.").cues).not.toContain("insurance");
    expect(stanceOf("We are buying insurance against a sharp drop in credit.")).toMatchObject({ stance: "bearish" });
    expect(stanceOf("The treaty was signed by both parliaments in 1994.").stance).toBe("neutral");
    expect(stanceOf("We have signed a five-year supply agreement with the utility.").stance).toBe("bullish");
  });
  it("maps to a stance with its cues", () => {
    expect(stanceOf("We are bullish on miners.")).toMatchObject({ stance: "bullish", cues: ["bullish"] });
    expect(stanceOf("The board meets on Monday.")).toMatchObject({ stance: "neutral", sentiment: 0 });
  });
  it("is deterministic and survives odd input", () => {
    const text = "Operating profit rose to EUR0 .9 m from EUR0 .7 m , while costs fell .";
    expect(scoreSentiment(text)).toEqual(scoreSentiment(text));
    for (const odd of ["", "   ", "@@@", "%%%", "1 2 3 4", "not not not", "a".repeat(20000), "up ".repeat(5000)]) {
      const result = scoreSentiment(odd);
      expect(Number.isFinite(result.score)).toBe(true);
    }
  });
});

describe("eval:sentiment scoring", () => {
  it("parses sentence@label lines; the label is after the last @", () => {
    const { sentences, skipped } = parseLabelledSentences(
      "Profit rose to a record.@positive\r\nWrite to desk@example.com for details.@neutral\n\nNo label here\nCosts rose.@NEGATIVE \nOdd.@maybe\n",
    );
    expect(sentences.map((s) => [s.line, s.label])).toEqual([
      [1, "positive"],
      [2, "neutral"],
      [5, "negative"],
    ]);
    expect(sentences[1]!.text).toBe("Write to desk@example.com for details.");
    expect(skipped).toEqual([4, 6]);
  });

  it("computes accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix", () => {
    // gold: 3 positive, 2 negative, 1 neutral; the fake classifier answers what the text says after "→"
    const lines = ["a→positive@positive", "b→positive@positive", "c→neutral@positive", "d→negative@negative", "e→positive@negative", "f→neutral@neutral"];
    const { sentences } = parseLabelledSentences(lines.join("\n"));
    const classify = (text: string): SentimentScore => ({ score: 0, label: text.split("→")[1] as SentimentLabel, cues: [] });
    const result = evaluateSentences(sentences, classify);
    expect(result.sentences).toBe(6);
    expect(result.correct).toBe(4);
    expect(result.accuracy).toBeCloseTo(4 / 6, 4);
    expect(result.confusion).toEqual({
      positive: { positive: 2, negative: 0, neutral: 1 },
      negative: { positive: 1, negative: 1, neutral: 0 },
      neutral: { positive: 0, negative: 0, neutral: 1 },
    });
    // positive: P = 2/3, R = 2/3; negative: P = 1/1, R = 1/2; neutral: P = 1/2, R = 1/1
    expect(result.perClass.positive).toMatchObject({ precision: 0.6667, recall: 0.6667, f1: 0.6667, support: 3 });
    expect(result.perClass.negative).toMatchObject({ precision: 1, recall: 0.5, f1: 0.6667, support: 2 });
    expect(result.perClass.neutral).toMatchObject({ precision: 0.5, recall: 1, f1: 0.6667, support: 1 });
    expect(result.macroF1).toBeCloseTo(0.6667, 4);
    expect(result.errors.map((e) => [e.line, e.label, e.predicted])).toEqual([
      [3, "positive", "neutral"],
      [5, "negative", "positive"],
    ]);
    expect(formatEvaluation(result, [])).toContain("accuracy  0.667 (4/6)");
  });

  it("gives 0, not NaN, for a class never predicted or never present", () => {
    const { sentences } = parseLabelledSentences("x@positive\ny@positive");
    const result = evaluateSentences(sentences, () => ({ score: 0, label: "neutral", cues: [] }));
    expect(result.accuracy).toBe(0);
    expect(result.perClass.neutral).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(result.macroF1).toBe(0);
    expect(evaluateSentences([]).accuracy).toBe(0);
  });

  it("reads a Windows-1252 file of our own sentences with the real scorer", async () => {
    const text = [
      "Operating profit rose to EUR 9.4 mn from EUR 6.1 mn.@positive",
      "The company’s net loss widened to €4 mn.@negative",
      "The board meets in Tampere on Friday.@neutral",
      "Quarterly sales fell 9 % as orders dried up.@negative",
    ].join("\r\n");
    const bytes = Uint8Array.from(text, (ch) => (ch === "’" ? 0x92 : ch === "€" ? 0x80 : ch.charCodeAt(0)));
    const file = join(mkdtempSync(join(tmpdir(), "eval-sentiment-")), "tiny.txt");
    writeFileSync(file, bytes);
    const result = await evaluateFile(file);
    expect(result.sentences).toBe(4);
    expect(result.skipped).toEqual([]);
    expect(result.accuracy).toBe(1);
    expect(result.macroF1).toBe(1);
  });
});

// Financial PhraseBank (../shared, beside the checkout in CI; skipped without it): floors a little below the last
// measured figures (README), so that a change to the lexicon cannot quietly cost accuracy.
const PHRASEBANK = "../shared/data/phrasebank";
const PHRASEBANK_FLOORS: [file: string, accuracy: number][] = [
  ["Sentences_AllAgree.dev.txt", 0.93],
  ["Sentences_50Agree.dev.txt", 0.81],
];
describe.skipIf(!existsSync(PHRASEBANK))("phrasebank accuracy", () => {
  for (const [file, floor] of PHRASEBANK_FLOORS) {
    it(`${file} ≥ ${floor}`, async () => {
      const result = await evaluateFile(join(PHRASEBANK, file));
      expect(result.sentences).toBeGreaterThan(1000);
      expect(result.accuracy).toBeGreaterThanOrEqual(floor);
    });
  }
});
