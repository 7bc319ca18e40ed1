import { describe, expect, it } from "vitest";
import { AliasScanner } from "../extractors/alias-scanner.ts";
import { escapeRegExp } from "../extractors/patterns.ts";

const ALIASES = ["S&P 500", "S&P 500 futures", "Nasdaq 100", "Nasdaq", "gold", "gold futures", "Germany's 10-year yield", "Dow", "Dow Jones Industrial Average"];

/** The regex alternation the scanner replaces, as the reference: leftmost match, longest alias first. */
function reference(text: string, flexibleSpace: boolean): string[] {
  const sorted = [...ALIASES].sort((a, b) => b.length - a.length);
  const source = sorted.map((a) => {
    const s = escapeRegExp(a).replace(/'/g, "['\u2019]");
    return flexibleSpace ? s.replace(/ /g, "\\s+") : s;
  });
  return [...text.matchAll(new RegExp(`(?<![\\w&$-])(?:${source.join("|")})(?![\\w&-])`, "g"))].map((m) => `${m.index}:${m[0]}`);
}

const TEXTS = [
  "The S&P 500 rose 1% and S&P 500 futures slipped, while the Nasdaq 100 and the Nasdaq both fell.",
  "Gold futures and gold rose; goldman is no alias, nor is Dowling, and Germany’s 10-year yield climbed.",
  "The Dow Jones\nIndustrial Average and the Dow were mixed; $Dow and pre-Nasdaq are not names; S&P 5000 is not the S&P 500.",
  "",
  "Nasdaq",
  // names right after a name: the character between them decides
  "Dow,Nasdaq and Dow-Nasdaq, gold/Dow and S&P 500&Nasdaq; Nasdaq",
];

describe("AliasScanner", () => {
  for (const flexibleSpace of [false, true]) {
    const scanner = new AliasScanner(
      ALIASES.map((alias) => ({ alias, value: alias })),
      { notBefore: "[\\w&$-]", notAfter: "[\\w&-]", flexibleSpace },
    );
    it(`finds what the alternation finds (flexible space: ${flexibleSpace})`, () => {
      for (const text of TEXTS) {
        expect(scanner.scan(text).map((m) => `${m.start}:${m.text}`)).toEqual(reference(text, flexibleSpace));
      }
    });
  }

  it("matches a name that starts exactly at a place, respecting the boundary before it", () => {
    const scanner = new AliasScanner(ALIASES.map((alias) => ({ alias, value: alias })), { notBefore: "[\\w&$-]", notAfter: "[\\w&-]" });
    const text = "the largest ETF tracking the Nasdaq 100 and xNasdaq";
    expect(scanner.matchAt(text, text.indexOf("Nasdaq 100"))?.text).toBe("Nasdaq 100");
    expect(scanner.matchAt(text, text.indexOf("xNasdaq") + 1)).toBeNull();
    expect(scanner.matchAt(text, 0)).toBeNull();
  });
});
