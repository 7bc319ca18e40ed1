import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../extractors/patterns.ts";
import { spokenOfAsFirm } from "../extractors/speakers.ts";

/** The pattern built around each word that spokenOfAsFirm replaced: the reference it must agree with. */
function reference(word: string, body: string): boolean {
  const w = escapeRegExp(word);
  return new RegExp(
    `\\b(?:spokes(?:person|man|woman)|representative)\\s+(?:for|of|at)\\s+${w}\\b|\\b${w}(?:[’']s)?\\s+(?:spokes(?:person|man|woman)|shares|stock)\\b`,
  ).test(body);
}

describe("spokenOfAsFirm", () => {
  it("finds the cues before and after the name, at word boundaries only", () => {
    expect(spokenOfAsFirm("Valve", "said a spokesperson for Valve.")).toBe(true);
    expect(spokenOfAsFirm("Valve", "Valve’s shares fell.")).toBe(true);
    expect(spokenOfAsFirm("Valve", "a representative at\n Valve said")).toBe(true);
    expect(spokenOfAsFirm("Valve", "Valve said it would.")).toBe(false);
    expect(spokenOfAsFirm("Valve", "a spokesperson for Valves")).toBe(false);
    expect(spokenOfAsFirm("Valve", "Valve stocks")).toBe(false);
    expect(spokenOfAsFirm("Valve", "xValve shares")).toBe(false);
  });

  it("agrees with the pattern it replaced on generated text", () => {
    const words = ["Valve", "Nomura", "Fir", "Société", "A.B.", "X&Y", "Valve_2"];
    const piece = fc.constantFrom(
      ...words, "spokesperson", "spokesman", "spokeswoman", "representative", "for", "of", "at", "shares", "stock", "stocks",
      " ", "  ", "\n", "'s", "’s", "’", "s", "x", "_", "-", ".", ",", "é", "1",
    );
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.array(piece, { maxLength: 20 }).map((p) => p.join("")), (word, body) => {
        expect(spokenOfAsFirm(word, body)).toBe(reference(word, body));
      }),
      { numRuns: 20000 },
    );
  });
});
