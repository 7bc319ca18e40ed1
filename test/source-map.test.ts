// evidence.source: every fact traced back to the decoded input (pipeline/source-map.ts), on inputs written here.
import { describe, expect, it } from "vitest";
import { processBytes } from "../pipeline/pipeline.ts";
import { locateInSource, segmentsInBody, traceInOrder } from "../pipeline/source-map.ts";
import type { KnowledgeRecord } from "../schemas/record.ts";

const MARKDOWN = [
  "---",
  "title: Small caps lead a broad rebound",
  "date: 2025-03-04",
  "---",
  "",
  "# Small caps lead a broad rebound",
  "",
  "By Dana Whitfield",
  "",
  "Share this article",
  "",
  "The **Russell 2000** jumped 2.4% on Tuesday as traders piled back into [domestic](https://example.com/a) companies,",
  "while the *S&P 500* gained 1.1% and the Nasdaq 100 added 0.9%.",
  "",
  "| Index | Close |",
  "|---|---|",
  "| Russell 2000 | 2,210 |",
  "",
  "* The yield on 10-year Treasuries fell 6 basis points to 4.12%.",
  "",
  "“The rotation has legs as long as rates keep easing,” said Mara Lindqvist, chief strategist at Northgate Advisors.",
  "",
  "Sign up for our morning briefing",
].join("\r\n");

const HTML = `<!doctype html><html><head><title>Gold climbs | Metals Desk</title>
<link rel="canonical" href="https://news.example.com/metals/gold-climbs">
<meta property="article:modified_time" content="2025-03-05T09:30:00Z"></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Gold climbs</h1>
<p>Gold rose 1.8% to $2,944 an ounce on Wednesday, extending its record run as investors sought havens from tariff threats.</p>
<p>Silver gained 2.6% and &ldquo;platinum&rdquo; edged up 0.4%, while the <a href="/q/dxy">dollar index</a> slipped 0.3%.</p>
<p>&ldquo;Central banks are still buying every dip,&rdquo; said Tomas Avery, head of commodities at Ridgeway Capital.</p>
</article><footer>© 2025 Metals Desk</footer></body></html>`;

function run(name: string, text: string): { record: KnowledgeRecord; raw: string } {
  const record = processBytes(name, new TextEncoder().encode(text));
  if (record.schema !== "news-signal/record@1") throw new Error(`no record: ${JSON.stringify(record)}`);
  return { record, raw: text };
}

/** The evidence's words appear in the source slice, in order. */
function wordsInOrder(slice: string, evidence: string): boolean {
  let cursor = 0;
  for (const word of evidence.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const at = slice.indexOf(word, cursor);
    if (at < 0) return false;
    cursor = at + word.length;
  }
  return true;
}

describe("evidence.source on text and markdown input", () => {
  const { record, raw } = run("small-caps.md", MARKDOWN);

  it("gives every fact a source range whose slice of the input holds the evidence words", () => {
    expect(record.facts.length).toBeGreaterThanOrEqual(4);
    for (const fact of record.facts) {
      const source = fact.evidence.source;
      expect(source, fact.id).toBeDefined();
      const slice = raw.slice(source!.start, source!.end);
      expect(wordsInOrder(slice, fact.evidence.text), `${fact.id}: ${slice}`).toBe(true);
      expect(slice.length).toBeLessThan(fact.evidence.text.length * 2 + 20);
    }
  });

  it("is exact where the input states the words verbatim", () => {
    const quote = record.facts.find((f) => f.type === "quote");
    expect(quote).toBeDefined();
    expect(raw.slice(quote!.evidence.source!.start, quote!.evidence.source!.end)).toBe(quote!.evidence.text);
  });

  it("spans the markdown syntax between the words where the body dropped it", () => {
    const russell = record.facts.find((f) => f.type === "market_move" && f.evidence.text.includes("Russell 2000"));
    expect(russell).toBeDefined();
    const slice = raw.slice(russell!.evidence.source!.start, russell!.evidence.source!.end);
    expect(slice).toContain("**Russell 2000**");
  });
});

describe("evidence.source on HTML input", () => {
  const { record, raw } = run("gold.html", HTML);

  it("points into the markup that holds the words", () => {
    expect(record.facts.length).toBeGreaterThanOrEqual(3);
    for (const fact of record.facts) {
      const source = fact.evidence.source!;
      expect(wordsInOrder(raw.slice(source.start, source.end), fact.evidence.text), fact.id).toBe(true);
    }
  });

  it("reads the canonical URL and the modified date", () => {
    expect(record.article.url).toBe("https://news.example.com/metals/gold-climbs");
    expect(record.article.modifiedAt).toBe("2025-03-05T09:30:00Z");
  });
});

describe("source-map helpers", () => {
  it("finds each unit in the body in order and narrows to the exact text when the input holds it", () => {
    const raw = "xx Alpha beta.\nGamma *delta* epsilon.";
    const body = "Alpha beta.\n\nGamma delta epsilon.";
    const segments = segmentsInBody(body, [
      { text: "Alpha beta.", source: { start: 3, end: 14 } },
      { text: "Gamma delta epsilon.", source: { start: 15, end: 37 } },
    ]);
    expect(segments.map((s) => [s.bodyStart, s.bodyEnd])).toEqual([[0, 11], [13, 33]]);
    expect(locateInSource(body, raw, segments, 0, 5)).toEqual({ start: 3, end: 8 });
    const delta = locateInSource(body, raw, segments, 13, 24)!;
    expect(raw.slice(delta.start, delta.end)).toBe("Gamma *delta");
  });

  it("traces paragraphs inside a script in order and leaves unknown text untraced", () => {
    const raw = `<script>{"articleBody":"First line here.\\nSecond line, with \\"quotes\\"."}</script>`;
    const ranges = traceInOrder(raw, { start: 0, end: raw.length }, ["First line here.", "Second line, with “quotes”.", "Not there"]);
    expect(raw.slice(ranges[0]!.start, ranges[0]!.end)).toBe("First line here");
    expect(raw.slice(ranges[1]!.start, ranges[1]!.end)).toBe('Second line, with \\"quotes');
    expect(ranges[2]).toBeNull();
  });
});
