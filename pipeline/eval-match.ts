// Scoring of one record against its gold label (format: ../shared/data/market-wraps/LABELS.md), and the sum
// over a set of articles. Pure: no file access, so tests can call it with hand-made records and labels.
import { z } from "zod";
import { largestEtfTracking, lookupInstrument } from "../extractors/registry.ts";
import type {
  Fact,
  FactType,
  FundFlowFact,
  FundSizeFact,
  InstrumentKind,
  MarketMoveFact,
  OutputRecord,
  Period,
  QuoteFact,
  ShortInterestFact,
} from "../schemas/record.ts";

// ---------------------------------------------------------------------------------------------------------
// Label format

const Change = z.object({ value: z.number(), unit: z.string() });
const Level = z.object({ value: z.number(), unit: z.string() });

export const MoveLabel = z.object({
  instrument: z.string(),
  kind: z.string(),
  direction: z.enum(["up", "down", "flat"]),
  change: Change.nullable().default(null),
  level: Level.nullable().default(null),
  period: z.string().nullable().default(null),
  required: z.boolean(),
  sentence: z.string().default(""),
});
export type MoveLabel = z.infer<typeof MoveLabel>;

export const QuoteLabel = z.object({
  speaker: z.string().nullable().default(null),
  role: z.string().nullable().default(null),
  organization: z.string().nullable().default(null),
  startsWith: z.string(),
  stance: z.enum(["bullish", "bearish", "neutral"]),
});
export type QuoteLabel = z.infer<typeof QuoteLabel>;

export const FundSizeLabel = z.object({ fund: z.string(), amount: z.number(), currency: z.string() });
export type FundSizeLabel = z.infer<typeof FundSizeLabel>;

export const ShortInterestLabel = z.object({
  instrument: z.string(),
  percentOfFloat: z.number(),
  source: z.string().nullable().default(null),
  basis: z.string().optional(),
});
export type ShortInterestLabel = z.infer<typeof ShortInterestLabel>;

export const FundFlowLabel = z.object({
  fund: z.string(),
  direction: z.enum(["inflow", "outflow"]),
  amount: z.number().nullable().default(null),
  currency: z.string().nullable().default(null),
  period: z.string().nullable().default(null),
  rank: z.number().nullable().optional(),
});
export type FundFlowLabel = z.infer<typeof FundFlowLabel>;

export const LabelFile = z.object({
  file: z.string(),
  market_moves: z.array(MoveLabel).default([]),
  quotes: z.array(QuoteLabel).default([]),
  fund_sizes: z.array(FundSizeLabel).default([]),
  short_interest: z.array(ShortInterestLabel).default([]),
  fund_flows: z.array(FundFlowLabel).default([]),
  notes: z.string().optional(),
});
export type LabelFile = z.infer<typeof LabelFile>;

/** A label file's JSON, checked; throws with the zod message when it does not follow the format. */
export function parseLabel(json: unknown): LabelFile {
  return LabelFile.parse(json);
}

// ---------------------------------------------------------------------------------------------------------
// Scores

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** right out of total; the ratio is null when total is 0. */
export interface Accuracy {
  right: number;
  total: number;
}

export const INSTRUMENT_KINDS: InstrumentKind[] = ["index", "etf", "stock", "yield", "currency", "commodity", "crypto"];

export type FalseReason = "duplicate" | "unmatched";

export interface FalseFact<F> {
  fact: F;
  reason: FalseReason;
}

export interface Mismatch<L, F> {
  label: L;
  fact: F;
  /** Names of the fields that disagree. */
  fields: string[];
}

export interface MoveScore {
  counts: Counts;
  byKind: Record<InstrumentKind, Counts>;
  level: Accuracy;
  period: Accuracy;
  /** Facts with a change matched to a required:false label (neither rewarded nor punished). */
  neutral: number;
  misses: MoveLabel[];
  falseFacts: FalseFact<MarketMoveFact>[];
  mismatches: Mismatch<MoveLabel, MarketMoveFact>[];
}

export interface QuoteScore {
  counts: Counts;
  speaker: Accuracy;
  role: Accuracy;
  organization: Accuracy;
  stance: Accuracy;
  misses: QuoteLabel[];
  falseFacts: FalseFact<QuoteFact>[];
  mismatches: Mismatch<QuoteLabel, QuoteFact>[];
}

export interface SimpleScore<L, F> {
  counts: Counts;
  misses: L[];
  falseFacts: FalseFact<F>[];
}

export interface ShortInterestScore extends SimpleScore<ShortInterestLabel, ShortInterestFact> {
  source: Accuracy;
  mismatches: Mismatch<ShortInterestLabel, ShortInterestFact>[];
}

export interface ArticleScore {
  file: string;
  /** The error record's code and message when the pipeline gave no record. */
  error: string | null;
  moves: MoveScore;
  quotes: QuoteScore;
  fundSizes: SimpleScore<FundSizeLabel, FundSizeFact>;
  shortInterest: ShortInterestScore;
  fundFlows: SimpleScore<FundFlowLabel, FundFlowFact>;
}

// ---------------------------------------------------------------------------------------------------------
// Normalisation

const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b\u02bc\u2032]/g;
const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;

function foldTypography(text: string): string {
  return text
    .replace(CURLY_SINGLE, "'")
    .replace(CURLY_DOUBLE, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim();
}

const NUMBER_WORDS: Record<string, string> = { two: "2", three: "3", five: "5", seven: "7", ten: "10", thirty: "30" };
const CORPORATE_SUFFIX = /,?\s+(?:inc|corp|corporation|co|company|plc|ag|sa|se|nv|ltd|limited|group)\.?$/;

// "Hong Kong's Hang Seng Index" is the Hang Seng; a yield keeps its country ("Germany's 10-year yield").
const PLACE_POSSESSIVE =
  /^(?:japan|china|hong kong|germany|britain|uk|u\.?s\.?|europe|france|italy|spain|switzerland|australia|(?:south )?korea|india|taiwan|canada|brazil)'s (?!.*\byields?\b)/;

/** A name folded for comparison: "The yield on 10-year Treasuries" → "10-year treasury yield", "Apple Inc." → "apple". */
export function normalizeInstrumentName(name: string): string {
  let s = foldTypography(name).toLowerCase().replace(/^the /, "").replace(PLACE_POSSESSIVE, "");
  s = s.replace(/\b(two|three|five|seven|ten|thirty)-year\b/g, (_, w: string) => `${NUMBER_WORDS[w]}-year`);
  if (s.startsWith("yield on ")) {
    s = s.slice("yield on ".length).replace(/^the /, "");
    s = /\btreasur(?:y|ies)$/.test(s) ? s.replace(/treasur(?:y|ies)$/, "treasury yield") : `${s} yield`;
  }
  s = s.replace(/\byields$/, "yield");
  s = s.replace(/ (?:index|average)$/, "");
  return s.replace(CORPORATE_SUFFIX, "").trim();
}

/** A label may name an ETF by what it tracks ("largest ETF that tracks the Russell 2000"): the registry's largest such ETF. */
const LARGEST_ETF_TRACKING = /^(?:the\s+)?(?:biggest|largest)\s+(?:ETF|exchange-traded\s+fund)\s+(?:that\s+)?(?:tracks|tracking)\s+(?:the\s+)?(.+)$/i;

function registryId(name: string): string | undefined {
  const tracking = LARGEST_ETF_TRACKING.exec(name.trim());
  if (tracking) {
    const index = registryId(tracking[1]!);
    return index ? largestEtfTracking(index)?.id : undefined;
  }
  return (lookupInstrument(name) ?? lookupInstrument(normalizeInstrumentName(name)))?.id;
}

/** Same instrument: equal normalised names, or both names aliases of one registry entry. */
export function sameInstrument(a: string, b: string): boolean {
  if (normalizeInstrumentName(a) === normalizeInstrumentName(b)) return true;
  const idA = registryId(a);
  return idA !== undefined && idA === registryId(b);
}

/** Quoted text folded for comparison: straight quote marks, single spaces, lower case, no opening marks. */
export function normalizeQuoteText(text: string): string {
  return foldTypography(text)
    .toLowerCase()
    .replace(/^["'\s]+/, "");
}

const trimPunctuation = (s: string) => s.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");

export function normalizePersonName(name: string | null): string | null {
  return name === null ? null : foldTypography(name).toLowerCase();
}

export function normalizeRole(role: string | null): string | null {
  return role === null ? null : trimPunctuation(foldTypography(role).toLowerCase());
}

export function normalizeOrganization(org: string | null): string | null {
  return org === null ? null : trimPunctuation(foldTypography(org).toLowerCase().replace(/^the /, ""));
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9;
const sameAmount = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
const sameUnit = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A fact's period in the label vocabulary: "session", "5 sessions", "week", "ytd", "since April 2020", ... */
export function periodLabel(period: Period | null): string | null {
  if (period === null) return null;
  switch (period.kind) {
    case "sessions":
      return period.count === null ? "sessions" : period.count === 1 ? "session" : `${period.count} sessions`;
    case "since":
      return `since ${period.since ?? period.text.replace(/^\s*since\s+/i, "")}`;
    case "week":
    case "month":
    case "quarter":
    case "year":
      return period.count !== null && period.count > 1 ? `${period.count} ${period.kind}s` : period.kind;
    default:
      return period.kind;
  }
}

/** "since its April low" and "since April" name one start: determiners and the turn's noun are dropped for comparison. */
const SINCE_NOISE = /\b(?:its|the|their|a|an|record|all-time|low|lows|high|highs|bottom|nadir|trough|peak)\b/g;
/** The date words of a "since" period ("the record it set in January" → "january"): where both sides name a date, that is the start. */
const SINCE_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d{2})?|\b(?:19|20)\d{2}\b/g;
const normalizePeriod = (p: string | null) => {
  if (p === null) return null;
  const folded = foldTypography(p).toLowerCase();
  if (!folded.startsWith("since ")) return folded;
  const dates = folded.match(SINCE_DATE);
  return dates ? `since ${dates.join(" ").replace(/\./g, "")}` : folded.replace(SINCE_NOISE, " ").replace(/\s+/g, " ").trim();
};

// ---------------------------------------------------------------------------------------------------------
// Matching helpers

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const emptyAccuracy = (): Accuracy => ({ right: 0, total: 0 });

function tally(accuracy: Accuracy, right: boolean): void {
  accuracy.total += 1;
  if (right) accuracy.right += 1;
}

/**
 * One-to-one matching, labels in order: each label takes the first free fact that `matches` it.
 * Returns the fact index of each label (or -1).
 */
function matchOneToOne<L, F>(labels: L[], facts: F[], matches: (label: L, fact: F) => boolean): number[] {
  const taken = new Set<number>();
  return labels.map((label) => {
    const index = facts.findIndex((fact, i) => !taken.has(i) && matches(label, fact));
    if (index >= 0) taken.add(index);
    return index;
  });
}

/** Score for types without extra rules: tp/fp/fn, misses, false facts (duplicates of matched labels marked). */
function scoreSimple<L, F>(labels: L[], facts: F[], matches: (label: L, fact: F) => boolean): SimpleScore<L, F> & { pairs: [L, F][] } {
  const assignment = matchOneToOne(labels, facts, matches);
  const matchedFacts = new Set(assignment.filter((i) => i >= 0));
  const pairs: [L, F][] = [];
  assignment.forEach((i, l) => i >= 0 && pairs.push([labels[l], facts[i]]));
  const misses = labels.filter((_, l) => assignment[l] < 0);
  const falseFacts = facts
    .filter((_, i) => !matchedFacts.has(i))
    .map((fact) => ({ fact, reason: (pairs.some(([label]) => matches(label, fact)) ? "duplicate" : "unmatched") as FalseReason }));
  return { counts: { tp: pairs.length, fp: falseFacts.length, fn: misses.length }, misses, falseFacts, pairs };
}

function allFacts(record: OutputRecord): Fact[] {
  return "facts" in record ? record.facts : [];
}

// ---------------------------------------------------------------------------------------------------------
// Market moves

export function moveMatchesLabel(label: MoveLabel, fact: MarketMoveFact): boolean {
  return (
    label.change !== null &&
    fact.change !== null &&
    label.direction === fact.direction &&
    sameNumber(label.change.value, fact.change.value) &&
    sameUnit(label.change.unit, fact.change.unit) &&
    sameInstrument(label.instrument, fact.instrument.name)
  );
}

/** The [start, end) of the sentence of `body` that begins with `sentenceStart`, or null when not found. */
function locateSentence(body: string, sentenceStart: string): [number, number] | null {
  if (sentenceStart.trim() === "") return null;
  const fold = (s: string) => s.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"'); // keeps offsets
  const start = fold(body).indexOf(fold(sentenceStart));
  if (start < 0) return null;
  const rest = body.slice(start + sentenceStart.length);
  const end = rest.search(/[.!?]["'\u201d\u2019]?(?:\s|$)|\n/);
  return [start, start + sentenceStart.length + (end < 0 ? rest.length : end + 1)];
}

/**
 * A fact with a change that states a direction-only (required:false) label: same instrument and direction, and
 * its evidence in the label's sentence when that sentence can be found in the body.
 */
function isNeutralMove(label: MoveLabel, fact: MarketMoveFact, body: string): boolean {
  if (label.required || label.direction !== fact.direction || !sameInstrument(label.instrument, fact.instrument.name)) return false;
  if (label.change !== null && !moveMatchesLabel(label, fact)) return false;
  const sentence = locateSentence(body, label.sentence);
  return sentence === null || (fact.evidence.start < sentence[1] && fact.evidence.end > sentence[0]);
}

function kindOf(kind: string): InstrumentKind | null {
  return (INSTRUMENT_KINDS as string[]).includes(kind) ? (kind as InstrumentKind) : null;
}

function emptyByKind(): Record<InstrumentKind, Counts> {
  return Object.fromEntries(INSTRUMENT_KINDS.map((k) => [k, emptyCounts()])) as Record<InstrumentKind, Counts>;
}

function moveFieldErrors(label: MoveLabel, fact: MarketMoveFact): { level: boolean | null; period: boolean | null } {
  const level =
    label.level === null
      ? null
      : fact.level !== null && sameNumber(label.level.value, fact.level.value) && sameUnit(label.level.unit, fact.level.unit);
  const period = label.period === null ? null : normalizePeriod(label.period) === normalizePeriod(periodLabel(fact.period));
  return { level, period };
}

export function scoreMoves(labels: MoveLabel[], facts: MarketMoveFact[], body: string): MoveScore {
  const required = labels.filter((l) => l.required);
  const optional = labels.filter((l) => !l.required);
  const sized = facts.filter((f) => f.change !== null);
  const assignment = matchOneToOne(required, sized, moveMatchesLabel);
  const matchedFacts = new Set(assignment.filter((i) => i >= 0));
  const score: MoveScore = {
    counts: emptyCounts(),
    byKind: emptyByKind(),
    level: emptyAccuracy(),
    period: emptyAccuracy(),
    neutral: 0,
    misses: [],
    falseFacts: [],
    mismatches: [],
  };

  required.forEach((label, l) => {
    const kind = kindOf(label.kind);
    const index = assignment[l];
    if (index < 0) {
      score.misses.push(label);
      score.counts.fn += 1;
      if (kind) score.byKind[kind].fn += 1;
      return;
    }
    score.counts.tp += 1;
    if (kind) score.byKind[kind].tp += 1;
    const fact = sized[index];
    const { level, period } = moveFieldErrors(label, fact);
    if (level !== null) tally(score.level, level);
    if (period !== null) tally(score.period, period);
    const fields = [level === false ? "level" : null, period === false ? "period" : null].filter((f): f is string => f !== null);
    if (fields.length > 0) score.mismatches.push({ label, fact, fields });
  });

  const neutralTaken = new Set<number>();
  sized.forEach((fact, i) => {
    if (matchedFacts.has(i)) return;
    const duplicate = required.some((label, l) => assignment[l] >= 0 && moveMatchesLabel(label, fact));
    const neutral = duplicate ? -1 : optional.findIndex((label, o) => !neutralTaken.has(o) && isNeutralMove(label, fact, body));
    if (neutral >= 0) {
      neutralTaken.add(neutral);
      score.neutral += 1;
      return;
    }
    score.counts.fp += 1;
    score.byKind[fact.instrument.kind].fp += 1;
    score.falseFacts.push({ fact, reason: duplicate ? "duplicate" : "unmatched" });
  });
  return score;
}

// ---------------------------------------------------------------------------------------------------------
// Quotes

/** Where the label's opening words start in the fact's text: 0 = at the start, else within 20 characters; -1 = no. */
export function quoteMatchOffset(label: QuoteLabel, fact: QuoteFact): number {
  const wanted = normalizeQuoteText(label.startsWith);
  if (wanted === "") return -1;
  const index = normalizeQuoteText(fact.text).indexOf(wanted);
  return index >= 0 && index <= 20 ? index : -1;
}

function matchQuotes(labels: QuoteLabel[], facts: QuoteFact[]): number[] {
  // First the quotes that start with the label's words, then those that contain them near the start.
  const exact = matchOneToOne(labels, facts, (l, f) => quoteMatchOffset(l, f) === 0);
  const taken = new Set(exact.filter((i) => i >= 0));
  return exact.map((index, l) => {
    if (index >= 0) return index;
    const near = facts.findIndex((fact, i) => !taken.has(i) && quoteMatchOffset(labels[l], fact) > 0);
    if (near >= 0) taken.add(near);
    return near;
  });
}

export function scoreQuotes(labels: QuoteLabel[], facts: QuoteFact[]): QuoteScore {
  const assignment = matchQuotes(labels, facts);
  const matchedFacts = new Set(assignment.filter((i) => i >= 0));
  const score: QuoteScore = {
    counts: emptyCounts(),
    speaker: emptyAccuracy(),
    role: emptyAccuracy(),
    organization: emptyAccuracy(),
    stance: emptyAccuracy(),
    misses: [],
    falseFacts: [],
    mismatches: [],
  };
  labels.forEach((label, l) => {
    const index = assignment[l];
    if (index < 0) {
      score.misses.push(label);
      score.counts.fn += 1;
      return;
    }
    score.counts.tp += 1;
    const fact = facts[index];
    const checks: [keyof Pick<QuoteScore, "speaker" | "role" | "organization" | "stance">, boolean][] = [
      ["speaker", normalizePersonName(label.speaker) === normalizePersonName(fact.speaker.name)],
      ["role", normalizeRole(label.role) === normalizeRole(fact.speaker.role)],
      ["organization", normalizeOrganization(label.organization) === normalizeOrganization(fact.speaker.organization)],
      ["stance", label.stance === fact.stance],
    ];
    for (const [field, right] of checks) tally(score[field], right);
    const fields = checks.filter(([, right]) => !right).map(([field]) => field);
    if (fields.length > 0) score.mismatches.push({ label, fact, fields });
  });
  facts.forEach((fact, i) => {
    if (matchedFacts.has(i)) return;
    const duplicate = labels.some((label, l) => assignment[l] >= 0 && quoteMatchOffset(label, fact) >= 0);
    score.counts.fp += 1;
    score.falseFacts.push({ fact, reason: duplicate ? "duplicate" : "unmatched" });
  });
  return score;
}

// ---------------------------------------------------------------------------------------------------------
// Fund sizes, short interest, fund flows

export function fundSizeMatches(label: FundSizeLabel, fact: FundSizeFact): boolean {
  return (
    sameAmount(label.amount, fact.assets.amount) &&
    label.currency.toUpperCase() === fact.assets.currency &&
    sameInstrument(label.fund, fact.fund.name)
  );
}

export function shortInterestMatches(label: ShortInterestLabel, fact: ShortInterestFact): boolean {
  return sameNumber(label.percentOfFloat, fact.percentOfFloat) && sameInstrument(label.instrument, fact.instrument.name);
}

export function fundFlowMatches(label: FundFlowLabel, fact: FundFlowFact): boolean {
  if (label.direction !== fact.direction || !sameInstrument(label.fund, fact.fund.name)) return false;
  if (label.rank !== undefined && label.rank !== null && label.rank !== fact.rank) return false;
  if (label.amount === null) return true;
  return (
    fact.amount !== null &&
    sameAmount(label.amount, fact.amount.amount) &&
    (label.currency === null || label.currency.toUpperCase() === fact.amount.currency)
  );
}

function scoreShortInterest(labels: ShortInterestLabel[], facts: ShortInterestFact[]): ShortInterestScore {
  const { pairs, ...simple } = scoreSimple(labels, facts, shortInterestMatches);
  const source = emptyAccuracy();
  const mismatches: Mismatch<ShortInterestLabel, ShortInterestFact>[] = [];
  for (const [label, fact] of pairs) {
    const right = normalizeOrganization(label.source) === normalizeOrganization(fact.source);
    tally(source, right);
    if (!right) mismatches.push({ label, fact, fields: ["source"] });
  }
  return { ...simple, source, mismatches };
}

function withoutPairs<L, F>(score: SimpleScore<L, F> & { pairs: unknown }): SimpleScore<L, F> {
  const { pairs: _pairs, ...rest } = score;
  return rest;
}

// ---------------------------------------------------------------------------------------------------------
// One article

function ofType<T extends FactType>(record: OutputRecord, type: T): Extract<Fact, { type: T }>[] {
  return allFacts(record).filter((f): f is Extract<Fact, { type: T }> => f.type === type);
}

/** The score of one pipeline output against its label. An error record scores every label as a miss. */
export function scoreArticle(record: OutputRecord, label: LabelFile): ArticleScore {
  const body = "article" in record ? record.article.body : "";
  return {
    file: label.file,
    error: "error" in record ? `${record.error.code}: ${record.error.message}` : null,
    moves: scoreMoves(label.market_moves, ofType(record, "market_move"), body),
    quotes: scoreQuotes(label.quotes, ofType(record, "quote")),
    fundSizes: withoutPairs(scoreSimple(label.fund_sizes, ofType(record, "fund_size"), fundSizeMatches)),
    shortInterest: scoreShortInterest(label.short_interest, ofType(record, "short_interest")),
    fundFlows: withoutPairs(scoreSimple(label.fund_flows, ofType(record, "fund_flow"), fundFlowMatches)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Summary over articles

export interface Figures extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Ratio extends Accuracy {
  rate: number | null;
}

export interface Summary {
  articles: number;
  errors: { file: string; error: string }[];
  moves: Figures & { byKind: Record<InstrumentKind, Figures>; level: Ratio; period: Ratio; neutral: number };
  quotes: Figures & { speaker: Ratio; role: Ratio; organization: Ratio; stance: Ratio };
  fundSizes: Figures;
  shortInterest: Figures & { source: Ratio };
  fundFlows: Figures;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Precision, recall and F1 from counts; each null when undefined (no predictions / no labels). */
export function figures(counts: Counts): Figures {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  const f1 = ratio(2 * counts.tp, 2 * counts.tp + counts.fp + counts.fn); // = 2PR/(P+R); 0 when nothing was found
  return { tp: counts.tp, fp: counts.fp, fn: counts.fn, precision, recall, f1 };
}

const toRatio = (a: Accuracy): Ratio => ({ right: a.right, total: a.total, rate: ratio(a.right, a.total) });

function sumCounts(list: Counts[]): Counts {
  return list.reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), emptyCounts());
}

function sumAccuracy(list: Accuracy[]): Accuracy {
  return list.reduce((sum, a) => ({ right: sum.right + a.right, total: sum.total + a.total }), emptyAccuracy());
}

export function summarize(perArticle: ArticleScore[]): Summary {
  const sumFigures = (pick: (a: ArticleScore) => Counts) => figures(sumCounts(perArticle.map(pick)));
  const sumRatio = (pick: (a: ArticleScore) => Accuracy) => toRatio(sumAccuracy(perArticle.map(pick)));
  const byKind = Object.fromEntries(INSTRUMENT_KINDS.map((k) => [k, sumFigures((a) => a.moves.byKind[k])])) as Record<InstrumentKind, Figures>;
  return {
    articles: perArticle.length,
    errors: perArticle.filter((a) => a.error !== null).map((a) => ({ file: a.file, error: a.error! })),
    moves: {
      ...sumFigures((a) => a.moves.counts),
      byKind,
      level: sumRatio((a) => a.moves.level),
      period: sumRatio((a) => a.moves.period),
      neutral: perArticle.reduce((n, a) => n + a.moves.neutral, 0),
    },
    quotes: {
      ...sumFigures((a) => a.quotes.counts),
      speaker: sumRatio((a) => a.quotes.speaker),
      role: sumRatio((a) => a.quotes.role),
      organization: sumRatio((a) => a.quotes.organization),
      stance: sumRatio((a) => a.quotes.stance),
    },
    fundSizes: sumFigures((a) => a.fundSizes.counts),
    shortInterest: { ...sumFigures((a) => a.shortInterest.counts), source: sumRatio((a) => a.shortInterest.source) },
    fundFlows: sumFigures((a) => a.fundFlows.counts),
  };
}
