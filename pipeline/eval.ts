// npm run eval -- DIR [--errors] [--json]
// Runs the pipeline on every article of DIR that has a label (DIR/labels/*.json; the article at
// DIR/articles/<file> or DIR/<file>) and prints precision, recall and F1 per fact type (pipeline/eval-match.ts).
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { InstrumentKind } from "../schemas/record.ts";
import {
  INSTRUMENT_KINDS,
  parseLabel,
  scoreArticle,
  summarize,
  type ArticleScore,
  type Figures,
  type LabelFile,
  type Ratio,
  type Summary,
} from "./eval-match.ts";
import { processFile } from "./pipeline.ts";
import { evalArgs, isScript, runMain } from "./script.ts";

export interface LabelledArticle {
  labelPath: string;
  articlePath: string;
  label: LabelFile;
}

/** Every label of DIR/labels with the path of its article (DIR/articles/<file> if it exists, else DIR/<file>). */
export async function loadLabels(dir: string): Promise<LabelledArticle[]> {
  const labelDir = join(dir, "labels");
  const names = (await readdir(labelDir)).filter((n) => n.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (name) => {
      const labelPath = join(labelDir, name);
      let label: LabelFile;
      try {
        label = parseLabel(JSON.parse(await readFile(labelPath, "utf8")));
      } catch (error) {
        throw new Error(`${labelPath}: not a label file: ${(error as Error).message}`);
      }
      return { labelPath, articlePath: articlePath(dir, label.file), label };
    }),
  );
}

function articlePath(dir: string, file: string): string {
  const inArticles = join(dir, "articles", file);
  return existsSync(inArticles) ? inArticles : join(dir, file);
}

/** Each labelled article run through the pipeline and scored. */
export async function scoreDir(dir: string): Promise<ArticleScore[]> {
  const scores: ArticleScore[] = [];
  for (const { articlePath, label } of await loadLabels(dir)) {
    scores.push(scoreArticle(await processFile(articlePath), label));
  }
  return scores;
}

export async function evaluateDir(dir: string): Promise<Summary> {
  return summarize(await scoreDir(dir));
}

// ---------------------------------------------------------------------------------------------------------
// Printing

const fixed = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));

/** Rows of cells, columns padded to their widest cell; the first `left` columns left-aligned, the rest right-aligned. */
export function formatTable(rows: string[][], left = 1): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows
    .map((row) => row.map((cell, c) => (c < left ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd())
    .join("\n");
}

function figureRow(name: string, f: Figures): string[] {
  if (f.tp + f.fp + f.fn === 0) return [name, "n/a", "", "", "", "", ""];
  return [name, fixed(f.precision), fixed(f.recall), fixed(f.f1), String(f.tp), String(f.fp), String(f.fn)];
}

const ratioText = (r: Ratio) => (r.total === 0 ? "n/a" : `${fixed(r.rate)} (${r.right}/${r.total})`);

export function formatSummary(summary: Summary): string {
  const types = formatTable([
    ["fact type", "precision", "recall", "F1", "tp", "fp", "fn"],
    figureRow("market_move", summary.moves),
    figureRow("quote", summary.quotes),
    figureRow("fund_size", summary.fundSizes),
    figureRow("short_interest", summary.shortInterest),
    figureRow("fund_flow", summary.fundFlows),
  ]);
  const kinds = formatTable([
    ["instrument kind", "precision", "recall", "F1", "tp", "fp", "fn"],
    ...INSTRUMENT_KINDS.map((k: InstrumentKind) => figureRow(k, summary.moves.byKind[k])),
  ]);
  const details = formatTable([
    ["matched", "field", "accuracy"],
    ["market_move", "level", ratioText(summary.moves.level)],
    ["market_move", "period", ratioText(summary.moves.period)],
    ["quote", "speaker", ratioText(summary.quotes.speaker)],
    ["quote", "role", ratioText(summary.quotes.role)],
    ["quote", "organization", ratioText(summary.quotes.organization)],
    ["quote", "stance", ratioText(summary.quotes.stance)],
    ["short_interest", "source", ratioText(summary.shortInterest.source)],
  ], 2);
  const header = `${summary.articles} labelled articles, ${summary.errors.length} error records; ${summary.moves.neutral} sized moves on required:false labels (neutral)`;
  return [header, "", types, "", kinds, "", details].join("\n");
}

const show = (x: string | null | undefined) => (x === null || x === undefined ? "null" : JSON.stringify(x));
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

function changeText(change: { value: number; unit: string } | null): string {
  return change === null ? "no change" : `${change.value} ${change.unit}`;
}

/** Every miss, false fact and wrong field of one article, one line each (empty when the article is right). */
export function formatArticleErrors(score: ArticleScore): string[] {
  const lines: string[] = [];
  const { moves, quotes, fundSizes, shortInterest, fundFlows } = score;
  for (const l of moves.misses) lines.push(`  miss  move   ${l.instrument} ${l.direction} ${changeText(l.change)} [${l.kind}] | ${l.sentence}`);
  for (const { fact: f, reason } of moves.falseFacts)
    lines.push(`  false move   ${f.instrument.name} ${f.direction} ${changeText(f.change)} [${reason}] | ${oneLine(f.evidence.text)}`);
  for (const { label: l, fact: f, fields } of moves.mismatches) {
    const level = fields.includes("level") ? ` level ${l.level?.value} ${l.level?.unit} vs ${f.level ? `${f.level.value} ${f.level.unit}` : "null"}` : "";
    const period = fields.includes("period") ? ` period ${show(l.period)} vs ${show(f.period ? `${f.period.kind}${f.period.count ? ` ${f.period.count}` : ""}${f.period.since ? ` ${f.period.since}` : ""}` : null)}` : "";
    lines.push(`  wrong move   ${l.instrument} ${changeText(l.change)}:${level}${period}`);
  }
  for (const l of quotes.misses) lines.push(`  miss  quote  "${l.startsWith}" (${show(l.speaker)})`);
  for (const { fact: f, reason } of quotes.falseFacts)
    lines.push(`  false quote  "${oneLine(f.text).slice(0, 70)}" (${show(f.speaker.name)}) [${reason}] | ${oneLine(f.evidence.text).slice(0, 100)}`);
  for (const { label: l, fact: f, fields } of quotes.mismatches) {
    const parts = fields.map((field) => {
      if (field === "stance") return `stance ${l.stance} vs ${f.stance}`;
      const key = field as "speaker" | "role" | "organization";
      const got = key === "speaker" ? f.speaker.name : f.speaker[key];
      return `${field} ${show(l[key])} vs ${show(got)}`;
    });
    lines.push(`  wrong quote  "${l.startsWith.slice(0, 40)}": ${parts.join("; ")}`);
  }
  for (const l of fundSizes.misses) lines.push(`  miss  fund_size  ${l.fund} ${l.amount} ${l.currency}`);
  for (const { fact: f, reason } of fundSizes.falseFacts)
    lines.push(`  false fund_size  ${f.fund.name} ${f.assets.amount} ${f.assets.currency} [${reason}] | ${oneLine(f.evidence.text)}`);
  for (const l of shortInterest.misses) lines.push(`  miss  short_interest  ${l.instrument} ${l.percentOfFloat}% (${show(l.source)})`);
  for (const { fact: f, reason } of shortInterest.falseFacts)
    lines.push(`  false short_interest  ${f.instrument.name} ${f.percentOfFloat}% [${reason}] | ${oneLine(f.evidence.text)}`);
  for (const { label: l, fact: f } of shortInterest.mismatches)
    lines.push(`  wrong short_interest  ${l.instrument}: source ${show(l.source)} vs ${show(f.source)}`);
  for (const l of fundFlows.misses)
    lines.push(`  miss  fund_flow  ${l.fund} ${l.direction} ${l.amount ?? "no amount"}${l.rank ? ` rank ${l.rank}` : ""}`);
  for (const { fact: f, reason } of fundFlows.falseFacts)
    lines.push(`  false fund_flow  ${f.fund.name} ${f.direction} ${f.amount?.amount ?? "no amount"}${f.rank ? ` rank ${f.rank}` : ""} [${reason}] | ${oneLine(f.evidence.text)}`);
  return lines;
}

// ---------------------------------------------------------------------------------------------------------
// CLI

const USAGE = "usage: npm run eval -- DIR [--errors] [--json]";

async function main(argv: string[]): Promise<number> {
  const args = evalArgs(argv, USAGE);
  if (!args) return 2;
  const scores = await scoreDir(args.input);
  const summary = summarize(scores);
  if (args.json) {
    console.log(JSON.stringify(summary, null, 2));
    return 0;
  }
  for (const score of scores) {
    const lines = args.errors ? formatArticleErrors(score) : [];
    if (score.error !== null) console.log(`${score.file}: error record (${score.error}); all its labels count as misses`);
    else if (lines.length > 0) console.log(score.file);
    for (const line of lines) console.log(line);
  }
  if (args.errors || summary.errors.length > 0) console.log("");
  console.log(formatSummary(summary));
  return 0;
}

if (isScript(import.meta.url)) runMain("eval", main);
