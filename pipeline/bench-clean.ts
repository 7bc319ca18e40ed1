// `tsx pipeline/bench-clean.ts [DIR|FILES...]`: time of the clean stage alone on HTML pages, one core
// (npm run bench prints the synthetic 500 KB figure too).
// Prints ms per page for every page of 400 KB or more (median of several runs after warm-up) and the
// time per 500 KB over all pages. Without arguments it times a synthetic 500 KB news page.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../schemas/record.ts";
import { cleanHtml } from "./clean-html.ts";
import { readBytes } from "./read.ts";
import { isScript } from "./script.ts";

const RUNS = 7;
const WARMUP = 2;
const LARGE = 400_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export interface Timing {
  wall: number;
  /** CPU time of this process (user + system): what the page costs when the machine is shared. */
  cpu: number;
}

export function timeClean(html: string): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const diagnostics: Diagnostic[] = [];
    const startCpu = process.cpuUsage();
    const start = performance.now();
    try {
      cleanHtml(html, diagnostics);
    } catch {
      // a page without a body still costs its parse
    }
    const used = process.cpuUsage(startCpu);
    if (i >= WARMUP) {
      wall.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export const show = (t: Timing) => `${t.wall.toFixed(1).padStart(6)} ms wall ${t.cpu.toFixed(1).padStart(6)} ms cpu`;

/** A news page of about `size` characters built like real ones: head with styles and JSON-LD, navigation, a
 * story of 60 paragraphs with inline links, ads between paragraphs, related-story cards, comments, a footer,
 * and script state filling the rest (most bytes of a real 500 KB page are markup and script, not text). */
export function syntheticPage(size: number): string {
  const paragraph = (i: number) =>
    `<p>Paragraph ${i} of the story, in which the <a href="/q/${i}">index</a> rose ${i % 7}.${i % 10}% as traders weighed the outlook for rates, earnings and the economy, according to analysts at several firms.</p>`;
  const card = (i: number) =>
    `<div class="card teaser"><a href="/s/${i}"><img src="/i/${i}.jpg" alt=""><h3>Related headline number ${i}</h3></a><span class="meta">2 hours ago</span></div>`;
  const head = `<!doctype html><html><head><title>Markets today | Example News</title><style>${".c{color:red}".repeat(2000)}</style>` +
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Markets today","datePublished":"2026-01-05"}</script></head>`;
  const nav = `<body><header><nav>${Array.from({ length: 60 }, (_, i) => `<a href="/section/${i}">Section ${i}</a>`).join("")}</nav></header>`;
  const story = Array.from({ length: 60 }, (_, i) => paragraph(i) + (i % 6 === 5 ? `<div class="ad-slot" id="ad-${i}"></div>` : "")).join("");
  const related = `<aside class="related">${Array.from({ length: 120 }, (_, i) => card(i)).join("")}</aside>`;
  const comments = `<div id="comments">${Array.from({ length: 40 }, (_, i) => `<div class="comment"><p>Reader comment ${i}: I disagree with this take on rates.</p></div>`).join("")}</div>`;
  const page = `${head}${nav}<main><article><h1>Markets today</h1>${story}</article>${related}</main>${comments}<footer>© 2026 Example News</footer>`;
  const state = `<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 25_000 }, (_, i) => ({ id: i, title: `Item ${i}` })) })}</script>`;
  const filler = size - page.length - "</body></html>".length;
  return `${page}${filler > 0 ? state.slice(0, Math.max(0, filler - 9)) + "</script>" : ""}</body></html>`;
}

function pagesOf(args: string[]): string[] {
  return args.flatMap((arg) =>
    statSync(arg).isDirectory()
      ? readdirSync(arg).filter((name) => /\.html?(\.gz)?$/.test(name)).sort().map((name) => join(arg, name))
      : [arg],
  );
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    const html = syntheticPage(500_000);
    console.log(`synthetic page of ${(html.length / 1000).toFixed(0)} KB: ${show(timeClean(html))} (median of ${RUNS} runs)`);
    return;
  }
  let wallMs = 0;
  let cpuMs = 0;
  let totalChars = 0;
  for (const path of pagesOf(args)) {
    const html = readBytes(path, readFileSync(path), []).raw;
    const timing = timeClean(html);
    wallMs += timing.wall;
    cpuMs += timing.cpu;
    totalChars += html.length;
    if (html.length >= LARGE) console.log(`${(html.length / 1000).toFixed(0).padStart(5)} KB ${show(timing)}  ${path}`);
  }
  const per500 = (ms: number) => ((ms / totalChars) * 500_000).toFixed(1);
  console.log(`all pages: ${(totalChars / 1e6).toFixed(1)} M characters; per 500 KB: ${per500(wallMs)} ms wall, ${per500(cpuMs)} ms cpu`);
}

// Run as a script; imported by npm run bench for its 500 KB figure.
if (isScript(import.meta.url)) main();
