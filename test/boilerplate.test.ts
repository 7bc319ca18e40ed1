import { describe, expect, it } from "vitest";
import { CHROME_PATTERNS } from "../extractors/boilerplate.ts";

// A chrome pattern's `needs` and `endsWith` let the cleaner skip it on lines without any of those texts or that end
// otherwise, so every line the pattern matches must pass them. Each pattern with either has lines here it matches.
const MATCHED_LINES = [
  "Write to Jane Roe at jroe@example.com",
  "press@example.org",
  "For the full table of holdings, click here",
  "Click to enlarge",
  "Remember to tune in to our weekly markets podcast",
  "Readers can still download our free report on regional lenders",
  "This analysis was published exclusively on Example Markets",
  "Value Rating: ★★★☆☆",
  "The exchange floor on Monday (Photo by Jane Roe)",
  "Image credit: Example Studio",
  "NYSE:XMPL Revenue History as of March 2024",
  "Markets wobble as yields climb [VIDEO]",
  "Oil slides on supply worries [ANALYSIS] |",
  "The exchange floor on Monday (Photo by Jane Roe)  ",
  "Tel: +1 212 555 0100",
  "Jane Roe, +44 20 7946 0000 or jroe@example.com",
  "Traders on the floor of the exchange via Getty Images",
  "Brokers at work/Reuters",
  "Traders watch the screens/Bloomberg",
  "Lending by region, 2020-2024 (Source: Example Data)",
];

const filtered = CHROME_PATTERNS.filter((p) => p.needs || p.endsWith);
const passes = ({ needs, endsWith }: (typeof CHROME_PATTERNS)[number], line: string) =>
  (!needs || needs.test(line)) && (endsWith === undefined || endsWith.includes(line.trimEnd().slice(-1)));

describe("chrome patterns' needs and endings", () => {
  it("are tested without state (no g or y flag)", () => {
    for (const { needs } of filtered) expect(needs?.global || needs?.sticky || false).toBe(false);
  });

  it.each(MATCHED_LINES)("%s", (line) => {
    const matching = filtered.filter(({ pattern, maxChars }) => (maxChars === undefined || line.length <= maxChars) && pattern.test(line));
    expect(matching.length).toBeGreaterThan(0);
    for (const p of matching) expect(passes(p, line), `${p.pattern.source} matched but its needs or ending rule it out`).toBe(true);
  });

  it("every pattern with needs or an ending matches one of the lines above", () => {
    const unmatched = filtered.filter(({ pattern }) => !MATCHED_LINES.some((line) => pattern.test(line))).map((p) => p.pattern.source);
    expect(unmatched).toEqual([]);
  });
});
