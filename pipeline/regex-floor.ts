// The regex-only floor: a fixed set of plain, linear regexes that any rule-based scan of market news needs at
// the least (numbers with units, percentages, money, capitalised names, quote marks, dates, movement verbs),
// run over the same decoded text as the pipeline. The benchmark divides the pipeline's time by this one's.
const FLOOR_PATTERNS: readonly RegExp[] = [
  /\d[\d,.]*\s?(?:percent|percentage points?|basis points?|bps?|points?|billion|million|trillion|bn|mln)\b/gi,
  /[-+]?\d+(?:\.\d+)?\s?%/g,
  /[$€£¥]\s?\d[\d,.]*(?:\s?(?:billion|million|trillion|bn|m|k)\b)?/gi,
  /\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)+/g,
  /[“”"‘’«»]/g,
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/g,
  /\b(?:rose|fell|jumped|slid|gained|lost|climbed|dropped|rallied|slumped|advanced|declined|surged|tumbled)\b/gi,
];

/** Runs every floor pattern over the text; returns the match count (so the work cannot be optimised away). */
export function regexFloorScan(text: string): number {
  let matches = 0;
  for (const pattern of FLOOR_PATTERNS) {
    pattern.lastIndex = 0;
    while (pattern.exec(text) !== null) matches++;
  }
  return matches;
}
