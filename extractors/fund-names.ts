// Fund-name recognition shared by the short-interest, fund-size and fund-flow extractors: registry aliases first
// ("SPDR S&P 500 ETF. Trust"), then capitalised names that end in ETF/Fund/Trust ("Invesco QQQ Trust Series 1"),
// descriptions resolved through the registry ("the biggest exchange-traded fund following the Dow") and,
// for flows, classes of funds ("global equity funds"). Also the clause units the three extractors read: sentences,
// joined again where the sentence splitter cut through a registry name.
import type { FundRef, Span } from "../schemas/record.ts";
import type { ExtractionInput } from "./types.ts";
import {
  FLOW_ASSET_CLASS_NOUNS,
  FUND_CLASS_WORDS,
  FUND_ISSUER_WORDS,
  FUND_NAME_LEADING_STOPWORDS,
  ISSUER_ONLY_HEAD_WORDS,
  NOT_FUND_ANAPHOR_WORDS,
  NOT_FUND_NAMES,
  QUALIFIER_WORDS,
  TRUST_FUND_WORDS,
} from "./lexicon.ts";
import {
  largestEtfTracking,
  lookupInstrument,
  normalizeName,
  scanRegistryMentions,
  scanRegistryMentionsIn,
  type RegistryEntry,
} from "./registry.ts";
import { allMatches, escapeRegExp, spanKey } from "./patterns.ts";


export const alternation = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");

// ── Units: sentences, re-joined where a split falls inside a registry name ────────────────────────────

const unitCache = new WeakMap<ExtractionInput, Span[]>();

/**
 * The sentences of the body, a sentence joined with the next when the split cuts through a registry alias.
 * Computed once per input: the fund-size, fund-flow and short-interest extractors all read the body in these units.
 */
export function clauseUnits(input: ExtractionInput): Span[] {
  let units = unitCache.get(input);
  if (!units) {
    units = splitUnits(input);
    unitCache.set(input, units);
  }
  return units;
}

function splitUnits(input: ExtractionInput): Span[] {
  const { body, sentences } = input;
  const units: Span[] = [];
  let i = 0;
  while (i < sentences.length) {
    let start = sentences[i]!.start;
    let end = sentences[i]!.end;
    while (i + 1 < sentences.length && sentences[i + 1]!.paragraph === sentences[i]!.paragraph) {
      const next = sentences[i + 1]!;
      // A registry name that starts in this sentence and ends in the next one: the split was wrong.
      const crossing = scanRegistryMentionsIn(body, Math.max(start, end - 80), Math.min(next.end, next.start + 80)).some((m) => m.start < end && m.end > next.start);
      if (!crossing) break;
      end = next.end;
      i++;
    }
    units.push({ start, end, text: body.slice(start, end) });
    i++;
  }
  if (units.length === 0 && body.trim()) units.push({ start: 0, end: body.length, text: body });
  return units;
}

// ── Qualifiers ───────────────────────────────────────────────────────────────────────────────────────

/** Matches a word as written or with a capital first letter (sentence start). */
export const capitalOptional = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const e = escapeRegExp(w);
      return /^[a-z]/.test(w) ? `[${w[0]}${w[0]!.toUpperCase()}]${e.slice(1)}` : e;
    })
    .join("|");

export const QUALIFIER_SOURCE = `(?:${capitalOptional(Object.keys(QUALIFIER_WORDS))})`;

export function parseQualifier(text: string | undefined | null) {
  if (!text) return null;
  return QUALIFIER_WORDS[text.toLowerCase().replace(/\s+/g, " ")] ?? null;
}

// ── Fund mentions ───────────────────────────────────────────────────────────────────────────────────

export interface FundMention extends Span {
  fund: FundRef;
  /** How the fund was recognised. */
  how: "registry" | "name" | "description" | "class" | "anaphor";
  /** For an anaphor: where the fund it stands for is named. */
  antecedent?: Span;
}

const HEAD = /(?<![\w-])(?:Exchange[- ]Traded Fund|ETF|ETP|ETN|Fund|Trust|Shares)(?:\s+Series\s+\d+)?(?![\w-])/g;
const ISSUER_ONLY_HEADS = new Set(ISSUER_ONLY_HEAD_WORDS);
const ISSUER_WORDS = new RegExp(`(?<![\\w])(?:${alternation(FUND_ISSUER_WORDS)})(?![\\w])`);
const ISSUER_LEAD = new RegExp(`^(?:${alternation(FUND_ISSUER_WORDS)})(?![\\w])`);
const NAME_TOKEN = /^(?:[A-Z][\w&'’.+\-\/]*|[0-9][\w+%.\-\/]*|i[A-Z][\w]*|\$|&|of)$/;
const CONNECTOR = /^(?:&|of)$/;
const LEADING_STOP = new Set(FUND_NAME_LEADING_STOPWORDS);
const NOT_FUNDS = NOT_FUND_NAMES.map((n) => n.toLowerCase());
const TRUST_WORDS = new RegExp(`(?<![\\w])(?:${alternation(TRUST_FUND_WORDS)})(?![\\w])`);
/** What may follow a name and belongs to it: a ticker in brackets, markdown emphasis and link target. */
const NAME_TAIL = /^(?:\s*\((?:[A-Za-z ]{1,12}:\s*)?([A-Z][A-Z.]{0,5})\))?(?:\*{1,2}\]\([^()\s]{0,300}\)|\*{1,2}|\]\([^()\s]{0,300}\))?/;

function refFor(entry: RegistryEntry): FundRef {
  return { name: entry.name, ticker: entry.ticker, entity: null };
}

/** Stated name → clean name: no leading "the", no trailing punctuation, straight spacing. */
export function cleanFundName(name: string): string {
  return name
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/[\s,;:!?'’*\]]+$/, "")
    .replace(/['’]s$/, "")
    .replace(/(?<!\b(?:Inc|Corp|Co|Cos|Ltd|Bros|Plc|Inv|Tr))\.+$/, "")
    .replace(/\s+$/, "");
}

const GENERIC_NAME = new RegExp(
  `^(?:(?:${alternation(FUND_CLASS_WORDS)})(?:[\\s-]+|\\s+(?:and|or|&)\\s+))+(?:ETFs?|ETPs?|[Ff]unds?|Exchange[- ]Traded\\s+Funds?)$`,
  "i",
);

/** Names ending in ETF/Fund/Trust found by walking back from the head word over capitalised tokens. */
function patternNames(text: string, offset: number): FundMention[] {
  const found: FundMention[] = [];
  for (const m of allMatches(HEAD, text)) {
    const headStart = m.index!;
    const headEnd = headStart + m[0].length;
    // Walk back over name tokens on the same line.
    const tokens: { start: number; text: string }[] = [];
    let pos = headStart;
    while (tokens.length < 9) {
      let q = pos;
      while (q > 0 && (text[q - 1] === " " || text[q - 1] === "\u00a0")) q--;
      if (q === pos || q === 0) break;
      let s = q;
      while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
      let token = text.slice(s, q);
      // Markdown emphasis or link opener stuck to the first word: "[**iShares".
      const deco = /^[[*_]+/.exec(token);
      if (deco) {
        token = token.slice(deco[0].length);
        if (!NAME_TOKEN.test(token) || CONNECTOR.test(token)) break;
        tokens.unshift({ start: s + deco[0].length, text: token });
        break;
      }
      if (!NAME_TOKEN.test(token) || /['’]s$/.test(token) || /[,;:)]$/.test(token)) break;
      tokens.unshift({ start: s, text: token });
      pos = s;
    }
    while (tokens.length && (LEADING_STOP.has(tokens[0]!.text) || CONNECTOR.test(tokens[0]!.text) || tokens[0]!.text === "$"))
      tokens.shift();
    if (tokens.length === 0) continue;
    // "Holdings of SPDR Gold Shares": a name led by an issuer's brand starts there.
    const lead = tokens.findIndex((t, i) => i > 0 && ISSUER_LEAD.test(text.slice(t.start, headEnd)));
    if (lead > 0 && !ISSUER_LEAD.test(text.slice(tokens[0]!.start, headEnd))) tokens.splice(0, lead);
    const start = tokens[0]!.start;
    const stated = text.slice(start, headEnd);
    const name = cleanFundName(stated);
    const lower = name.toLowerCase();
    if (NOT_FUNDS.some((n) => lower === n || lower.endsWith(` ${n}`))) continue;
    const entry = lookupInstrument(name);
    if (entry && entry.kind !== "etf") continue;
    if (!entry && /Trust$/.test(m[0]) && !TRUST_WORDS.test(name)) continue;
    if (!entry && ISSUER_ONLY_HEADS.has(m[0]) && !TRUST_WORDS.test(name) && !ISSUER_WORDS.test(name)) continue;
    // "the US Bitcoin ETF", "the Ethereum ETF": words of a class only, so the funds of that kind, not one fund.
    const generic = !entry && GENERIC_NAME.test(name);
    found.push({
      start: offset + start,
      end: offset + headEnd,
      text: stated,
      fund: entry ? refFor(entry) : { name: generic && /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name, ticker: null, entity: null },
      how: entry ? "registry" : generic ? "class" : "name",
    });
  }
  return found;
}

const DESCRIPTION = new RegExp(
  String.raw`(?<![\w])(?:the\s+)?(?:(?:world|nation|country|market)['’]s\s+)?(?:largest|biggest)\s+(?:U\.S\.\s+|US\s+)?` +
    String.raw`(?:exchange[- ]traded\s+fund|ETF|fund|index\s+fund)\s+(?:that\s+(?:tracks|tracked|follows|mirrors|replicates)|tracking|following|mirroring|tied\s+to|linked\s+to|pegged\s+to|benchmarked\s+to|based\s+on)\s+`,
  "gi",
);

/** "the biggest exchange-traded fund following the Dow" → the largest ETF on the registry's index. */
function descriptions(text: string, offset: number): FundMention[] {
  const found: FundMention[] = [];
  for (const m of allMatches(DESCRIPTION, text)) {
    const after = m.index! + m[0].length;
    const words = /^(?:(?:the\s+)?[A-Z&][\w&'’.\/-]*)(?:\s+[\w&'’.\/-]+){0,4}/.exec(text.slice(after));
    if (!words) continue;
    const parts = words[0].split(/\s+/);
    for (let n = parts.length; n >= 1; n--) {
      const candidate = parts.slice(0, n).join(" ").replace(/[.,;:’']+$/, "");
      const entry = lookupInstrument(candidate);
      if (!entry) continue;
      const etf = entry.kind === "index" ? largestEtfTracking(entry.id) : undefined;
      if (etf) {
        // The index words in the text end where the candidate ends (spacing kept as stated).
        const stated = text.slice(after).match(new RegExp(`^${parts.slice(0, n).map(escapeRegExp).join("\\s+")}`))![0];
        const end = after + stated.replace(/[.,;:’']+$/, "").length;
        found.push({
          start: offset + m.index!,
          end: offset + end,
          text: text.slice(m.index!, end),
          fund: refFor(etf),
          how: "description",
        });
      }
      break;
    }
  }
  return found;
}

/**
 * A registry alias preceded by capitalised words led by an issuer's brand is part of a longer name: "ProShares
 * UltraPro QQQ" names its own fund, not the Invesco QQQ Trust its last word is an alias of.
 */
function issuerLed(text: string, offset: number, mention: FundMention): FundMention {
  const tokens: { start: number; text: string }[] = [];
  let pos = mention.start - offset;
  while (tokens.length < 6) {
    let q = pos;
    while (q > 0 && text[q - 1] === " ") q--;
    if (q === pos || q === 0) break;
    let s = q;
    while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
    const token = text.slice(s, q);
    if (!NAME_TOKEN.test(token) || /['’]s$/.test(token) || /[,;:)]$/.test(token) || LEADING_STOP.has(token)) break;
    tokens.unshift({ start: s, text: token });
    pos = s;
  }
  // The longest run of tokens that starts with an issuer word.
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]!.start;
    const stated = text.slice(start, mention.end - offset);
    if (!ISSUER_LEAD.test(stated)) continue;
    const name = cleanFundName(stated);
    const entry = lookupInstrument(name);
    if (entry && entry.kind !== "etf") return mention;
    return {
      start: offset + start,
      end: mention.end,
      text: stated,
      fund: entry ? refFor(entry) : { name, ticker: null, entity: null },
      how: entry ? "registry" : "name",
    };
  }
  return mention;
}

// ── Anaphors: "the fund", "the $4.2 billion fund", "the SPDR fund", "the long-bond fund", "it", "its" ──────────

const NOT_ANAPHOR = new Set(NOT_FUND_ANAPHOR_WORDS.map((w) => w.toLowerCase()));
/** "the fund", "that ETF", "the SPDR fund", "the long-bond fund"; the money before the head is left out of the span. */
const ANAPHOR =
  /(?<![\w$€£-])(?:(?<det>[Tt]he|[Tt]hat|[Tt]his)\s+)(?<money>(?:[A-Z]{0,3}\$|[€£¥])\d[\d.,]*(?:[\s-]?(?:[Bb]illion|[Mm]illion|[Tt]rillion|bn|mn|B|M))?[\s-]+)?(?<desc>[A-Za-z][\w&+-]*\s+)?(?<head>fund|ETF)(?![\w-])/g;
/** "it" after a colon or semicolon, "and it" / "but it", and "its" before assets: the fund just named. */
const PRONOUN_VERBS = String.raw`(?=\s+(?:had|has|saw|posted|drew|took|attracted|lost|shed|suffered|recorded|received|gathered|generated|pulled|now|still|also)\b)`;
/** "It" opening a sentence stands for the fund named last in the paragraph: "It has drawn $41 billion in inflows." */
const PRONOUN = new RegExp(
  String.raw`(?:[:;]\s+|,?\s+(?:and|but|while|as)\s+)(?<it>it)${PRONOUN_VERBS}|^\s*(?<opening>It)${PRONOUN_VERBS}|(?<![\w])(?<its>[Ii]ts)(?=\s+(?:total\s+|net\s+)?(?:assets|AUM)\b)`,
  "g",
);

const mentionCache = new WeakMap<ExtractionInput, FundMention[]>();
/**
 * findFundMentions of each unit of an input, without and with asset classes, by `spanKey`; the extractors share
 * them (never mutated).
 */
const unitMentionCache = new WeakMap<ExtractionInput, [Map<number | string, FundMention[]>, Map<number | string, FundMention[]>]>();

function unitNamedFunds(input: ExtractionInput, unit: Span, classes: boolean): FundMention[] {
  let byUnit = unitMentionCache.get(input);
  if (!byUnit) {
    byUnit = [new Map(), new Map()];
    unitMentionCache.set(input, byUnit);
  }
  const cache = byUnit[classes ? 1 : 0];
  const key = spanKey(unit);
  let found = cache.get(key);
  if (!found) {
    const ofBody = unit.end - unit.start === unit.text.length && input.body.startsWith(unit.text, unit.start);
    found = findFundMentions(unit.text, unit.start, { classes, body: ofBody ? input.body : undefined });
    cache.set(key, found);
  }
  return found;
}

/** Every named fund in the body (registry, stated names, descriptions), in text order; computed once per input. */
function bodyMentions(input: ExtractionInput): FundMention[] {
  let all = mentionCache.get(input);
  if (!all) {
    all = clauseUnits(input).flatMap((u) => unitNamedFunds(input, u, false));
    mentionCache.set(input, all);
  }
  return all;
}

function paragraphIndex(input: ExtractionInput, at: number): number {
  return input.paragraphs.findIndex((p) => p.start <= at && at < p.end);
}

/**
 * The fund an anaphor stands for: the fund named last before it, in its paragraph or the one before (a
 * capitalised descriptor must be a word of the name; a lower-case one looks further back for a name sharing its stems).
 */
function antecedent(input: ExtractionInput, at: number, desc: string | null, sameUnitFrom: number | null): FundMention | undefined {
  const p = paragraphIndex(input, at);
  const from = sameUnitFrom ?? (p >= 0 ? input.paragraphs[Math.max(0, p - 1)]!.start : at);
  const before = bodyMentions(input).filter((m) => m.end <= at);
  const near = before.filter((m) => m.start >= from);
  if (!desc) return near[near.length - 1];
  if (/^[A-Z0-9i]/.test(desc) && !/^[a-z]+$/.test(desc)) {
    const re = new RegExp(`(?<![\\w])${escapeRegExp(desc)}(?![\\w])`);
    return [...near].reverse().find((m) => re.test(m.fund.name) || re.test(m.text));
  }
  // A described fund ("the long-bond fund") may have been named a few paragraphs earlier: the latest name that
  // shares a stem with the description; else, for a compound, the fund named last nearby.
  const stems = desc.toLowerCase().split("-").filter((w) => w.length > 2).map((w) => w.slice(0, Math.max(4, w.length - 2)));
  let best: FundMention | undefined;
  let bestScore = 0;
  for (const m of before) {
    const words = `${m.fund.name} ${m.text}`.toLowerCase().split(/[\s-]+/);
    const score = stems.filter((st) => words.some((w) => w.startsWith(st))).length;
    if (score > 0 && score >= bestScore) {
      best = m;
      bestScore = score;
    }
  }
  if (best) return best;
  return desc.includes("-") ? near[near.length - 1] : undefined;
}

const span = (m: Span): Span => ({ start: m.start, end: m.end, text: m.text });

/** The anaphors of funds in one unit, resolved to the funds they stand for; named mentions win overlaps. */
function anaphors(input: ExtractionInput, unit: Span, named: FundMention[]): FundMention[] {
  const found: FundMention[] = [];
  const free = (s: number, e: number) => !named.some((n) => s < n.end && n.start < e);
  for (const m of allMatches(ANAPHOR, unit.text)) {
    const g = m.groups!;
    const desc = g.desc ? g.desc.trim() : null;
    if (desc && (NOT_ANAPHOR.has(desc.toLowerCase()) || /^\d/.test(desc) || /^(?:of|in|on|at|to|for|and|or|its|their)$/i.test(desc))) continue;
    const det = m.index!;
    const spanStart = g.money ? det + m[0].indexOf(g.money) + g.money.length : det;
    const start = unit.start + spanStart;
    const end = unit.start + det + m[0].length;
    if (!free(start, end)) continue;
    const ante = antecedent(input, start, desc, null);
    if (!ante) continue;
    found.push({ start, end, text: input.body.slice(start, end), fund: { ...ante.fund }, how: "anaphor", antecedent: span(ante) });
  }
  for (const m of allMatches(PRONOUN, unit.text)) {
    const word = m.groups!.it ?? m.groups!.opening ?? m.groups!.its!;
    const start = unit.start + m.index! + m[0].length - word.length;
    const end = start + word.length;
    if (!free(start, end)) continue;
    const paragraph = input.paragraphs[paragraphIndex(input, start)];
    const ante = antecedent(input, start, null, m.groups!.opening && paragraph ? paragraph.start : unit.start);
    if (!ante) continue;
    found.push({ start, end, text: word, fund: { ...ante.fund }, how: "anaphor", antecedent: span(ante) });
  }
  return found;
}

/** The funds of one unit: named ones (findFundMentions) and anaphors resolved to funds named before. */
export function unitFundMentions(input: ExtractionInput, unit: Span, opts: { classes?: boolean } = {}): FundMention[] {
  const named = unitNamedFunds(input, unit, opts.classes ?? false);
  return [...named, ...anaphors(input, unit, named)].sort((a, b) => a.start - b.start);
}

/** Between the words of a class: "US stock", "bond and stock", "government and Treasury". */
const CLASS_JOIN = `(?:[\\s-]+|\\s+(?:and|or|&)\\s+)`;
const CLASS = new RegExp(
  `(?<![\\w-])((?:${alternation(FUND_CLASS_WORDS)})(?:${CLASS_JOIN}(?:${alternation(FUND_CLASS_WORDS)})){0,3}\\s+(?:mutual\\s+funds|exchange-traded\\s+funds|index\\s+funds|funds|ETFs|ETPs))(?![\\w-])`,
  "gi",
);

/** Classes of funds or assets matched by `pattern` (its group 1 is the name), lower-cased at the start. */
function classMentions(pattern: RegExp, text: string, offset: number): FundMention[] {
  const found: FundMention[] = [];
  for (const m of allMatches(pattern, text)) {
    let name = m[1]!.replace(/\s+/g, " ");
    if (/^[A-Z][a-z]/.test(name)) name = name[0]!.toLowerCase() + name.slice(1);
    found.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0], fund: { name, ticker: null, entity: null }, how: "class" });
  }
  return found;
}

/** "global equity funds", "US stock funds", "spot bitcoin ETFs": classes of funds, for flows. */
function classes(text: string, offset: number): FundMention[] {
  return classMentions(CLASS, text, offset);
}

/** "into government and Treasury bonds", "out of US stocks": an asset class as where money went, for flows. */
const ASSET_CLASS_OBJECT = new RegExp(
  `(?<=\\b(?:into|out\\s+of|from)\\s+)((?:(?:${alternation(FUND_CLASS_WORDS)})${CLASS_JOIN}){0,4}(?:${alternation(FLOW_ASSET_CLASS_NOUNS)}))(?![\\w-])`,
  "g",
);

/**
 * Asset classes that money flowed into or out of ("$4 billion was poured into corporate and municipal bonds"); the
 * flow extractor takes them as classes of funds only where the paragraph is about fund flows.
 */
export function assetClassObjects(text: string, offset: number): FundMention[] {
  return classMentions(ASSET_CLASS_OBJECT, text, offset);
}

/**
 * The candidates, in the order given, that overlap none kept before them. Checked pair by pair for a few; for many,
 * against a map of the characters already covered (pair by pair was quadratic in a paragraph of thousands of fund
 * names, and the map costs more than the pairs for the handful a clause has).
 */
function keepDisjoint<T extends Span>(candidates: readonly T[]): T[] {
  const kept: T[] = [];
  if (candidates.length <= 32) {
    for (const m of candidates) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
    return kept;
  }
  let first = Infinity;
  let last = 0;
  for (const m of candidates) {
    if (m.start < first) first = m.start;
    if (m.end > last) last = m.end;
  }
  const covered = new Uint8Array(last - first);
  next: for (const m of candidates) {
    for (let i = m.start - first; i < m.end - first; i++) if (covered[i]) continue next;
    covered.fill(1, m.start - first, m.end - first);
    kept.push(m);
  }
  return kept;
}

/**
 * Every fund named in `text` (a unit of the body starting at `offset`), without overlaps, in text order. A ticker in
 * brackets after a name ("(QQQ)") and markdown around it belong to the mention. With `body`, `text` is
 * `body.slice(offset, offset + text.length)`, and the registry names come from the scan of the body.
 */
export function findFundMentions(text: string, offset = 0, opts: { classes?: boolean; body?: string } = {}): FundMention[] {
  const inRegistry = opts.body === undefined ? scanRegistryMentions(text, offset) : scanRegistryMentionsIn(opts.body, offset, offset + text.length);
  const registry: FundMention[] = inRegistry
    .filter((r) => r.entry.kind === "etf")
    .map((r) => issuerLed(text, offset, { start: r.start, end: r.end, text: r.text, fund: refFor(r.entry), how: "registry" as const }));
  const all = [...descriptions(text, offset), ...registry, ...patternNames(text, offset), ...(opts.classes ? classes(text, offset) : [])];
  // Longest first wins at each place; registry mentions win ties.
  const rank = { description: 0, registry: 1, name: 2, class: 3, anaphor: 4 };
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || rank[a.how] - rank[b.how]);
  const kept = keepDisjoint(all);
  kept.sort((a, b) => a.start - b.start);
  // Ticker in brackets and markdown decoration after the name.
  const dropped = new Set<number>();
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i]!;
    if (dropped.has(i) || k.how === "description" || k.how === "class") continue;
    const tail = NAME_TAIL.exec(text.slice(k.end - offset));
    if (tail && tail[0]) {
      // Kept mentions are disjoint and in order, so the first to start at or after this one's end is the next.
      const next = kept[i + 1];
      if (next && next.start < k.end + tail[0].length) {
        // The bracketed ticker was itself scanned as a registry mention ("(DIA)"): drop it.
        dropped.add(i + 1);
      }
      if (tail[1] && !k.fund.ticker) k.fund = { ...k.fund, ticker: tail[1] };
      k.end += tail[0].length;
      k.text = text.slice(k.start - offset, k.end - offset);
    }
  }
  return dropped.size > 0 ? kept.filter((_, i) => !dropped.has(i)) : kept;
}

/** `text` with each mention replaced by a same-length placeholder ("\uE000\uE001…"), so offsets stay put. */
export function maskMentions(text: string, offset: number, mentions: readonly Span[]): string {
  if (mentions.length === 0) return text;
  // Not by cutting and joining the whole string once per mention: that was quadratic in a paragraph of thousands of
  // fund names. Mentions in order and apart (the usual case) are joined piece by piece; others are written into the
  // code units, a later mention overwriting an earlier one where they overlap, as cutting one after another did.
  const pieces: string[] = [];
  let at = 0;
  for (const m of mentions) {
    const s = m.start - offset;
    const e = m.end - offset;
    if (s < 0 || e > text.length) continue;
    if (s < at) return maskOverlapping(text, offset, mentions);
    pieces.push(text.slice(at, s), "\uE000", "\uE001".repeat(e - s - 1));
    at = e;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

function maskOverlapping(text: string, offset: number, mentions: readonly Span[]): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  for (const m of mentions) {
    const s = m.start - offset;
    const e = m.end - offset;
    if (s < 0 || e > text.length) continue;
    units[s] = 0xe000;
    units.fill(0xe001, s + 1, e);
  }
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/** The placeholder of one masked mention, for use inside pattern sources. */
export const MENTION_SOURCE = "\uE000\uE001*";

/** The mention whose placeholder starts at `absStart`. */
export function mentionAt<T extends Span>(mentions: readonly T[], absStart: number): T | undefined {
  return mentions.find((m) => m.start === absStart);
}

export { normalizeName };
