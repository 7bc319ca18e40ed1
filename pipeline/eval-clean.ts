// `npm run eval:clean -- DIR`: how well the clean stage recovers article bodies from raw HTML pages, by the
// article-extraction benchmark's metric (pipeline/clean-metric.ts).
// Layouts: DIR/ground-truth.json + DIR/html/<id>.html(.gz) (the public benchmark), or DIR/html/<name>.html
// against DIR/articles/<name>.md (the body after the markdown's Info header; the market wraps).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../schemas/record.ts";
import { clean } from "./clean.ts";
import { pageCounts, pagePrecision, pageRecall, scorePages, shingles, type PageCounts } from "./clean-metric.ts";
import { InputError } from "./document.ts";
import { readBytes } from "./read.ts";
import { isScript } from "./script.ts";

interface Case {
  id: string;
  path: string;
  truth: string;
}

interface Outcome extends Case {
  predicted: string;
  counts: PageCounts;
  error: string | null;
}

/** The cleaned body of one page ("" when cleaning finds none). */
function bodyOf(path: string): { body: string; error: string | null } {
  const diagnostics: Diagnostic[] = [];
  try {
    const read = readBytes(path, readFileSync(path), diagnostics);
    return { body: clean(read, diagnostics).body, error: null };
  } catch (error) {
    if (error instanceof InputError) return { body: "", error: error.code };
    return { body: "", error: (error as Error).message };
  }
}

function benchmarkCases(dir: string): Case[] {
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<string, { articleBody?: string }>;
  return Object.entries(truth)
    .map(([id, page]) => {
      const path = [".html.gz", ".html"].map((ext) => join(dir, "html", id + ext)).find(existsSync);
      return path ? { id, path, truth: page.articleBody ?? "" } : null;
    })
    .filter((c): c is Case => c !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
}

const MARKDOWN_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;

/** The article text of a market-wrap markdown file: what follows its "## Content" heading (or the Info block). */
export function markdownBody(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  let start = lines.findIndex((line) => /^#{1,6}\s+content\s*$/i.test(line.trim()));
  if (start < 0) {
    const info = lines.findIndex((line) => /^#{1,6}\s+info\s*$/i.test(line.trim()));
    start = info < 0 ? 0 : info + lines.slice(info + 1).findIndex((line) => line.trim() !== "" && !/^\s*[*-]\s/.test(line)) ;
  }
  return lines.slice(start + 1).join("\n").replace(MARKDOWN_LINK, "$1");
}

function wrapCases(dir: string): Case[] {
  return readdirSync(join(dir, "html"))
    .filter((name) => /\.html?(\.gz)?$/.test(name))
    .sort()
    .map((name) => {
      const base = name.replace(/\.html?(\.gz)?$/, "");
      const md = join(dir, "articles", `${base}.md`);
      return existsSync(md) ? { id: base, path: join(dir, "html", name), truth: markdownBody(readFileSync(md, "utf8")) } : null;
    })
    .filter((c): c is Case => c !== null);
}

/** Every text the page holds (markup, scripts and JSON included), for telling whether the page holds the reference story at all. */
function wholePageText(path: string): string {
  const read = readBytes(path, readFileSync(path), []);
  return read.raw.replace(/\\u003c|\\u003e|\\n|\\"/g, " ").replace(/<[^>]*>/g, " ").replace(/&[a-z#0-9]+;/gi, " ");
}

/** Share of the reference's 4-grams that occur anywhere in the page: below this the page is another version of the story. */
const SAME_VERSION_MIN_SHARE = 0.9;

function referenceShareInPage(truth: string, page: string): number {
  const want = shingles(truth);
  const have = shingles(page);
  let total = 0;
  let found = 0;
  for (const [key, count] of want) {
    total += count;
    found += Math.min(count, have.get(key) ?? 0);
  }
  return total === 0 ? 1 : found / total;
}

const f3 = (x: number) => x.toFixed(3);

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("-"));
  const worst = Number(args.find((a) => a.startsWith("--worst="))?.slice(8) ?? 10);
  if (!dir) {
    console.error("usage: npm run eval:clean -- DIR [--worst=N]\n  DIR: ground-truth.json + html/, or html/ + articles/ (market wraps)");
    process.exit(2);
  }
  const isBenchmark = existsSync(join(dir, "ground-truth.json"));
  let cases = isBenchmark ? benchmarkCases(dir) : wrapCases(dir);
  if (cases.length === 0) {
    console.error(`no pages with a reference text in ${dir}`);
    process.exit(2);
  }
  if (!isBenchmark) {
    const otherVersions: string[] = [];
    let lowestShare = 1;
    cases = cases.filter((c) => {
      const share = referenceShareInPage(c.truth, wholePageText(c.path));
      if (share >= SAME_VERSION_MIN_SHARE) {
        lowestShare = Math.min(lowestShare, share);
        return true;
      }
      otherVersions.push(`  ${c.id}  (${(share * 100).toFixed(0)}% of the markdown's 4-grams are anywhere in the page)`);
      return false;
    });
    if (otherVersions.length > 0) console.log(`${otherVersions.length} pages are another version of the story than the markdown, not scored:\n${otherVersions.join("\n")}\n`);
    console.log(`${cases.length} pages hold the markdown's story (at least ${(lowestShare * 100).toFixed(1)}% of its 4-grams somewhere in the page); scored`);
  }
  const started = performance.now();
  const outcomes: Outcome[] = cases.map((c) => {
    const { body, error } = bodyOf(c.path);
    return { ...c, predicted: body, counts: pageCounts(c.truth, body), error };
  });
  const ms = performance.now() - started;
  const scores = scorePages(outcomes.map((o) => o.counts));
  console.log(`${scores.pages} pages, cleaned in ${(ms / 1000).toFixed(2)} s`);
  console.log(`precision ${f3(scores.precision)}  recall ${f3(scores.recall)}  F1 ${f3(scores.f1)}  exact-match accuracy ${f3(scores.accuracy)}`);
  const errors = outcomes.filter((o) => o.error);
  if (errors.length > 0) console.log(`errors: ${errors.map((o) => `${o.id.slice(0, 16)} ${o.error}`).join(", ")}`);
  const ranked = [...outcomes].sort((a, b) => f1Of(a.counts) - f1Of(b.counts));
  console.log(`\nworst ${Math.min(worst, ranked.length)} pages (precision, recall, id):`);
  for (const o of ranked.slice(0, worst)) console.log(`  ${f3(pagePrecision(o.counts))}  ${f3(pageRecall(o.counts))}  ${o.id}`);
}

function f1Of(c: PageCounts): number {
  const p = pagePrecision(c);
  const r = pageRecall(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

if (isScript(import.meta.url)) main();
