// The record contract: the single source of the record's TypeScript types (z.infer)
// and of schemas/record.schema.json (npm run schema).
import { z } from "zod";

export const RECORD_SCHEMA_ID = "news-signal/record@1";
export const ERROR_SCHEMA_ID = "news-signal/error@1";

const offset = z.number().int().nonnegative();

/** A stretch of the cleaned body: body.slice(start, end) === text. */
export const Span = z.object({ start: offset, end: offset, text: z.string() });
/** Where a stretch of the body stands in the input: offsets in UTF-16 code units of the decoded input text
 * (after gunzip and character decoding, before any cleaning); for HTML, the markup that holds the words. */
export const SourceRange = z.object({ start: offset, end: offset });
export type SourceRange = z.infer<typeof SourceRange>;
/** A fact's evidence: a body span and, when the cleaner could trace it, its range in the decoded input. */
export const Evidence = Span.extend({ source: SourceRange.optional() });
export type Evidence = z.infer<typeof Evidence>;
export type Span = z.infer<typeof Span>;

export const Source = z.object({
  path: z.string(),
  format: z.enum(["text", "html"]),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Source = z.infer<typeof Source>;

export const RemovalReason = z.enum([
  "chrome",
  "headline-repeat",
  "most-read",
  "promo",
  "copyright",
  "dateline",
  "contributors",
  "editor-note",
  "byline",
  "metadata",
  "script",
  "style",
  "navigation",
  "advertisement",
  "related-links",
  "footer",
  "header",
  "cookie-banner",
  "form",
  "hidden",
  "comments",
  "social",
  "newsletter",
  "boilerplate",
  "caption",
  "table",
  "code",
]);
export type RemovalReason = z.infer<typeof RemovalReason>;

export const Removal = z.object({ text: z.string(), reason: RemovalReason });
export type Removal = z.infer<typeof Removal>;

export const Article = z.object({
  headline: z.string().nullable(),
  publisher: z.string().nullable(),
  section: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) or date-time as stated by the source; null when not stated. */
  publishedAt: z.string().nullable(),
  /** When the source says it was last updated, as publishedAt; null when not stated. */
  modifiedAt: z.string().nullable(),
  /** The canonical URL the page or its header states; null when not stated. */
  url: z.string().nullable(),
  dateline: z.string().nullable(),
  authors: z.array(z.string()),
  contributors: z.array(z.string()),
  notes: z.array(z.string()),
  body: z.string(),
  removed: z.array(Removal),
});
export type Article = z.infer<typeof Article>;

export const EntityKind = z.enum([
  "index",
  "etf",
  "stock",
  "yield",
  "currency",
  "commodity",
  "crypto",
  "fund",
  "person",
  "organization",
  "theme",
]);
export type EntityKind = z.infer<typeof EntityKind>;

export const Entity = z.object({
  id: z.string(),
  kind: EntityKind,
  name: z.string(),
  ticker: z.string().nullable(),
  mentions: z.array(Span).min(1),
});
export type Entity = z.infer<typeof Entity>;

export const InstrumentKind = z.enum(["index", "etf", "stock", "yield", "currency", "commodity", "crypto"]);
export type InstrumentKind = z.infer<typeof InstrumentKind>;

/** An instrument as a fact names it. `entity` is the id of its entry in `entities`. */
export const InstrumentRef = z.object({
  name: z.string(),
  kind: InstrumentKind,
  ticker: z.string().nullable(),
  entity: z.string().nullable(),
});
export type InstrumentRef = z.infer<typeof InstrumentRef>;

export const FundRef = z.object({
  name: z.string(),
  ticker: z.string().nullable(),
  entity: z.string().nullable(),
});
export type FundRef = z.infer<typeof FundRef>;

export const Money = z.object({
  amount: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type Money = z.infer<typeof Money>;

export const PeriodKind = z.enum([
  "session",
  "sessions",
  "week",
  "month",
  "quarter",
  "year",
  "ytd",
  "since",
  "other",
]);
/** ISO date at the precision the words state: "2024-06-14", "2024-06" ("since June") or "2024". */
const IsoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
/** The dates a period covers, resolved against the article's publication date; weekdays count as sessions. */
export const PeriodRange = z.object({ from: IsoDate, to: IsoDate });
export type PeriodRange = z.infer<typeof PeriodRange>;

export const Period = z.object({
  kind: PeriodKind,
  /** Number of units for session/week/month/quarter/year ("five sessions" → 5); null when not counted. */
  count: z.number().int().positive().nullable(),
  /** The words that state the period. */
  text: z.string(),
  /** For kind "since": the start as stated ("April 2020"). */
  since: z.string().nullable().optional(),
  /** The period anchored on the publication date; null when the article states no date or the words name no date. */
  range: PeriodRange.nullable().optional(),
});
export type Period = z.infer<typeof Period>;

export const Qualifier = z.enum(["about", "more_than", "less_than", "nearly", "as_much_as", "at_least"]);

const factBase = {
  id: z.string(),
  evidence: Evidence,
  rule: z.string(),
  confidence: z.number().min(0).max(1),
};

export const MarketMoveFact = z.object({
  ...factBase,
  type: z.literal("market_move"),
  instrument: InstrumentRef,
  direction: z.enum(["up", "down", "flat"]),
  change: z
    .object({ value: z.number().nonnegative(), unit: z.enum(["percent", "bp", "points"]), qualifier: Qualifier.nullable().optional() })
    .nullable(),
  level: z
    .object({
      value: z.number(),
      unit: z.string().min(1),
      /** The quantity a price is quoted for, as stated: "barrel", "ounce", "metric ton". */
      per: z.string().min(1).optional(),
    })
    .nullable(),
  period: Period.nullable(),
  /** Where the same move (instrument, direction, change) is stated again, e.g. in the closing list of moves. */
  restated: z.array(Span).optional(),
});
export type MarketMoveFact = z.infer<typeof MarketMoveFact>;

export const ShortInterestFact = z.object({
  ...factBase,
  type: z.literal("short_interest"),
  instrument: InstrumentRef,
  percentOfFloat: z.number().min(0).max(100),
  /** What the percentage is of: the free float, or all shares outstanding. */
  basis: z.enum(["float", "shares_outstanding"]),
  qualifier: Qualifier.nullable().optional(),
  source: z.string().nullable(),
});
export type ShortInterestFact = z.infer<typeof ShortInterestFact>;

export const FundSizeFact = z.object({
  ...factBase,
  type: z.literal("fund_size"),
  fund: FundRef,
  assets: Money,
});
export type FundSizeFact = z.infer<typeof FundSizeFact>;

export const FundFlowFact = z.object({
  ...factBase,
  type: z.literal("fund_flow"),
  fund: FundRef,
  direction: z.enum(["inflow", "outflow"]),
  amount: Money.nullable(),
  rank: z.number().int().positive().nullable(),
  period: Period.nullable(),
});
export type FundFlowFact = z.infer<typeof FundFlowFact>;

export const Attribution = z.enum([
  "explicit", // speaker named next to the quote: "said X, ROLE at ORG" / "X, ROLE, said"
  "according_to", // "according to X"
  "surname", // "Calvasina noted": resolved to a person introduced earlier
  "pronoun", // "he said": resolved to the nearest person introduced earlier
  "organization", // "RBC has ..." / "Goldman Sachs analysts said"
  "continuation", // a quote following another of the same speaker in the same paragraph
  "unresolved",
]);
export type Attribution = z.infer<typeof Attribution>;

export const Speaker = z.object({
  name: z.string().nullable(),
  role: z.string().nullable(),
  organization: z.string().nullable(),
  entity: z.string().nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

export const QuoteFact = z.object({
  ...factBase,
  type: z.literal("quote"),
  /** The quoted words without their quotation marks. */
  text: z.string().min(1),
  speaker: Speaker,
  attribution: Attribution,
  stance: z.enum(["bullish", "bearish", "neutral"]),
  sentiment: z.number().min(-1).max(1),
  /** The words that decided the stance, for audit. */
  cues: z.array(z.string()),
});
export type QuoteFact = z.infer<typeof QuoteFact>;

export const Fact = z.discriminatedUnion("type", [
  MarketMoveFact,
  ShortInterestFact,
  FundSizeFact,
  FundFlowFact,
  QuoteFact,
]);
export type Fact = z.infer<typeof Fact>;
export type FactType = Fact["type"];
export const FACT_TYPES: FactType[] = ["market_move", "short_interest", "fund_size", "fund_flow", "quote"];

export const Signal = z.object({
  /** Entity id of the instrument or theme. */
  subject: z.string(),
  name: z.string(),
  kind: EntityKind,
  ticker: z.string().nullable(),
  moves: z.array(z.string()),
  shortInterest: z.array(z.string()),
  fundSizes: z.array(z.string()),
  flows: z.array(z.string()),
  quotes: z.array(z.string()),
  stance: z.object({
    bullish: z.number().int().nonnegative(),
    bearish: z.number().int().nonnegative(),
    neutral: z.number().int().nonnegative(),
    /** Mean sentiment of the quotes about the subject; null when none. */
    meanSentiment: z.number().min(-1).max(1).nullable(),
  }),
});
export type Signal = z.infer<typeof Signal>;

export const Diagnostic = z.object({
  severity: z.enum(["error", "warning", "info"]),
  rule: z.string(),
  message: z.string(),
  start: offset.nullable(),
  end: offset.nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const KnowledgeRecord = z
  .object({
    schema: z.literal(RECORD_SCHEMA_ID),
    id: z.string().regex(/^[0-9a-f]{64}$/),
    pipelineVersion: z.string(),
    source: Source,
    article: Article,
    entities: z.array(Entity),
    facts: z.array(Fact),
    signals: z.array(Signal),
    diagnostics: z.array(Diagnostic),
  })
  .superRefine((record, ctx) => {
    const body = record.article.body;
    const check = (span: Span, path: (string | number)[]) => {
      if (span.end < span.start || span.end > body.length || body.slice(span.start, span.end) !== span.text) {
        ctx.addIssue({ code: "custom", path, message: `span [${span.start}, ${span.end}) does not slice to its text` });
      }
    };
    record.facts.forEach((fact, i) => {
      check(fact.evidence, ["facts", i, "evidence"]);
      if (fact.type === "market_move") fact.restated?.forEach((span, j) => check(span, ["facts", i, "restated", j]));
    });
    record.entities.forEach((entity, i) =>
      entity.mentions.forEach((mention, j) => check(mention, ["entities", i, "mentions", j])),
    );
    const entityIds = new Set(record.entities.map((e) => e.id));
    const factIds = new Set<string>();
    record.facts.forEach((fact, i) => {
      if (factIds.has(fact.id)) ctx.addIssue({ code: "custom", path: ["facts", i, "id"], message: `duplicate fact id ${fact.id}` });
      factIds.add(fact.id);
      const ref =
        fact.type === "market_move" || fact.type === "short_interest"
          ? fact.instrument.entity
          : fact.type === "quote"
            ? fact.speaker.entity
            : fact.fund.entity;
      if (ref !== null && !entityIds.has(ref)) {
        ctx.addIssue({ code: "custom", path: ["facts", i], message: `unknown entity ${ref}` });
      }
    });
    record.signals.forEach((signal, i) => {
      for (const id of [...signal.moves, ...signal.shortInterest, ...signal.fundSizes, ...signal.flows, ...signal.quotes]) {
        if (!factIds.has(id)) ctx.addIssue({ code: "custom", path: ["signals", i], message: `unknown fact ${id}` });
      }
    });
  });
export type KnowledgeRecord = z.infer<typeof KnowledgeRecord>;

export const ErrorCode = z.enum(["EMPTY", "BINARY", "TOO_LARGE", "DECODE", "NO_BODY", "READ", "TIMEOUT", "INTERNAL", "INVALID"]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorRecord = z.object({
  schema: z.literal(ERROR_SCHEMA_ID),
  pipelineVersion: z.string(),
  source: z.object({
    path: z.string(),
    format: z.enum(["text", "html"]).nullable(),
    bytes: z.number().int().nonnegative().nullable(),
    sha256: z.string().nullable(),
  }),
  error: z.object({ code: ErrorCode, message: z.string() }),
  diagnostics: z.array(Diagnostic),
});
export type ErrorRecord = z.infer<typeof ErrorRecord>;

export const OutputRecord = z.union([KnowledgeRecord, ErrorRecord]);
export type OutputRecord = KnowledgeRecord | ErrorRecord;
