// Stage 5: drafts → facts. Removes duplicates and overlaps, links instruments, funds, speakers and
// organisations to entities (each once, with all its mentions), gives facts ids, and builds signals.
import { periodRange } from "../extractors/period-range.ts";
import { THEMES } from "../extractors/lexicon.ts";
import { lookupInstrument, registryEntry, scanRegistryMentions, scanRegistryMentionsIn } from "../extractors/registry.ts";
import type { DraftOf, FactDraft } from "../extractors/types.ts";
import type { Diagnostic, Entity, EntityKind, Fact, Signal, Span } from "../schemas/record.ts";
import type { Segmentation } from "./document.ts";
import { allMatches, CodeUnitClass, escapeRegExp, literalMatches, spanKey } from "../extractors/patterns.ts";

export interface Refined {
  facts: Fact[];
  entities: Entity[];
  signals: Signal[];
}

const slug = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "unnamed";


/** Where a global pattern matches in the body, as spans. */
const spansOf = (pattern: RegExp, body: string): Span[] => allMatches(pattern, body).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

/** What may not touch a name on either side for it to count as a mention. */
const NAME_BOUNDARY = new CodeUnitClass("[\\w&]");

/** Where `needle` stands in the body as a whole word (an apostrophe in it matching ' or ’). */
function occurrences(body: string, needle: string): Span[] {
  if (!needle.trim()) return [];
  return literalMatches(body, [needle], NAME_BOUNDARY, NAME_BOUNDARY).map((m) => ({ start: m.start, end: m.end, text: body.slice(m.start, m.end) }));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// ── De-duplication ────────────────────────────────────────────────────────────────────────────────────

function instrumentKey(name: string, kind: string): string {
  return lookupInstrument(name)?.id ?? `${kind}:${slug(name)}`;
}

function moveKey(d: Extract<FactDraft, { type: "market_move" }>): string {
  const change = d.change ? `${d.change.value}${d.change.unit}` : "none";
  return [instrumentKey(d.instrument.name, d.instrument.kind), d.direction, change].join("|");
}

const periodText = (p: { kind: string; count: number | null; since?: string | null } | null) =>
  p ? `${p.kind}${p.count ?? ""}${p.since ?? ""}` : null;

/** Two statements of one value are one fact unless they name different periods ("up 12% in five sessions" vs "this year"). */
function samePeriod(a: FactDraft, b: FactDraft): boolean {
  if (a.type !== "market_move" || b.type !== "market_move") return true;
  const pa = periodText(a.period);
  const pb = periodText(b.period);
  return pa === null || pb === null || pa === pb;
}

function valueKey(d: FactDraft): string | null {
  switch (d.type) {
    case "market_move":
      return d.change ? moveKey(d) : null;
    case "fund_size":
      return `${instrumentKey(d.fund.name, "fund")}|${d.assets.amount}|${d.assets.currency}`;
    case "short_interest":
      return `${instrumentKey(d.instrument.name, d.instrument.kind)}|${d.percentOfFloat}`;
    default:
      return null;
  }
}

/** A kept draft of the same type whose evidence overlaps and which states the same thing (any two quotes do). */
function clashWith(kept: FactDraft[], draft: FactDraft): FactDraft | undefined {
  return kept.find(
    (k) =>
      k.type === draft.type &&
      overlaps(k.evidence, draft.evidence) &&
      (draft.type === "quote" || valueKey(k) === valueKey(draft) || sameSubject(k, draft)),
  );
}

/** Of two clashing drafts the more confident stays; a move with a change beats one without. */
function preferred(clash: FactDraft, draft: FactDraft): FactDraft {
  const better = draft.confidence > clash.confidence || (draft.type === "market_move" && clash.type === "market_move" && !clash.change && draft.change);
  return better ? draft : clash;
}

/** A value stated again later: the first statement stays, and a move records where it was restated. */
function noteRestatement(earlier: FactDraft, draft: FactDraft, diagnostics: Diagnostic[]): void {
  if (earlier.type === "market_move" && draft.type === "market_move") {
    (earlier.restated ??= []).push(draft.evidence);
    earlier.period ??= draft.period;
  }
  diagnostics.push({ severity: "info", rule: "refine.restated", message: `${draft.type} stated again; kept the first statement`, start: draft.evidence.start, end: draft.evidence.end });
}

/** Keeps one fact per statement: exact duplicates, overlapping spans of one type, and restated moves go. */
export function deduplicate(drafts: FactDraft[], diagnostics: Diagnostic[]): FactDraft[] {
  const sorted = [...drafts].sort((a, b) => a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end);
  const kept: FactDraft[] = [];
  const byValue = new Map<string, FactDraft[]>();
  for (const draft of sorted) {
    const clash = clashWith(kept, draft);
    if (clash) {
      kept[kept.indexOf(clash)] = preferred(clash, draft);
      continue;
    }
    const key = valueKey(draft);
    const earlier = key ? byValue.get(key)?.find((e) => samePeriod(e, draft)) : undefined;
    if (earlier) {
      noteRestatement(earlier, draft, diagnostics);
      continue;
    }
    if (key) byValue.set(key, [...(byValue.get(key) ?? []), draft]);
    kept.push(draft);
  }
  return kept;
}

function sameSubject(a: FactDraft, b: FactDraft): boolean {
  if (a.type === "market_move" && b.type === "market_move") {
    return instrumentKey(a.instrument.name, a.instrument.kind) === instrumentKey(b.instrument.name, b.instrument.kind);
  }
  return false;
}

// ── Entities ──────────────────────────────────────────────────────────────────────────────────────────

class EntityTable {
  /** Each entity with its mentions as keys (`spanKey`), so that a repeat is found without a scan (a scan per
   * mention was quadratic for a name repeated a hundred thousand times). */
  private readonly byId = new Map<string, { entity: Entity; spans: Set<number | string> }>();

  add(id: string, kind: EntityKind, name: string, ticker: string | null, mentions: Span[]): string {
    let known = this.byId.get(id);
    if (!known) this.byId.set(id, (known = { entity: { id, kind, name, ticker, mentions: [] }, spans: new Set() }));
    const { entity, spans } = known;
    for (const m of mentions) {
      const key = spanKey(m);
      if (spans.has(key)) continue;
      spans.add(key);
      entity.mentions.push(m);
    }
    return id;
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id)?.entity;
  }

  list(): Entity[] {
    const all = [...this.byId.values()].map((known) => known.entity).filter((e) => e.mentions.length > 0);
    for (const e of all) e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    return all.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || a.id.localeCompare(b.id));
  }
}

/** An instrument or fund named by a fact: its registry entity, or one of its own when unknown. */
function linkInstrument(table: EntityTable, body: string, name: string, kind: EntityKind, ticker: string | null, evidence: Span): string {
  const entry = lookupInstrument(name);
  if (entry) {
    const inEvidence = scanRegistryMentions(evidence.text, evidence.start).filter((m) => m.entry.id === entry.id);
    return table.add(entry.id, entry.kind, entry.name, entry.ticker, inEvidence.length ? inEvidence : [evidence]);
  }
  const found = occurrences(body, name);
  return table.add(`${kind}:${slug(name)}`, kind, name, ticker, found.length ? found : [evidence]);
}

const CORPORATE_WORDS = /\s+(?:Inc\.?|Corp\.?|LLC|LP|Ltd\.?|Plc|Group|Holdings|Capital Markets|Securities|Management|Partners|Advisors|Advisers|Investments?|Asset Management|Wealth Management|& Co\.?)$/;

/** The short forms an organisation goes by after its first mention ("RBC" for "RBC Capital Markets"). */
function organizationAliases(name: string): string[] {
  const aliases = [name];
  const firstWord = name.split(/\s+/)[0]!;
  if (/^[A-Z&]{2,}$/.test(firstWord) && firstWord !== name) aliases.push(firstWord);
  const stripped = name.replace(CORPORATE_WORDS, "");
  if (stripped !== name && stripped.length > 2) aliases.push(stripped);
  return aliases;
}

function linkPerson(table: EntityTable, body: string, name: string): string {
  const parts = name.split(/\s+/);
  const mentions = occurrences(body, name);
  if (parts.length > 1) {
    const surname = parts[parts.length - 1]!;
    for (const m of occurrences(body, surname)) if (!mentions.some((x) => overlaps(x, m))) mentions.push(m);
  }
  return table.add(`person:${slug(name)}`, "person", name, null, mentions);
}

function linkOrganization(table: EntityTable, body: string, name: string): string {
  const mentions: Span[] = [];
  for (const alias of organizationAliases(name)) {
    for (const m of occurrences(body, alias)) if (!mentions.some((x) => overlaps(x, m))) mentions.push(m);
  }
  return table.add(`organization:${slug(name)}`, "organization", name, null, mentions);
}

const THEME_PATTERNS = THEMES.map((theme) => ({
  theme,
  pattern: new RegExp(`(?<![\\w-])(?:${theme.aliases.map(escapeRegExp).sort((a, b) => b.length - a.length).join("|")})(?![\\w-])`, "gi"),
}));

function scanThemes(table: EntityTable, body: string): void {
  for (const { theme, pattern } of THEME_PATTERNS) {
    const mentions = spansOf(pattern, body);
    if (mentions.length) table.add(theme.id, "theme", theme.name, null, mentions);
  }
}

// ── Signals ───────────────────────────────────────────────────────────────────────────────────────────

const SIGNAL_KINDS = new Set<EntityKind>(["index", "etf", "stock", "yield", "currency", "commodity", "crypto", "fund", "theme"]);

function buildSignals(facts: Fact[], entities: Entity[], segmentation: Segmentation): Signal[] {
  const paragraphOf = (offset: number) => segmentation.paragraphs.findIndex((p) => offset >= p.start && offset < p.end);
  const signals: Signal[] = [];
  for (const entity of entities) {
    if (!SIGNAL_KINDS.has(entity.kind)) continue;
    const mentionParagraphs = new Set(entity.mentions.map((m) => paragraphOf(m.start)));
    const about = (f: Fact) =>
      f.type === "market_move" || f.type === "short_interest" ? f.instrument.entity === entity.id
      : f.type === "fund_size" || f.type === "fund_flow" ? f.fund.entity === entity.id
      : mentionParagraphs.has(paragraphOf(f.evidence.start));
    const mine = facts.filter(about);
    if (mine.length === 0) continue;
    const ids = (type: Fact["type"]) => mine.filter((f) => f.type === type).map((f) => f.id);
    const quotes = mine.filter((f): f is Extract<Fact, { type: "quote" }> => f.type === "quote");
    const count = (stance: string) => quotes.filter((q) => q.stance === stance).length;
    const mean = quotes.length ? Math.round((quotes.reduce((s, q) => s + q.sentiment, 0) / quotes.length) * 1000) / 1000 : null;
    signals.push({
      subject: entity.id,
      name: entity.name,
      kind: entity.kind,
      ticker: entity.ticker,
      moves: ids("market_move"),
      shortInterest: ids("short_interest"),
      fundSizes: ids("fund_size"),
      flows: ids("fund_flow"),
      quotes: ids("quote"),
      stance: { bullish: count("bullish"), bearish: count("bearish"), neutral: count("neutral"), meanSentiment: mean },
    });
  }
  return signals;
}

// ── The stage ─────────────────────────────────────────────────────────────────────────────────────────

/** Each period of a move or flow gets the dates it covers, anchored on the publication date. */
function anchorPeriods(facts: Fact[], publishedAt: string | null): void {
  for (const fact of facts) {
    if ((fact.type === "market_move" || fact.type === "fund_flow") && fact.period) {
      fact.period = copyWith(fact.period, { range: periodRange(fact.period, publishedAt) });
    }
  }
}

/**
 * `{ ...object, ...overrides }`, with each property written once. A spread followed by a property it already copied
 * makes V8 rebuild the copy's hidden class in the runtime, which it did for nearly every fact (thousands of times
 * per thousand articles), and each rebuild could throw away optimized code that read those objects.
 */
function copyWith<T extends object, U extends object>(object: T, overrides: U): Omit<T, keyof U> & U {
  const copy: Record<string, unknown> = {};
  const source = object as Record<string, unknown>;
  const replacing = overrides as Record<string, unknown>;
  for (const key of Object.keys(source)) copy[key] = key in replacing ? replacing[key] : source[key];
  for (const key of Object.keys(replacing)) if (!(key in copy)) copy[key] = replacing[key];
  return copy as Omit<T, keyof U> & U;
}

type Linker<T extends FactDraft> = (draft: T, id: string, table: EntityTable, body: string) => Fact;

function linkInstrumentFact(draft: DraftOf<"market_move" | "short_interest">, id: string, table: EntityTable, body: string): Fact {
  const i = draft.instrument;
  const entity = linkInstrument(table, body, i.name, i.kind, i.ticker, draft.evidence);
  const entry = registryEntry(entity);
  return copyWith(draft, { id, instrument: copyWith(i, { ticker: i.ticker ?? entry?.ticker ?? null, entity }) }) as Fact;
}

function linkFundFact(draft: DraftOf<"fund_size" | "fund_flow">, id: string, table: EntityTable, body: string): Fact {
  const entry = lookupInstrument(draft.fund.name);
  const entity = linkInstrument(table, body, draft.fund.name, entry?.kind ?? "fund", draft.fund.ticker, draft.evidence);
  return copyWith(draft, { id, fund: copyWith(draft.fund, { ticker: draft.fund.ticker ?? entry?.ticker ?? null, entity }) }) as Fact;
}

function linkQuoteFact(draft: DraftOf<"quote">, id: string, table: EntityTable, body: string): Fact {
  const s = draft.speaker;
  const org = s.organization ? linkOrganization(table, body, s.organization) : null;
  const isOrganization = draft.attribution === "organization" || (s.name !== null && s.name === s.organization);
  const entity = s.name === null ? null : isOrganization ? (org ?? linkOrganization(table, body, s.name)) : linkPerson(table, body, s.name);
  return copyWith(draft, { id, speaker: copyWith(s, { entity }) });
}

/** How each type of draft is linked to the entity table. */
const LINKERS: { [T in FactDraft["type"]]: Linker<DraftOf<T>> } = {
  market_move: linkInstrumentFact,
  short_interest: linkInstrumentFact,
  fund_size: linkFundFact,
  fund_flow: linkFundFact,
  quote: linkQuoteFact,
};

/** `type@start-end`, with `#2`, `#3`… for a second fact of one type on one span. */
function factId(draft: FactDraft, usedIds: Set<string>): string {
  const base = `${draft.type}@${draft.evidence.start}-${draft.evidence.end}`;
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}#${n}`;
  usedIds.add(id);
  return id;
}

export function refine(
  drafts: FactDraft[],
  body: string,
  segmentation: Segmentation,
  diagnostics: Diagnostic[],
  publishedAt: string | null = null,
): Refined {
  const table = new EntityTable();
  for (const m of scanRegistryMentionsIn(body)) table.add(m.entry.id, m.entry.kind, m.entry.name, m.entry.ticker, [m]);

  const facts: Fact[] = [];
  const usedIds = new Set<string>();
  for (const draft of deduplicate(drafts, diagnostics)) {
    const link = LINKERS[draft.type] as Linker<FactDraft>;
    facts.push(link(draft, factId(draft, usedIds), table, body));
  }
  scanThemes(table, body);

  const entities = table.list();
  // An entity with no mention in the body (a name the text never spells out) is dropped, and so is its link.
  const known = new Set(entities.map((e) => e.id));
  for (const fact of facts) {
    const ref = fact.type === "market_move" || fact.type === "short_interest" ? fact.instrument : fact.type === "quote" ? fact.speaker : fact.fund;
    if (ref.entity && !known.has(ref.entity)) ref.entity = null;
  }
  facts.sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end || a.id.localeCompare(b.id));
  anchorPeriods(facts, publishedAt);
  return { facts, entities, signals: buildSignals(facts, entities, segmentation) };
}
