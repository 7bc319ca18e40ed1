// npm run check:hostile -- [--small N] [--large N] [--limit MS]
// Looks for paths of the pipeline whose time grows faster than the input: each token below (and pairs of them) is
// repeated into one paragraph of --small and of --large characters, and both run through the whole pipeline in
// this thread. A linear path takes large/small times as long; the sweep lists every token whose ratio is well above
// that, or whose large paragraph takes more than --limit ms, in one timing and again in the best of three. Runs for
// several minutes; not part of `npm test` (the cases it found are, in test/hostile.test.ts).
import { parseArgs } from "node:util";
import { runTask } from "./task.ts";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    small: { type: "string", default: "50000" },
    large: { type: "string", default: "200000" },
    limit: { type: "string", default: "1500" },
  },
});

/** Words, marks and phrases that the cleaner's and extractors' patterns look for, with the joins between them. */
const TOKENS = [
  "Chief Executive Officer ", "Jo Park of ", "Goldman Sachs ", "A ", "The S&P 500 ", "0.4% ", "$5 billion ", "said ",
  '"Quote," ', "rose 2% ", "Fund ", "ETF ", "Ltd. ", "U.S. ", "1,234.5 ", "( ", "the ", "and ", "analysts ", "— ",
  "iShares ", "shares of ", "short interest ", "of float ", "Mr. ", "Dr. Jo ", "at ", "chief strategist at ", "Jo Park, ",
  "in the past five sessions ", "since March ", "up ", "to ", "a record ", "inflows of $2 billion ", "assets of ",
  "'", "“", "”", ", ", ". ", "\n", "Inc. ", "A.B. ", "strategists at Fir ", "led by ", "according to ", "X's ",
  "points, or 0.3%, ", "1.2 percentage points ", "basis points ", "yen ", "JPMorgan Chase & Co. ", "of the ", "Fed ",
  "Vice President ", "President and ", "CEO ", "Sen. ", "who ", "which ", "week ", "Monday ", "2024 ", "Q3 ", "%",
  "$", "-", "*", "#", "<b>", "&amp; ", "http://x.co/a ", "@", "Copyright ", "Photo: ", "Published ", "By ",
  "website: http://x.co ", "www.", ":", "Connect with us ", "on ", "Avatar ", "(Bloomberg) — ", "Most read from ",
  "|", "•", "Tel: +1 212 555 0100 ", "Figure 1: ", "(Photo: ", "Read more ", "**", "_", "`", "[", "](", "> ", "# ", "1. ",
  "- ", "Source: ", "Reporting by ", "Tags: ", "(c) ", "1140ET ", "March 3, 2025 ", "—", "--", "...", "…", "\t", "  ",
  "\u00a0", "é", "中", "😀", "a@b.co ", "Fir Capital's ", "Fir Capital ", "strategists ", "the analysts ", "it said ",
  "Harlow Securities analyst Dana Sobel ", "over the five days through Friday ", "this year ", "net asset value of ",
  "short sellers ", "percent ", "bps ", "1.5% of shares outstanding ", "SPDR S&P 500 ETF Trust ", "IWM ", "($SPY) ",
  "to a record high of ", "respectively ", "fell 2.2% and 0.5%, ", "(", ")", '"', "“Quote”", "‘", "’s ",
];
const units = [...TOKENS];
for (let i = 0; i < 80; i++) units.push(TOKENS[(i * 7) % TOKENS.length]! + TOKENS[(i * 13 + 5) % TOKENS.length]!);

const SETTINGS = { maxBytes: 50_000_000, timeoutMs: 60_000, pretty: false, stageTimes: false };

async function timeOf(text: string): Promise<{ ms: number; outcome: string }> {
  const start = performance.now();
  const result = await runTask({ seq: 0, input: { path: "sweep.txt", bytes: new TextEncoder().encode(text), format: "text" } }, SETTINGS);
  return { ms: performance.now() - start, outcome: result.errorCode ?? "record" };
}

function paragraphOf(unit: string, chars: number): string {
  return `Stocks rose on Monday.\n\n${unit.repeat(Math.ceil(chars / unit.length))} said Jo Park.\n\n"We expect cuts," she said.\n`;
}

async function main(): Promise<void> {
  const small = Number(values.small);
  const large = Number(values.large);
  const limit = Number(values.limit);
  const linear = large / small;
  await timeOf("The S&P 500 rose 1% on Monday."); // loads and compiles before the first timing
  let flagged = 0;
  let cleared = 0;
  // Below ~50 ms the ratio is timer and garbage-collection noise.
  const grewTooFast = (smallMs: number, largeMs: number) => largeMs > limit || (largeMs / Math.max(smallMs, 1) > 2 * linear && largeMs > 50);
  for (const unit of units) {
    const a = await timeOf(paragraphOf(unit, small));
    const b = await timeOf(paragraphOf(unit, large));
    if (!grewTooFast(a.ms, b.ms)) continue;
    // One timing can catch a collection or a late compile in either run. A unit is listed only if the best of
    // three timings of each size still crosses the same thresholds.
    let bestSmall = a.ms;
    let bestLarge = b.ms;
    for (let again = 0; again < 2; again++) {
      bestSmall = Math.min(bestSmall, (await timeOf(paragraphOf(unit, small))).ms);
      bestLarge = Math.min(bestLarge, (await timeOf(paragraphOf(unit, large))).ms);
    }
    const confirmed = grewTooFast(bestSmall, bestLarge);
    if (confirmed) flagged++;
    else cleared++;
    console.log(
      `${JSON.stringify(unit)}: ${a.ms.toFixed(0)} ms → ${b.ms.toFixed(0)} ms (×${(b.ms / Math.max(a.ms, 1)).toFixed(1)}, linear ×${linear.toFixed(1)}), ${b.outcome}; ` +
        `best of 3: ${bestSmall.toFixed(0)} ms → ${bestLarge.toFixed(0)} ms (×${(bestLarge / Math.max(bestSmall, 1)).toFixed(1)}), ${confirmed ? "LISTED" : "noise"}`,
    );
  }
  console.log(
    `${units.length} repeated units, ${small} and ${large} characters: ${flagged} grew faster than linear or past ${limit} ms ` +
      `(${cleared} more did in one timing but not in the best of three)`,
  );
  process.exitCode = flagged > 0 ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 2;
});
