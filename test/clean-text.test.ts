// The text/markdown cleaner on small fixtures written for these tests (no ../shared).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../schemas/record.ts";
import { InputError } from "../pipeline/document.ts";
import { cleanText, unwrapMarked } from "../pipeline/clean-text.ts";
import { comparable, hasComparableKey, MAYBE_CJK, normaliseDate, publisherFromCopyright, wordCount } from "../pipeline/clean-shared.ts";

const SCRAPED_WIRE_STORY = [
  "Connect with us",
  "",
  "Markets",
  "",
  "Copper traders brace for a tight spring as smelters slow",
  "",
  "Avatar",
  "",
  "Published",
  "",
  "on",
  "",
  "Copper traders brace for a tight spring as smelters slow",
  "",
  "(Bloomberg) — Copper buyers are paying up for nearby metal as several smelters in Chile trim output, leaving warehouses thinner than at any point this decade.",
  "",
  "Most read from Bloomberg",
  "",
  "Benchmark futures in London climbed 2.1% to $9,870 a ton on Tuesday, the steepest gain in six weeks, while the spread between cash and three-month contracts widened.",
  "",
  "Share this article",
  "",
  "“We have not seen a squeeze like this since the winter of 2021,” said Priya Ramesh, head of metals research at Harbor Lane Capital.",
  "",
  "–With help from Tomas Kovac and Ines Duarte.",
  "",
  "(Updates with closing prices in the second paragraph.)",
  "",
  "Most read from Bloomberg Businessweek",
  "",
  "©2025 Bloomberg L.P.",
].join("\n");

const MARKET_WRAP_MARKDOWN = `# Bonds Slip as Traders Pare Bets: Markets Wrap

## Info

*   **Headline**: Bonds Slip as Traders Pare Bets: Markets Wrap
*   **Published**: 2023-03-09
*   **Author**: Mara Lindqvist, Joel Okafor
*   **Source**: [bonds-slip](https://example.com/news/bonds-slip)
## Content

Treasuries fell for a third day as traders pared bets on an early rate cut, pushing the two-year yield to its highest level in a month.

### Stocks

*   The Dow Jones Industrial Average slipped 0.7% as of 4 p.m. New York time
*   The **Russell 2000** slipped 0.9%

- The [Stoxx Europe 600](https://example.com/sxxp) was little changed
`;

const NEWS_SAMPLE_MARKDOWN = `---
title: "Refiners rally on wider margins"
date: 2025-02-11
author: Dana Whitfield
---

# Refiners rally on wider margins

Published: 2025-02-11 14:05:00

![refinery](https://example.com/img/refinery.jpg)

Shares of independent refiners rose on Tuesday after crack spreads widened to a four-month high, according to exchange data compiled by the desk.

| Ticker | Change |
| --- | --- |
| AAA | 3.1% |

\`\`\`
var tracking = true;
\`\`\`

Analysts at Northgate Research said the move reflects tighter diesel inventories across the Gulf Coast.

Read more: Why diesel is the tightest fuel market

https://example.com/newsletter

[example-news](https://example.com/story/refiners)
`;

function clean(raw: string) {
  const diagnostics: Diagnostic[] = [];
  return { article: cleanText(raw, diagnostics), diagnostics };
}

describe("cleanText on a scraped wire story", () => {
  const { article } = clean(SCRAPED_WIRE_STORY);

  it("reads the metadata the page states", () => {
    expect(article.headline).toBe("Copper traders brace for a tight spring as smelters slow");
    expect(article.section).toBe("Markets");
    expect(article.dateline).toBe("(Bloomberg)");
    expect(article.publisher).toBe("Bloomberg");
    expect(article.publishedAt).toBeNull();
    expect(article.contributors).toEqual(["Tomas Kovac", "Ines Duarte"]);
    expect(article.notes).toEqual(["(Updates with closing prices in the second paragraph.)"]);
  });

  it("keeps only the story in the body", () => {
    expect(article.body.startsWith("Copper buyers are paying up")).toBe(true);
    expect(article.body.endsWith("head of metals research at Harbor Lane Capital.")).toBe(true);
    expect(article.body.split("\n\n")).toHaveLength(3);
    for (const chrome of ["Connect with us", "Avatar", "Most read", "Share this", "©", "With help", "Bloomberg) —"]) {
      expect(article.body).not.toContain(chrome);
    }
  });

  it("lists every removal in order with its reason", () => {
    expect(article.removed.map((r) => [r.text, r.reason])).toEqual([
      ["Connect with us", "chrome"],
      ["Markets", "chrome"],
      ["Copper traders brace for a tight spring as smelters slow", "metadata"],
      ["Avatar", "chrome"],
      ["Published", "chrome"],
      ["on", "chrome"],
      ["Copper traders brace for a tight spring as smelters slow", "headline-repeat"],
      ["(Bloomberg) —", "dateline"],
      ["Most read from Bloomberg", "most-read"],
      ["Share this article", "chrome"],
      ["–With help from Tomas Kovac and Ines Duarte.", "contributors"],
      ["(Updates with closing prices in the second paragraph.)", "editor-note"],
      ["Most read from Bloomberg Businessweek", "most-read"],
      ["©2025 Bloomberg L.P.", "copyright"],
    ]);
  });
});

describe("cleanText datelines, bylines and dates", () => {
  it("reads a Reuters dateline with place and date, and a byline", () => {
    const { article } = clean(
      "Grain exporters shift cargoes toward Asia\n\nBy Lena Hart and Omar Siddiqui\n\nCHICAGO, March 4 (Reuters) - Wheat futures rose for a fourth session on Tuesday as exporters redirected cargoes toward buyers in Southeast Asia, traders said.\n\nAll rights reserved.",
    );
    expect(article.dateline).toBe("CHICAGO, March 4 (Reuters)");
    expect(article.publisher).toBe("Reuters");
    expect(article.authors).toEqual(["Lena Hart", "Omar Siddiqui"]);
    expect(article.body.startsWith("Wheat futures rose")).toBe(true);
    expect(article.removed.map((r) => r.reason)).toEqual(["metadata", "byline", "dateline", "copyright"]);
  });

  it("reads an AP dateline and a Published line", () => {
    const { article } = clean(
      "Published: 2025-02-07 10:31:00\n\nLONDON (AP) — The pound slipped against the dollar on Friday after weaker retail figures surprised economists.",
    );
    expect(article.publishedAt).toBe("2025-02-07T10:31:00");
    expect(article.dateline).toBe("LONDON (AP)");
    expect(article.publisher).toBe("Associated Press");
    expect(article.body).toBe("The pound slipped against the dollar on Friday after weaker retail figures surprised economists.");
  });

  it("normalises stated dates and never invents one", () => {
    expect(normaliseDate("March 4, 2025")).toBe("2025-03-04");
    expect(normaliseDate("4 Mar 2025")).toBe("2025-03-04");
    expect(normaliseDate("2022-07-05T22:30:24Z")).toBe("2022-07-05T22:30:24Z");
    expect(normaliseDate("last Tuesday")).toBeNull();
  });

  it("reads the publisher from a copyright line", () => {
    expect(publisherFromCopyright("©2024 BloombergLP")).toBe("Bloomberg");
    expect(publisherFromCopyright("Copyright (c) 2019 Dow Jones & Company, Inc.")).toBe("Dow Jones");
  });
});

describe("cleanText on markdown", () => {
  it("reads a market-wrap Info header as metadata and keeps headings and lists", () => {
    const { article } = clean(MARKET_WRAP_MARKDOWN);
    expect(article.headline).toBe("Bonds Slip as Traders Pare Bets: Markets Wrap");
    expect(article.publishedAt).toBe("2023-03-09");
    expect(article.authors).toEqual(["Mara Lindqvist", "Joel Okafor"]);
    expect(article.body).toBe(
      "Treasuries fell for a third day as traders pared bets on an early rate cut, pushing the two-year yield to its highest level in a month.\n\n" +
        "Stocks\n\n" +
        "* The Dow Jones Industrial Average slipped 0.7% as of 4 p.m. New York time\n* The Russell 2000 slipped 0.9%\n* The Stoxx Europe 600 was little changed",
    );
    expect(article.removed.every((r) => r.reason === "metadata")).toBe(true);
    expect(article.removed.map((r) => r.text)).toContain("Author: Mara Lindqvist, Joel Okafor");
  });

  it("drops front matter, tables, code, images, promo lines and link lines", () => {
    const { article, diagnostics } = clean(NEWS_SAMPLE_MARKDOWN);
    expect(article.headline).toBe("Refiners rally on wider margins");
    expect(article.publishedAt).toBe("2025-02-11");
    expect(article.authors).toEqual(["Dana Whitfield"]);
    expect(article.body.split("\n\n")).toHaveLength(2);
    expect(article.body.startsWith("Shares of independent refiners")).toBe(true);
    expect(article.body.endsWith("across the Gulf Coast.")).toBe(true);
    for (const chrome of ["|", "tracking", "http", "Read more", "example-news", "!["]) expect(article.body).not.toContain(chrome);
    const reasons = article.removed.map((r) => r.reason);
    expect(reasons).toEqual(["metadata", "headline-repeat", "metadata", "chrome", "table", "code", "related-links", "promo", "related-links"]);
    expect(diagnostics.some((d) => d.rule === "clean.table-removed")).toBe(true);
    expect(diagnostics.some((d) => d.rule === "clean.short-body")).toBe(true);
  });

  it("normalises whitespace, NBSP and bullets", () => {
    const { article } = clean("Rates  desks\u00A0were busy on Monday as   auctions loomed over the week ahead.  \n\n+ first item\n+ second\u00A0item\n");
    expect(article.body).toBe("Rates desks were busy on Monday as auctions loomed over the week ahead.\n\n* first item\n* second item");
  });
});

describe("cleanText failures and fallbacks", () => {
  it("throws NO_BODY when only chrome is left", () => {
    expect(() => clean("Share\n\nSubscribe\n\n©2025 Example Media")).toThrow(InputError);
    try {
      clean("Share\n\nAdvertisement");
    } catch (error) {
      expect((error as InputError).code).toBe("NO_BODY");
    }
  });

  it("keeps a lone title-like line as the body rather than failing", () => {
    const { article, diagnostics } = clean("Oil edges higher in quiet Asian trading");
    expect(article.body).toBe("Oil edges higher in quiet Asian trading");
    expect(diagnostics.map((d) => d.rule)).toContain("clean.text-fallback");
  });

  it("is deterministic", () => {
    expect(clean(SCRAPED_WIRE_STORY).article).toEqual(clean(SCRAPED_WIRE_STORY).article);
  });
});

describe("cleanText on promo, widget and press-release lines", () => {
  const STORY = [
    "Lumen Freight rallies as volumes recover",
    "",
    "Updated: March 3, 2025",
    "",
    "Lumen Freight shares rose 6% on Monday after the trucking company said January volumes beat its own forecast, the first upside surprise in a year.",
    "",
    "Average Trading Volume: 1,204,331",
    "",
    "Technical Sentiment Consensus Rating: Buy",
    "",
    "Find detailed analytics on LMFR stock on our Stock Analysis page.",
    "",
    "Want the full picture? Then our free report on Lumen Freight will help you see what analysts expect.",
    "",
    "Maximise your returns with our data-driven tools:",
    "",
    "* Monitor your stock picks with our portfolio tool",
    "* Uncover top performers with our screener",
    "",
    "Freight brokers said spot rates firmed in the second half of the month, helped by a cold snap that tightened capacity in the Midwest.",
    "",
    "For a full report, click on",
    "",
    "More Top Stories",
    "",
    "* Rail operator cuts outlook",
    "* Port strike talks resume",
    "",
    "Write to Jo Park at jo.park@example.com; @jopark",
    "",
    "This content was created by Example Wire, which is operated by Example Media.",
    "",
    "Media Contact:",
    "Sam Lee",
    "+1 212 555 0199",
    "press@lumenfreight.example",
  ].join("\n");

  const { article } = clean(STORY);

  it("keeps only the story paragraphs", () => {
    expect(article.body.split("\n\n")).toEqual([
      "Lumen Freight shares rose 6% on Monday after the trucking company said January volumes beat its own forecast, the first upside surprise in a year.",
      "Freight brokers said spot rates firmed in the second half of the month, helped by a cold snap that tightened capacity in the Midwest.",
    ]);
  });

  it("records why each line went", () => {
    const reasons = new Map(article.removed.map((r) => [r.text, r.reason]));
    expect(reasons.get("Average Trading Volume: 1,204,331")).toBe("chrome");
    expect(reasons.get("Find detailed analytics on LMFR stock on our Stock Analysis page.")).toBe("promo");
    expect(reasons.get("Monitor your stock picks with our portfolio tool")).toBe("promo");
    expect(reasons.get("For a full report, click on")).toBe("promo");
    expect(reasons.get("More Top Stories")).toBe("related-links");
    expect(reasons.get("Port strike talks resume")).toBe("related-links");
    expect(reasons.get("Media Contact:")).toBe("boilerplate");
    expect(reasons.get("+1 212 555 0199")).toBe("boilerplate");
    expect(reasons.get("press@lumenfreight.example")).toBe("boilerplate");
  });

  it("cuts a closing offer or call to click off a longer paragraph and keeps the rest", () => {
    const { article: cut } = clean(
      "Harbor Logistics carries net debt of 0.9 times EBITDA, and its earnings rose 12% last year on firmer rates. You can take a look at our free report on its balance sheet here.\n\nMore than 40 stocks hit a 52-week low on Tuesday, including Vale, Rio Tinto and BHP. Click here to view the full list",
    );
    expect(cut.body).toBe(
      "Harbor Logistics carries net debt of 0.9 times EBITDA, and its earnings rose 12% last year on firmer rates.\n\nMore than 40 stocks hit a 52-week low on Tuesday, including Vale, Rio Tinto and BHP.",
    );
    expect(cut.removed.filter((r) => r.reason === "promo").map((r) => r.text)).toEqual([
      "You can take a look at our free report on its balance sheet here.",
      "Click here to view the full list",
    ]);
  });

  it("reads a sign-off as the author and drops star-rating widgets and a lone dateline", () => {
    const { article: signed } = clean(
      "DENVER, Feb. 4, 2025\n\nQuarry Metals said on Tuesday it would buy back 5% of its shares after copper output beat guidance for a third quarter.\n\nValue Rating: ★★★★☆\n\n-Jo Park",
    );
    expect(signed.body).toBe("Quarry Metals said on Tuesday it would buy back 5% of its shares after copper output beat guidance for a third quarter.");
    expect(signed.authors).toEqual(["Jo Park"]);
    expect(signed.removed.map((r) => r.reason)).toEqual(["dateline", "chrome", "byline"]);
  });

  it("reads an Updated line as the modified date", () => {
    expect(article.modifiedAt).toBe("2025-03-03");
  });
});

describe("cleanText metadata headers", () => {
  it("reads front matter dates and URL", () => {
    const { article } = clean(
      "---\ntitle: Copper slips\ndate: 2025-02-03\nupdated: 2025-02-04\nurl: https://example.com/copper-slips\n---\n\nCopper slipped 1.2% in London as Chinese buyers stayed away after the holiday, traders said.",
    );
    expect(article.headline).toBe("Copper slips");
    expect(article.publishedAt).toBe("2025-02-03");
    expect(article.modifiedAt).toBe("2025-02-04");
    expect(article.url).toBe("https://example.com/copper-slips");
  });

  it("reads a markdown link in a Source header line as the URL", () => {
    const { article } = clean(
      "# Copper slips\n\n## Info\n\n*   **Published**: 2025-02-03\n*   **Source**: [copper-slips](https://example.com/news/copper-slips)\n## Content\n\nCopper slipped 1.2% in London as Chinese buyers stayed away after the holiday, traders said.",
    );
    expect(article.url).toBe("https://example.com/news/copper-slips");
    expect(article.publisher).toBeNull();
  });

  it("reads Published and linked Source header lines, and never takes a date for a phone number", () => {
    const { article } = clean(
      "# Copper slips\n\nPublished: 2025-02-03\nSource: [Harbor Wire](https://example.com/harbor)\n\nCopper slipped 1.2% in London as Chinese buyers stayed away after the holiday, traders said.",
    );
    expect(article.publishedAt).toBe("2025-02-03");
    expect(article.publisher).toBe("Harbor Wire");
  });

  it("says when the input holds only a data table", () => {
    try {
      clean("# Closing prices\n\n```\nABC  12.10  +0.4\nDEF  8.75   -0.1\n```\n");
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).code).toBe("NO_BODY");
      expect((error as InputError).message).toContain("only tables or code");
    }
  });
});

describe("wordCount", () => {
  it("counts words, inner punctuation included, and about two CJK characters as a word", () => {
    expect(wordCount("Fir Capital & Co. shares added 3.4% by Friday’s close — a U.S. record")).toBe(12);
    expect(wordCount("Café déjà-vu")).toBe(2);
    expect(wordCount("日本銀行は金利を据え置いた")).toBe(6);
    expect(wordCount(" — … ")).toBe(0);
  });

  it("MAYBE_CJK holds the first UTF-16 unit of every Han, Hiragana, Katakana and Hangul code point", () => {
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      if (cjk.test(s) && !MAYBE_CJK.test(s[0]!)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
    expect(MAYBE_CJK.test("Stocks rose’s — “quoted” … café")).toBe(false);
  });
});

// The headline-repeat check compares a line's comparable key with the headline's without building it for most lines.
describe("hasComparableKey", () => {
  it("agrees with comparing comparable() keys", () => {
    const piece = fc.constantFrom("Stocks", "stocks", "RALLY", "rally", "5", " ", "  ", "—", "’", ":", "-", "é", "É", "Σ", "İ", "Ⅻ", "😀", "\u00a0", "A", "b");
    const line = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(
      fc.property(line, line, fc.boolean(), (text, other, same) => {
        const key = comparable(same ? text.replace(/ /g, " — ") : other);
        expect(hasComparableKey(text, key)).toBe(comparable(text) === key);
      }),
      { numRuns: 5000 },
    );
  });

  it("holds for every BMP character: one that is not a letter or digit has none in its lower case", () => {
    const letterOrDigit = /[\p{L}\p{N}]/u;
    for (let code = 128; code < 0xd800; code++) {
      const c = String.fromCharCode(code);
      if (!letterOrDigit.test(c)) expect(letterOrDigit.test(c.toLowerCase()), c).toBe(false);
    }
    for (let code = 0xe000; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (!letterOrDigit.test(c)) expect(letterOrDigit.test(c.toLowerCase()), c).toBe(false);
    }
  });

  it("finds a headline repeated with other punctuation and case, and nothing else", () => {
    const key = comparable("Small Caps Rally as Traders Rotate");
    expect(hasComparableKey("SMALL CAPS RALLY — AS TRADERS ROTATE!", key)).toBe(true);
    expect(hasComparableKey("Small caps rally as traders rotate out", key)).toBe(false);
    expect(hasComparableKey("Small caps rally as traders rotat", key)).toBe(false);
  });
});

// Bold and strike spans are found without a pattern; they must be what the pattern found.
describe("unwrapMarked", () => {
  const pattern = (max: number) => new RegExp(`(\\*\\*|__)(?=\\S)(.{1,${max}}?)(?<=\\S)\\1`, "g");
  it("agrees with the pattern it replaces", () => {
    const piece = fc.constantFrom("*", "**", "_", "__", "~", " ", "a", "b c", "\n", "\u2028", "\u00a0", "\r", "é");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join("")), fc.constantFrom(1, 3, 10, 10_000), (text, max) => {
        expect(unwrapMarked(text, ["**", "__"], max)).toBe(text.replace(pattern(max), "$2"));
        expect(unwrapMarked(text, ["~~"], max)).toBe(text.replace(new RegExp(`~~(?=\\S)(.{1,${max}}?)(?<=\\S)~~`, "g"), "$1"));
      }),
      { numRuns: 5000 },
    );
  });

  it("is linear on a line of openings with no close", () => {
    const line = "**respectively ".repeat(20_000);
    expect(unwrapMarked(line, ["**", "__"], 10_000)).toBe(line);
  });
});
