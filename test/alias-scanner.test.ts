import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AliasScanner, ScannedText } from "../extractors/alias-scanner.ts";
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

// One scan of a whole text must answer for a range exactly what a scan of the range alone finds, names across the
// range's edges and word characters next to them included.
describe("ScannedText", () => {
  const piece = fc.constantFrom(...ALIASES, ...ALIASES.map((a) => a.slice(0, -1)), " ", "  ", "\n", ",", "-", "&", "$", "x", "Dow", "500", "’s");
  for (const flexibleSpace of [false, true]) {
    const scanner = new AliasScanner(ALIASES.map((alias) => ({ alias, value: alias })), { notBefore: "[\\w&$-]", notAfter: "[\\w&-]", flexibleSpace });
    it(`a range gives what a scan of the range alone gives (flexible space: ${flexibleSpace})`, () => {
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 24 }).map((p) => p.join("")), fc.nat(), fc.nat(), (text, a, b) => {
          const start = text.length ? a % (text.length + 1) : 0;
          const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
          const alone = scanner.scan(text.slice(start, end)).map((m) => `${m.start + start}-${m.end + start}:${m.text}`);
          expect(new ScannedText(scanner, text).range(start, end).map((m) => `${m.start}-${m.end}:${m.text}`)).toEqual(alone);
        }),
        { numRuns: 4000 },
      );
    });
  }

  it("uses the scan of the whole text where the edges allow, and scans the range alone where they do not", () => {
    const scanner = new AliasScanner(ALIASES.map((alias) => ({ alias, value: alias })), { notBefore: "[\\w&$-]", notAfter: "[\\w&-]" });
    const text = "The Nasdaq 100 rose. The Dow fell.";
    const scanned = new ScannedText(scanner, text);
    const second = text.indexOf("The Dow");
    // A clean cut: the very objects of the whole scan.
    expect(scanned.range(second, text.length)).toEqual([scanned.matches[1]]);
    expect(scanned.range(second, text.length)[0]).toBe(scanned.matches[1]);
    // Cut inside "Nasdaq 100": alone, the range holds "Nasdaq".
    const cut = text.indexOf(" 100");
    expect(scanned.range(0, cut).map((m) => m.text)).toEqual(["Nasdaq"]);
  });
});
