// Instrument mentions of a sentence for market_move: registry aliases, bond yields by country and tenor,
// companies by their suffix, named indexes and funds by their head word, an issuer's products, and the back
// references ("the metal", "the underlying index", "its") resolved to an instrument named before them.
import type { MarketMoveFact } from "../schemas/record.ts";
import { parseNumber } from "./quantities.ts";
import { REGISTRY, largestEtfTracking, lookupInstrument, type RegistryEntry } from "./registry.ts";
import {
  ANAPHOR_HEAD_KINDS,
  ANAPHOR_MODIFIER_HINTS,
  COMPANY_SUFFIXES,
  CONDITIONAL_MARKERS,
  FUND_HEADS,
  FUTURES_INDEX_OF_ALIAS,
  FUND_ISSUER_WORDS,
  ISSUER_ONLY_HEAD_WORDS,
  INDEX_HEADS,
  MOVE_VERBS_DOWN,
  MOVE_VERBS_UP,
  NAME_MODIFIERS,
  NOT_NAME_STARTS,
  OBJECT_PREPOSITIONS,
  PLACE_POSSESSORS,
  SUB_INDEX_HEADS,
  SUBJECT_INTRODUCERS,
  YIELD_COUNTRIES,
} from "./lexicon.ts";
import { allMatches, CodeUnitClass, escapeRegExp, literalMatches } from "./patterns.ts";
import { AliasScanner } from "./alias-scanner.ts";

export type Kind = MarketMoveFact["instrument"]["kind"];

/** Longest first, spaces as \s+, apostrophes either way. */
export const alt = (words: Iterable<string>) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, "\\s+").replace(/'/g, "['’]"))
    .join("|");
export const lower = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");

export interface Mention {
  /** Where the name starts and ends. */
  start: number;
  end: number;
  /** Where the evidence starts: a leading "the", modifiers, "Futures on", "Shares of". */
  evidenceStart: number;
  name: string;
  kind: Kind;
  ticker: string | null;
  source: "registry" | "yield" | "company" | "named" | "anaphor";
  /** The registry entry's id, when the name is the registry's. */
  id?: string;
}

// Every registry alias (lower-case words like "gold" and "the euro" too: a mention only counts with a move
// verb right after it, which is the context those aliases need).
const namesOf = (entries: readonly RegistryEntry[]) =>
  entries.flatMap((entry) =>
    [entry.name, ...entry.aliases].map((a) => a.replace(/^the\s+/i, "")).filter((a) => a.length > 2).map((alias) => ({ alias, value: entry })),
  );
const SCAN_OPTIONS = { notBefore: "[\\w&$-]", notAfter: "[\\w&-]", flexibleSpace: true };
const REGISTRY_SCANNER = new AliasScanner(namesOf(REGISTRY), SCAN_OPTIONS);

/** "the biggest exchange-traded fund following the Dow": the registry's largest ETF on that index. */
const ETF_TRACKING_PATTERN =
  /(?<![\w-])(?:biggest|largest)\s+(?:US\s+)?(?:exchange-traded\s+fund|ETF|fund)\s+(?:that\s+)?(?:tracks?|tracking|following|follows)\s+(?:the\s+)?/g;
const INDEX_NAME_SCANNER = new AliasScanner(namesOf(REGISTRY.filter((e) => e.kind === "index")), SCAN_OPTIONS);
/** Bond words that name a country in a sentence whose yield says only "debt" ("Gilts gained ground; the yield on 30-year debt fell ..."). */
const COUNTRY_BONDS = /\b(gilts?|bunds?|JGBs?|BTPs?)\b/i;

const TENOR = `(?<tenor>\\d{1,2}|[Tt]wo|[Tt]hree|[Ff]ive|[Ss]even|[Tt]en|[Tt]wenty|[Tt]hirty)`;
const COUNTRY_WORDS = Object.keys(YIELD_COUNTRIES).filter((w) => /^[A-Z]/.test(w) && !/^Treasur/.test(w));
const COUNTRY = `(?<country>${alt(COUNTRY_WORDS)})`;
const BOND = `(?<bond>Treasury|Treasuries|government\\s+bond|government|bond|note|gilt|bund|Bund|JGB|BTP|OAT|sovereign)`;
const YIELD_PATTERNS = [
  // "yields on 30-year Treasuries", "the yield on benchmark five-year notes", "yield on two-year gilts"
  new RegExp(
    `(?<![\\w-])yields?\\s+on\\s+(?:the\\s+)?(?:(?:benchmark|policy-sensitive|rate-sensitive)\\s+)?(?:${COUNTRY}(?:['’]s)?\\s+)?${TENOR}[- ]year\\s+` +
      `(?:US\\s+|U\\.S\\.\\s+)?(?:local(?:-currency)?\\s+)?(?<bond2>Treasuries|Treasury\\s+notes?|Treasury\\s+bonds?|Treasury|notes?|bonds?|gilts|bunds|Bunds|JGBs|BTPs|debt|government\\s+bonds)(?![\\w-])`,
    "g",
  ),
  // "Germany's 10-year yield", "Treasury two-year yields", "the 10-year Treasury yield", "two-year US rates"
  new RegExp(
    `(?<![\\w-])(?:${COUNTRY}(?:['’]s)?\\s+)?(?:(?<pre>Treasury|US|U\\.S\\.)\\s+)?${TENOR}[- ]year\\s+(?:(?:US|U\\.S\\.)\\s+)?(?:${BOND}\\s+)?(?:yields?|rates?)(?![\\w-])`,
    "g",
  ),
];

const COMPANY_WORD = `(?:[A-Z][\\w.&'’!-]*|&)`;
const COMPANY_PATTERN = new RegExp(
  `(?<![\\w.&'’-])(?!(?:${alt(NOT_NAME_STARTS)})\\s)${COMPANY_WORD}(?:\\s${COMPANY_WORD}){0,5}\\s(?:${alt(COMPANY_SUFFIXES)})(?![\\w])`,
  "g",
);
const NAMED_PATTERN = new RegExp(
  `(?<![\\w.&'’-])(?!(?:${alt(NOT_NAME_STARTS)})\\s)(?:(?:[A-Z]|i(?=[A-Z]))[\\w.&'’/-]*|&)(?:\\s(?:[A-Z0-9][\\w.&'’/+-]*|&)){0,5}?\\s(?<head>${alt([...INDEX_HEADS, ...FUND_HEADS])})(?![\\w])`,
  "g",
);
// What each of those patterns cannot match without: a sentence lacking it skips the pattern (they try a run of
// capitalised words at every capital letter, which cost more than the rest of the mention search).
const COMPANY_SUFFIX_SEEN = new RegExp(`\\s(?:${alt(COMPANY_SUFFIXES)})(?![\\w])`);
/** Both yield patterns need a tenor ("10-year "), the issuer patterns an issuer's name. */
const TENOR_SEEN = /[- ]year\s/;
const ISSUER_SEEN = new RegExp(alt(FUND_ISSUER_WORDS));
const NAMED_HEAD_SEEN = new RegExp(`\\s(?:${alt([...INDEX_HEADS, ...FUND_HEADS])})(?![\\w])`);
/** "Direxion Daily Semiconductor Bear 3X Shares", "SPDR Gold Shares": an issuer's product named with a head that needs the issuer. */
const ISSUER_NAMED_PATTERN = new RegExp(
  `(?<![\\w.&'’-])(?:${alt(FUND_ISSUER_WORDS)})(?:\\s(?:[A-Z0-9][\\w.&'’/+-]*|&)){0,6}?\\s(?:${alt(ISSUER_ONLY_HEAD_WORDS)})(?![\\w])`,
  "g",
);
/** "ProShares UltraPro Short QQQ": an issuer's product named up to a ticker-like word (not the "QQQ" it ends with). */
const ISSUER_LED_PATTERN = new RegExp(
  `(?<![\\w.&'’-])(?:${alt(FUND_ISSUER_WORDS)})(?:\\s(?:[A-Z0-9][\\w.&'’/+-]*|&)){1,5}?\\s[A-Z]{2,5}(?![\\w&'’-])`,
  "g",
);
/** A back reference at a sentence's start: "The metal has advanced", "The tech-heavy gauge", "Its shares", "It". */
export const ANAPHOR_PATTERN = new RegExp(
  `^(?:\\*\\s+|[-•]\\s+)?(?:(?:${alt(SUBJECT_INTRODUCERS.map((w) => w[0]!.toUpperCase() + w.slice(1)))}),?\\s+)?` +
    `(?:(?<the>[Tt]he|Its|Their)\\s+(?<mods>(?:[^\\s,;]+\\s+){0,4}?)(?<head>${alt(Object.keys(ANAPHOR_HEAD_KINDS))})|(?<pron>It|Shares))(?![\\w'’-])`,
);
/** A sector index of the market the story is about: "The aerospace and defence sub-index jumped 2.7%". */
export const SECTOR_SUB_INDEX = /^(?:\*\s+|[-•]\s+)?The\s+(?<words>[a-z][a-z-]*(?:\s+(?:and|&)\s+[a-z][a-z-]*)?(?:\s+[a-z][a-z-]*)?)\s+(?<head>sub-index|subindex|sub-gauge|sector\s+index|sector\s+gauge)(?![\w-])/;
/** A back reference that opens a clause: "but the inverse fund has plunged 28%", "after the underlying index climbed 1%". */
export const CLAUSE_ANAPHOR = new RegExp(
  `(?<=\\s)(?<join>and|but|while|whereas|after|as|though|although|before|for|than)\\s+(?<the>the)\\s+(?<mods>(?:[^\\s,;%]+\\s+){0,3}?)` +
    `(?<head>${alt(Object.keys(ANAPHOR_HEAD_KINDS).filter((h) => h !== "shares"))})(?![\\w'’-])`,
  "g",
);
/** "Germany's DAX", "Hong Kong's Hang Seng Index": a place's possessive before a name. */
const PLACE_BEFORE = new RegExp(`(?:^|(?<=[\\s(—–"“]))(?:${alt(PLACE_POSSESSORS)})['’]s\\s+$`);
export const PLACE_LEAD = new RegExp(`^(?:${alt(PLACE_POSSESSORS)})['’]s\\s+`);
/** "The Stoxx 600 banks index": lower-case words and an index head after an index's name. */
const SUB_INDEX_AFTER = new RegExp(
  `\\s+(?<words>(?!(?:${alt([...NAME_MODIFIERS, "stock", "stocks", "equity", "share", "price", "futures", "volatility", "of", "and", "the"])})\\s)[a-z][a-z-]*(?:\\s+(?:and|&)\\s+[a-z][a-z-]*)?(?:\\s+[a-z][a-z-]*)?)\\s+(?:${alt(SUB_INDEX_HEADS)})(?![\\w-])`,
  "y",
);
/** Demonyms and sector words that make "X shares" a group, not a company ("European shares", "Bank shares"). */
const NOT_COMPANY_BEFORE_SHARES = /^(?:[A-Z][a-z]+(?:an|ese|ish|ian|ic|i)|Tech|Technology|Bank|Energy|Mining|Chip|Oil|Property|Retail|Defense|Defence|Growth|Value|Class|Common|Preferred|Ordinary|New|Some|Many|Most|All|Other|Such|These|Those|Bitcoin|Crypto|Small-cap|Large-cap)$/;
const CAPITALISED_BEFORE_SHARES = new RegExp(
  `(?<![\\w.&'’-])(?!(?:${alt(NOT_NAME_STARTS)})\\s)[A-Z][\\w&'’-]*(?:\\s[A-Z][\\w&'’-]*){0,2}(?=\\s+shares\\s+(?:${alt([...MOVE_VERBS_UP, ...MOVE_VERBS_DOWN])})(?![\\w-]))`,
  "g",
);
const SHARES_SEEN = /\sshares\s/;
const DETERMINER_BEFORE = new RegExp(`(?:^|(?<=[\\s(—–"“]))(?:[Tt]he|[Aa]n?)\\s+(?:(?:${alt(NAME_MODIFIERS)})\\s+){0,2}$`);
const FUTURES_BEFORE = /(?:^|(?<=[\s(]))(?:[Ff]utures|[Cc]ontracts)\s+(?:on|for|tied\s+to|linked\s+to|tracking)\s+(?:the\s+)?$/;
const SHARES_BEFORE = /(?:^|(?<=[\s(]))(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+(?:the\s+)?$/;
const FUTURES_AFTER = /^\s+futures(?![\w-])/;
const PREPOSITION_BEFORE = new RegExp(`(?:^|\\s)(?:${alt(OBJECT_PREPOSITIONS)})\\s+$`, "i");
const CONDITIONAL_BEFORE = new RegExp(`(?:^|\\s)(?:${alt(CONDITIONAL_MARKERS)})\\s+$`, "i");
function registryMention(entry: RegistryEntry, start: number, end: number, text: string): Mention {
  return { start, end, evidenceStart: start, name: entry.name, kind: entry.kind, ticker: entry.ticker, source: "registry", id: entry.id };
  void text;
}

/** A yield's registry entry by country and tenor ("yield:de-10y"), or a built name ("Italy 10-year yield"). */
function yieldMention(countryWord: string | undefined, bondWord: string | undefined, tenorWord: string, start: number, end: number, sentence: string): Mention | null {
  const tenor = parseNumber(tenorWord.toLowerCase());
  if (tenor === null) return null;
  let bond = bondWord ? lower(bondWord).split(" ")[0]!.replace(/s$/, "") : undefined;
  if (!countryWord && (!bond || /^(?:debt|bond|note|government|sovereign)$/.test(bond))) bond = COUNTRY_BONDS.exec(sentence)?.[1]?.toLowerCase().replace(/s$/, "") ?? bond;
  const fromBond = bond ? YIELD_COUNTRIES[bond] ?? YIELD_COUNTRIES[bond.toUpperCase()] : undefined;
  const [code, country] = (countryWord ? YIELD_COUNTRIES[countryWord] : undefined) ?? fromBond ?? ["us", "US"];
  const entry = REGISTRY.find((e) => e.id === `yield:${code}-${tenor}y`);
  if (entry) return { start, end, evidenceStart: start, name: entry.name, kind: "yield", ticker: entry.ticker, source: "yield", id: entry.id };
  const name = code === "us" ? `${tenor}-year Treasury yield` : `${country}'s ${tenor}-year yield`;
  return { start, end, evidenceStart: start, name, kind: "yield", ticker: null, source: "yield" };
}

export function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of REGISTRY_SCANNER.scan(text)) found.push(registryMention(m.value, m.start, m.end, m.text));
  for (const pattern of TENOR_SEEN.test(text) ? YIELD_PATTERNS : []) {
    for (const m of allMatches(pattern, text)) {
      const g = m.groups ?? {};
      const entry = lookupInstrument(m[0]);
      const mention = entry
        ? { ...registryMention(entry, m.index!, m.index! + m[0].length, m[0]), source: "yield" as const }
        : yieldMention(g.country ?? (g.pre && g.pre !== "Treasury" ? g.pre : undefined), g.bond ?? g.bond2, g.tenor!, m.index!, m.index! + m[0].length, text);
      if (mention) found.push(mention);
    }
  }
  for (const m of allMatches(ETF_TRACKING_PATTERN, text)) {
    const named = INDEX_NAME_SCANNER.matchAt(text, m.index! + m[0].length);
    const etf = named ? largestEtfTracking(named.value.id) : undefined;
    if (etf) found.push({ ...registryMention(etf, m.index!, named!.end, text.slice(m.index!, named!.end)), source: "named" });
  }
  for (const m of COMPANY_SUFFIX_SEEN.test(text) ? allMatches(COMPANY_PATTERN, text) : []) {
    const { start, name } = withoutPlace(m.index!, m[0]);
    const entry = lookupInstrument(name);
    found.push(
      entry
        ? registryMention(entry, start, start + name.length, name)
        : { start, end: start + name.length, evidenceStart: start, name, kind: "stock", ticker: null, source: "company" },
    );
  }
  for (const m of NAMED_HEAD_SEEN.test(text) ? allMatches(NAMED_PATTERN, text) : []) {
    const { start, name } = withoutPlace(m.index!, m[0]);
    const entry = lookupInstrument(name);
    const kind: Kind = INDEX_HEADS.includes(m.groups!.head!) ? "index" : "etf";
    found.push(
      entry
        ? registryMention(entry, start, start + name.length, name)
        : { start, end: start + name.length, evidenceStart: start, name, kind, ticker: null, source: "named" },
    );
  }
  const issuerNamed = ISSUER_SEEN.test(text) ? [...allMatches(ISSUER_NAMED_PATTERN, text), ...allMatches(ISSUER_LED_PATTERN, text)] : [];
  for (const m of issuerNamed) {
    const entry = lookupInstrument(m[0]);
    const end = m.index! + m[0].length;
    found.push(entry ? registryMention(entry, m.index!, end, m[0]) : { start: m.index!, end, evidenceStart: m.index!, name: m[0], kind: "etf", ticker: null, source: "named" });
  }
  // "Veridane shares tumbled": a capitalised name before "shares" and a move verb.
  for (const m of SHARES_SEEN.test(text) ? allMatches(CAPITALISED_BEFORE_SHARES, text) : []) {
    const { start, name } = withoutPlace(m.index!, m[0]);
    if (!name || NOT_COMPANY_BEFORE_SHARES.test(name) || PLACE_LEAD.test(`${name}'s `)) continue;
    const entry = lookupInstrument(name);
    if (entry && entry.kind !== "stock") continue;
    // "Snap's shares": the name without its possessive (the mention still ends after it, where the move is read)
    const bare = name.replace(/(?:[’']s|(?<=s)[’'])$/, "");
    found.push(entry ? registryMention(entry, start, start + name.length, name) : { start, end: start + name.length, evidenceStart: start, name: bare, kind: "stock", ticker: null, source: "company" });
  }
  // The longest mention wins where two overlap; the registry wins a tie.
  const rank = { registry: 0, yield: 1, company: 2, named: 3, anaphor: 4 };
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || rank[a.source] - rank[b.source]);
  const kept: Mention[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept.map((m) => mention(widen(text, subIndex(text, m))));
}

/**
 * A mention in the one shape its readers see. Mentions are built as literals and spreads of many shapes; V8
 * optimizes the code that reads them for the shapes it has met and threw it away at each new one.
 */
export function mention(m: Mention): Mention {
  return { start: m.start, end: m.end, evidenceStart: m.evidenceStart, name: m.name, kind: m.kind, ticker: m.ticker, source: m.source, id: m.id };
}

/** A name without a place's possessive in front ("Hong Kong's Hang Seng Index" → "Hang Seng Index"). */
export function withoutPlace(start: number, name: string): { start: number; name: string } {
  const lead = PLACE_LEAD.exec(name);
  return lead ? { start: start + lead[0].length, name: name.slice(lead[0].length) } : { start, name };
}

/** "The Stoxx 600 banks index": a sub-index of a registry index, named after it. */
function subIndex(text: string, m: Mention): Mention {
  if (m.kind !== "index" || m.source !== "registry") return m;
  SUB_INDEX_AFTER.lastIndex = m.end;
  const sub = SUB_INDEX_AFTER.exec(text);
  if (!sub) return m;
  return { ...m, end: m.end + sub[0].length, name: `${m.name} ${sub.groups!.words!.replace(/\s+/g, " ")} index`, ticker: null, id: undefined, source: "named" };
}

/** Widens a mention over "futures", and its evidence over "the tech-heavy", "Futures on the", "Shares of", "Germany's". */
function widen(text: string, m: Mention): Mention {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const offset = m.start - before.length;
  // "Germany's DAX", "Futures for Japan's Nikkei 225": the place is evidence, not name; what precedes it is read as usual.
  const place = m.source === "yield" ? null : PLACE_BEFORE.exec(before);
  const lead = place ? before.slice(0, place.index) : before;
  const futuresName = `${FUTURES_INDEX_OF_ALIAS[text.slice(m.start, m.end)] ?? m.name} futures`;
  const futuresBefore = FUTURES_BEFORE.exec(lead);
  if (futuresBefore) {
    return { ...m, evidenceStart: offset + futuresBefore.index, name: futuresName, ticker: null, id: undefined };
  }
  const after = FUTURES_AFTER.exec(text.slice(m.end));
  let out = m;
  if (after && !/futures$/i.test(m.name)) out = { ...m, end: m.end + after[0].length, name: futuresName, ticker: null, id: undefined };
  if (place) return { ...out, evidenceStart: offset + place.index };
  const shares = SHARES_BEFORE.exec(before);
  if (shares) return { ...out, evidenceStart: offset + shares.index };
  const det = DETERMINER_BEFORE.exec(before);
  if (det) return { ...out, evidenceStart: offset + det.index };
  return out;
}

/** True when the mention is the subject of what follows it, not an object ("demand for gold rose"). */
export function isSubject(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.evidenceStart - 40), m.evidenceStart);
  if (/['’]s\s+$/.test(before)) return false; // "Apple's Tesla ..." — a possessor owns the subject
  if (PREPOSITION_BEFORE.test(before) || CONDITIONAL_BEFORE.test(before)) return false;
  return true;
}

/** First words that do not name a company on their own. */
export const SHORT_NAME_STOPS = /^(?:First|General|United|National|American|International|Global|New|Bank|Royal|Banco|Standard|Grupo|China|Japan|Taiwan|Korea|India|Deutsche|Credit|Capital|Digital|Energy|Health|Power|Solar|Southern|Northern|Western|Eastern|Advanced|Applied|Smith|Johnson|Main|The|This|That|Shares)$/;

const SHORT_NAME_NOT_BEFORE = new CodeUnitClass("[\\w.&'’-]");
const SHORT_NAME_NOT_AFTER = new CodeUnitClass("[\\w&'’-]");

/** Mentions of companies named earlier in the article by their first word alone ("while Halcyon retreated 6.3%"). */
export function shortNames(text: string, companies: Map<string, Mention>): Mention[] {
  if (!companies.size) return [];
  const names = [...companies.keys()].sort((a, b) => b.length - a.length);
  const out: Mention[] = [];
  for (const m of literalMatches(text, names, SHORT_NAME_NOT_BEFORE, SHORT_NAME_NOT_AFTER)) {
    const target = companies.get(names[m.needle]!)!;
    out.push(mention(widen(text, { ...target, start: m.start, end: m.end, evidenceStart: m.start, source: "company" })));
  }
  return out;
}

/** The instrument a back reference stands for: one of a compatible kind in the previous two sentences of the paragraph. */
export const MONEY_SCALE_WORDS = new Set(["billion", "million", "trillion", "bn", "mln"]);
/** A capitalised modifier word ("SPDR", "iShares") or a name with capitals inside. */
export const PROPER_MODIFIER = /(?:^|\s)(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)(?=\s|$)/;

/** The index a sector sub-index belongs to: the first index named in the last sentences of the paragraph or the one before. */
export function parentIndex(history: readonly { paragraph: number; mentions: Mention[] }[], paragraph: number): Mention | null {
  for (const h of history.slice(-2).reverse()) {
    if (h.paragraph < paragraph - 1) break;
    const first = h.mentions.find((m) => m.kind === "index" && m.source !== "anaphor");
    if (first) return first;
  }
  return null;
}

/** One mention per instrument, the first. */
function distinct(mentions: Iterable<Mention>): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const m of mentions) if (!byKey.has(m.id ?? lower(m.name))) byKey.set(m.id ?? lower(m.name), m);
  return [...byKey.values()];
}

/** The modifiers of a back reference ("the tech-heavy gauge", "the $7.6 billion SPDR fund") and which instruments they name. */
function modifierMatcher(mods: string, ignored: readonly string[] = []) {
  const words = lower(mods).split(/\s+/).filter((w) => w.length > 2 && !/^\$|^\d/.test(w) && !MONEY_SCALE_WORDS.has(w) && !ignored.includes(w));
  const hinted = new Set(words.flatMap((w) => ANAPHOR_MODIFIER_HINTS[w] ?? []));
  const named = (m: Mention) => (m.id !== undefined && hinted.has(m.id)) || words.some((w) => lower(m.name).split(/[\s-]+/).includes(w));
  return { words, hinted, named };
}

/** The one instrument of the last two sentences of a paragraph ("But its weekly gain ..."), or null. */
export function onlyInstrumentBefore(history: readonly { paragraph: number; mentions: Mention[] }[], paragraph: number): Mention | null {
  const before = history[history.length - 1];
  const pool = before && before.paragraph === paragraph ? distinct(before.mentions) : [];
  return pool.length === 1 ? pool[0]! : null;
}

/** A clause's back reference to an instrument named earlier in the same sentence ("Bitcoin climbed ..., and the token has"). */
export function resolveInSentence(mentions: readonly Mention[], before: number, kind: Kind, mods: string): Mention | null {
  const pool = distinct(mentions.filter((m) => m.end <= before && m.kind === kind));
  const { words, hinted, named } = modifierMatcher(mods, ["underlying"]);
  if (words.length === 0) return pool.length === 1 ? pool[0]! : null;
  const picked = pool.filter(named);
  if (picked.length === 1) return picked[0]!;
  // A descriptive modifier ("the inverse fund") leaves the one candidate; a name or a hint that points elsewhere does not.
  return pool.length === 1 && hinted.size === 0 && !PROPER_MODIFIER.test(mods) ? pool[0]! : null;
}

export function resolveBackReference(
  history: readonly { paragraph: number; mentions: Mention[]; movers: Mention[] }[],
  paragraph: number,
  kind: Kind | "any",
  mods: string,
): Mention | null {
  const recent = history.slice(-2).reverse();
  // A sentence that opens its paragraph may point back into the paragraph before ("The metal has advanced 30%").
  const opensParagraph = recent[0] !== undefined && recent[0].paragraph !== paragraph;
  const reachable = recent.filter((h, i) => h.paragraph === (opensParagraph ? recent[0]!.paragraph : paragraph) && (kind !== "any" || i === 0));
  const poolOf = (h: (typeof recent)[number]) => distinct(kind === "any" ? h.movers : h.mentions.filter((m) => m.kind === kind));
  // A modifier may single one out ("the tech-heavy gauge", "the solar fund", "the SPDR fund"), in either sentence.
  const { words, named } = modifierMatcher(mods);
  if (words.length > 0) {
    const picked = distinct(reachable.flatMap(poolOf).filter(named));
    if (picked.length === 1) return picked[0]!;
  }
  for (const h of reachable) {
    const pool = poolOf(h);
    if (pool.length === 0) continue;
    // A proper name among the modifiers that the one candidate does not bear ("the SPDR fund" after an iShares fund).
    if (pool.length === 1) return PROPER_MODIFIER.test(mods) && !named(pool[0]!) ? null : pool[0]!;
    const picked = pool.filter(named);
    return picked.length === 1 ? picked[0]! : null;
  }
  return null;
}
