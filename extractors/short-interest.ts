// short_interest: the share of an instrument's float (or shares outstanding) held short, as a number, with who
// measured it. "Close to 17% of the $75 billion iShares Core S&P Small-Cap ETF's free float is sold short, against
// 4.4% for the $41 billion SPDR Dow Jones Industrial Average ETF Trust, based on Ortex figures" gives two facts; the
// basis and the data provider stated once apply to every item of the list.
import { allMatches, groupSpan } from "./patterns.ts";
import type { InstrumentRef, Span } from "../schemas/record.ts";
import type { DraftOf, ExtractionInput, Extractor } from "./types.ts";
import { examples } from "./short-interest.examples.ts";
import { MONEY_SOURCE, NUMBER_SOURCE, parseNumber } from "./quantities.ts";
import { lookupInstrument } from "./registry.ts";
import {
  clauseUnits,
  cleanFundName,
  unitFundMentions,
  maskMentions,
  MENTION_SOURCE,
  parseQualifier,
  QUALIFIER_SOURCE,
  type FundMention,
} from "./fund-names.ts";
import { COMPANY_SUFFIXES, FUND_NAME_LEADING_STOPWORDS, SHORT_INTEREST_BACK_REFERENCES } from "./lexicon.ts";

type Draft = DraftOf<"short_interest">;

/** A unit must say something about short selling before any pattern runs. */
const ANCHOR = /\b(?:held short|sold short|shorted|short interest|short sellers?)\b/i;

const PCT = (g: string) => `(?:(?<${g}q>${QUALIFIER_SOURCE})\\s+)?(?<${g}n>${NUMBER_SOURCE})\\s?(?:%|percent\\b|per\\s+cent\\b)`;
/** A company or instrument named in capitals, with an optional ticker in brackets ("Charter Communications (CHTR)"). */
const COMPANY = String.raw`(?:[A-Z][\w&.-]*)(?:\s+(?:[A-Z0-9][\w&.-]*|&|of))\{0,4\}(?:\s+\((?:[A-Za-z ]{1,12}:\s*)?[A-Z][A-Z.]{0,5}\))?`.replace(
  /\\\{/g,
  "{",
).replace(/\\\}/g, "}");
const NAME = (g: string) => `(?<${g}>${MENTION_SOURCE}|${COMPANY})`;
const SIZE = `(?:${MONEY_SOURCE}[\\s-]+)?`;
const BASIS = `(?:\\s+of\\s+(?:its\\s+|the\\s+|their\\s+|the\\s+company['’]s\\s+)?(?<basis>(?:free\\s+|public\\s+)?float|shares\\s+float|shares\\s+outstanding|outstanding\\s+shares|shares))`;

// "Close to 17% of the $75 billion iShares Core S&P Small-Cap ETF's free float is sold short"
const OF_FLOAT = new RegExp(
  `${PCT("a")}\\s+of\\s+(?:the\\s+)?${SIZE}${NAME("name")}['’]s?\\s+(?<basis>(?:free\\s+|public\\s+)?float|shares\\s+outstanding|outstanding\\s+shares|shares|stock)` +
    `\\s+(?:(?:is|are|was|were|has\\s+been|have\\s+been|remains?)\\s+)?(?:(?:now|currently|still|already)\\s+)?(?:held\\s+short|sold\\s+short|shorted|short)\\b`,
  "gd",
);
/** "the company's float", "the stock's shares outstanding": the company the sentence before is about. */
const BACK_REFERENCE = `the\\s+(?:${SHORT_INTEREST_BACK_REFERENCES.join("|")})['’]s`;
/** An appositive after a name: ", a gene-therapy developer," / ", which holds larger drugmakers,". */
const APPOS = `(?:,\\s+(?:a|an|the|which|that|whose)\\s[^,;:\\uE000]{1,100},)?`;
const HELD_SHORT = `(?:(?:is|are|was|were|has\\s+been|have\\s+been|remains?)\\s+)?(?:(?:now|currently|still|already)\\s+)?(?:held\\s+short|sold\\s+short|shorted)\\b`;
// "About 27% of the free float of the $64 billion iShares Russell 2000 ETF is now held short" / "26% of its float is held short"
const OF_FLOAT_OF = new RegExp(
  `${PCT("a")}\\s+of\\s+(?:(?<pron>its|${MENTION_SOURCE}|${BACK_REFERENCE})\\s+|the\\s+|their\\s+)(?<basis>(?:free\\s+|public\\s+)?float|shares\\s+outstanding|outstanding\\s+shares)(?:\\s+of\\s+(?:the\\s+)?${SIZE}${NAME("name")})?${APPOS}\\s+${HELD_SHORT}`,
  "gd",
);
// "Short interest in Tesla rose to 3.1% of its float"
const INTEREST_IN = new RegExp(
  `[Ss]hort\\s+interest\\s+(?:as\\s+a\\s+(?:percentage|percent|share|proportion)\\s+of\\s+(?:its\\s+|the\\s+)?(?<basis2>(?:free\\s+|public\\s+)?float|shares\\s+float|shares\\s+outstanding|outstanding\\s+shares)\\s+)?(?:in|on|for)\\s+(?:the\\s+)?${SIZE}${NAME("name")}${APPOS}\\s+(?:is|was|stands\\s+at|stood\\s+at|has\\s+(?:risen|climbed|jumped|fallen|dropped|declined|grown|increased|surged|slipped|eased)\\s+to|rose\\s+to|climbed\\s+to|jumped\\s+to|increased\\s+to|fell\\s+to|dropped\\s+to|declined\\s+to|reached|hit|of|at|equals|equaled|amounts\\s+to|amounted\\s+to|totals|totaled)\\s+(?:(?:only|just|a\\s+mere)\\s+)?${PCT("a")}${BASIS}?`,
  "gd",
);
// "GameStop has short interest of 24% of its float" / "the ETF's short interest stands at 12%"
const HAS_INTEREST = new RegExp(
  `${NAME("name")}(?:['’]s)?\\s+(?:(?:had|has|have|with|carries|carried|shows?|showed|sports)\\s+(?:a\\s+)?)?short\\s+interest\\s+(?:of|at|is|was|stands\\s+at|stood\\s+at|rose\\s+to|reached|equal\\s+to)\\s+${PCT("a")}${BASIS}?`,
  "gd",
);
// "Charter had 11.8 million shares sold short as of Jan. 31, or 12.2% of shares float"
const SOLD_SHORT_OR = new RegExp(
  `${NAME("name")}\\s+(?:had|has|have)\\s+(?:about\\s+|some\\s+|nearly\\s+)?${NUMBER_SOURCE}(?:\\s+(?:million|billion|thousand))?\\s+shares\\s+(?:sold\\s+short|held\\s+short|shorted)(?:\\s+as\\s+of\\s+[\\w.]+(?:\\s+\\d{1,2})?(?:,\\s+\\d{4})?)?,?\\s+or\\s+${PCT("a")}${BASIS}?`,
  "gd",
);
// "Larch Media Inc. (LRM) was the third most shorted stock at 9.4% of shares float"
const MOST_SHORTED = new RegExp(
  `${NAME("name")}${APPOS}\\s+(?:was|is|remains|remained|ranked\\s+as|ranks\\s+as)\\s+(?:the|a)\\s+(?:(?:second|third|fourth|fifth|\\d{1,2}(?:st|nd|rd|th))[- ])?most[- ]shorted\\s+(?:stock|company|name|share|ETF|fund)` +
    `(?:\\s+(?:in|on|of|among|across)\\s+[^,;%\\uE000]{1,60}?)?,?\\s+(?:at|with)\\s+${PCT("a")}(?:${BASIS}|\\s+short\\s+interest)?`,
  "gd",
);
/** One item of a list of companies or funds: "Fox (FOXA)", "the $290 billion Invesco QQQ Trust Series 1". */
const LIST_NAME = `(?:the\\s+)?${SIZE}(?:${MENTION_SOURCE}|${COMPANY})`;
const LIST_PCT = `(?:${QUALIFIER_SOURCE}\\s+)?${NUMBER_SOURCE}\\s?(?:%|percent\\b|per\\s+cent\\b)`;
// "Aldane (ALD), Brimco (BRM) and Corvel (CRV) had short interest of 2.1%, 0.8% and 3.3%, respectively"
const RESPECTIVELY = new RegExp(
  `(?<names>${LIST_NAME}(?:\\s*,\\s*${LIST_NAME}){0,8},?\\s+and\\s+${LIST_NAME})${APPOS},?\\s+` +
    `(?:had|have|has|with|carry|carried|show|showed|see|saw)\\s+(?:a\\s+)?short\\s+interest\\s+(?:of|at|equal\\s+to)\\s+` +
    `(?<pcts>${LIST_PCT}(?:\\s*,\\s*${LIST_PCT}){0,8},?\\s+and\\s+${LIST_PCT})${BASIS}?,?\\s+respectively`,
  "gd",
);
/** More percentages right after a one-name match: the list belongs to several names, which one name cannot pair. */
const PCT_LIST_AFTER = new RegExp(`^(?:\\s*,\\s*${LIST_PCT})*,?\\s+(?:and|or)\\s+${LIST_PCT}(?!\\s+(?:for|in|at|on|of)\\s)`);
const LIST_NAME_ITEM = new RegExp(`(?<name>${MENTION_SOURCE}|${COMPANY})`, "g");
const LIST_PCT_ITEM = new RegExp(PCT("a"), "g");

// List items after a first one: ", against 4.4% for the $41 billion SPDR Dow Jones Industrial Average ETF Trust and ..."
const CONTINUATION = new RegExp(
  `(?:\\s*,\\s*|\\s+)(?:(?:compared\\s+with|compared\\s+to|versus|vs\\.?|against|while|and|with)\\s+)?(?<start>)${PCT("a")}\\s+(?:for|in|at|on)\\s+(?:the\\s+)?${SIZE}${NAME("name")}`,
  "yd",
);

// "..., and for the $2.4 billion iShares Global Clean Energy ETF the figure was 7.5%"
const CONTINUATION_FIGURE = new RegExp(
  `(?:[^;.%\\uE000]|\\.\\d){0,80}?(?:\\s*,\\s*|\\s+)(?:(?:and|while|but|whereas)\\s+)?(?<start>)(?:for|in)\\s+(?:the\\s+)?${SIZE}${NAME("name")},?\\s+the\\s+(?:figure|number|reading|share|ratio|proportion)\\s+(?:was|is|stood\\s+at|stands\\s+at|came\\s+to)\\s+${PCT("a")}`,
  "yd",
);
/** A sentence that continues the list of the sentence before: "That compares with 4.1% for ...". */
const COMPARES = /^\s*(?:That|This|It)\s+(?:compares|compared|contrasts|contrasted)\s+(?:with|to)(?=\s)/;

const PROVIDER = String.raw`(?<prov>[A-Z][\w&.-]*(?:\s+(?:[A-Z0-9][\w&.-]*|&))\{0,3\})`.replace(/\\\{/g, "{").replace(/\\\}/g, "}");
const SOURCES = [
  new RegExp(
    `[Aa]ccording\\s+to\\s+(?:(?:data|figures|estimates|numbers|calculations|an\\s+analysis)\\s+(?:from|by|compiled\\s+by|provided\\s+by)\\s+)?(?:the\\s+)?${PROVIDER}(?:\\s+(?:data|figures|estimates|calculations)\\b)?`,
    "g",
  ),
  // "according to exchange data", "exchange data show": no provider's name, but the data's origin.
  new RegExp(`(?:[Aa]ccording\\s+to\\s+|\\bper\\s+|(?<=[,;]\\s))(?<prov>(?:stock\\s+)?exchange)\\s+(?:data|figures|filings)(?:\\s+(?:show|showed|shows))?\\b`, "g"),
  new RegExp(`(?:data|figures|estimates|calculations)\\s+(?:from|compiled\\s+by|provided\\s+by|by)\\s+(?:the\\s+)?${PROVIDER}`, "g"),
  new RegExp(`${PROVIDER}\\s+(?:data|figures|estimates|calculations)(?:\\s+(?:show|showed|shows|indicate|indicates|indicated|compiled|suggest|suggests))?\\b`, "g"),
  new RegExp(`\\bper\\s+(?:data\\s+from\\s+)?${PROVIDER}`, "g"),
];
/** What may stand between an item and the provider that closes its sentence: punctuation, "as of March 15". */
const SOURCE_GAP = /^(?:\s+as\s+of\s+[\w.]+(?:\s+\d{1,2})?(?:,\s+\d{4})?)?[\s,;(–—-]*$/;
const NOT_PROVIDERS = new Set(["The", "Data", "This", "That", "These", "It", "Its", "He", "She", "They", "We", "I"]);

interface Found {
  start: number;
  end: number;
  prov: string;
}

function findSource(text: string): Found | null {
  for (const re of SOURCES) {
    for (const m of allMatches(re, text)) {
      const prov = m.groups!.prov!.replace(/['’]s$/, "").replace(/[.,]+$/, "").replace(/\s+(?:data|Data)$/, "");
      if (!prov || NOT_PROVIDERS.has(prov)) continue;
      return { start: m.index!, end: m.index! + m[0].replace(/[.,]+$/, "").length, prov: /exchange$/.test(prov) ? `${prov} data` : prov };
    }
  }
  return null;
}

const STOP = new Set(FUND_NAME_LEADING_STOPWORDS);

function instrumentFor(stated: string, masked: string, absStart: number, mentions: FundMention[]): InstrumentRef | null {
  if (masked.startsWith("\uE000")) {
    const m = mentions.find((x) => x.start === absStart);
    return m ? { name: m.fund.name, kind: "etf", ticker: m.fund.ticker, entity: null } : null;
  }
  const ticker = /\((?:[A-Za-z ]{1,12}:\s*)?([A-Z][A-Z.]{0,5})\)\s*$/.exec(stated)?.[1] ?? null;
  const name = cleanFundName(stated.replace(/\s*\([^)]*\)\s*$/, ""));
  const first = name.split(/\s+/)[0]!;
  if (!name || STOP.has(first) || /^(?:Short|Data|Currently|About|Shares|Stock)$/.test(first)) return null;
  const entry = lookupInstrument(name);
  if (entry) {
    if (!["stock", "etf", "index"].includes(entry.kind)) return null;
    return { name: entry.name, kind: entry.kind, ticker: entry.ticker, entity: null };
  }
  return { name, kind: "stock", ticker, entity: null };
}

function basisOf(word: string | undefined): "float" | "shares_outstanding" | null {
  if (!word) return null;
  return /float/i.test(word) ? "float" : "shares_outstanding";
}

/** A company named at the start of a sentence ("Gridwell Storage Corp., a battery-storage developer, rose 12%"). */
const SUBJECT_COMPANY = new RegExp(
  `^\\s*(?:The\\s+)?(?<name>[A-Z][\\w&.-]*(?:\\s+(?:[A-Z0-9][\\w&.-]*|&)){0,4}?\\s+(?:${COMPANY_SUFFIXES.map((w) => w.replace(/\./g, "\\.")).join("|")}))(?![\\w])`,
);

type Item = { start: number; end: number; inst: InstrumentRef; pct: number; qual: string | undefined; basis: ReturnType<typeof basisOf>; rule: string; listed: boolean };

/** One clause unit being read: its text with fund names masked, and the items found so far with their spans. */
interface UnitScan {
  unit: Span;
  masked: string;
  funds: FundMention[];
  /** The unit before in the same paragraph ("" when none): "its float" may point to the company it is about. */
  previousText: string;
  items: Item[];
  taken: [number, number][];
}

const overlapsTaken = (scan: UnitScan, s: number, e: number) => scan.taken.some(([a, b]) => s < b && a < e);

/** Items of a list that continue from `at` ("..., against 4.1% for the Halcyon Growth Fund"). */
function continueList(scan: UnitScan, at: number): void {
  const { unit, masked, funds } = scan;
  for (;;) {
    let c: RegExpExecArray | null = null;
    let re = CONTINUATION;
    for (re of [CONTINUATION, CONTINUATION_FIGURE]) {
      re.lastIndex = at;
      c = re.exec(masked);
      if (c) break;
    }
    if (!c) break;
    const cg = c.groups!;
    const ce = c.index! + c[0].length;
    const [cns, cne] = groupSpan(c, re, "name")!;
    const cinst = instrumentFor(unit.text.slice(cns, cne), masked.slice(cns, cne), unit.start + cns, funds);
    const cpct = parseNumber(cg.an!);
    if (!cinst || cpct === null || cpct > 100) break;
    const first = groupSpan(c, re, "start")![0];
    scan.items.push({ start: first, end: ce, inst: cinst, pct: cpct, qual: cg.aq, basis: null, rule: "list", listed: true });
    scan.taken.push([first, ce]);
    at = ce;
  }
}

/** "A, B and C had short interest of 1.2%, 0.5% and 1.5%, respectively". */
function respectivelyItems(scan: UnitScan): void {
  const { unit, masked, funds } = scan;
  for (const m of allMatches(RESPECTIVELY, masked)) {
    const [ns] = groupSpan(m, RESPECTIVELY, "names")!;
    const [ps] = groupSpan(m, RESPECTIVELY, "pcts")!;
    const names = allMatches(LIST_NAME_ITEM, m.groups!.names!).map((x) => [ns + x.index!, ns + x.index! + x[0].length] as const);
    const pcts = allMatches(LIST_PCT_ITEM, m.groups!.pcts!).map((x) => ({ end: ps + x.index! + x[0].length, n: x.groups!.an!, q: x.groups!.aq }));
    if (names.length !== pcts.length) continue;
    const basis = basisOf(m.groups!.basis);
    names.forEach(([s, e], i) => {
      const inst = instrumentFor(unit.text.slice(s, e), masked.slice(s, e), unit.start + s, funds);
      const pct = parseNumber(pcts[i]!.n);
      if (!inst || pct === null || pct > 100) return;
      scan.items.push({ start: s, end: pcts[i]!.end, inst, pct, qual: pcts[i]!.q, basis, rule: "respectively", listed: true });
    });
    scan.taken.push([m.index!, m.index! + m[0].length]);
  }
}

const ITEM_PATTERNS = [
  [OF_FLOAT, "of_float_held_short"],
  [OF_FLOAT_OF, "of_float_held_short"],
  [INTEREST_IN, "short_interest_in"],
  [HAS_INTEREST, "has_short_interest"],
  [SOLD_SHORT_OR, "shares_sold_short"],
  [MOST_SHORTED, "most_shorted"],
] as const;

/** The instrument of a pattern's match: its name, a masked fund, or what "its" stands for. */
function itemInstrument(scan: UnitScan, m: RegExpExecArray, re: RegExp): InstrumentRef | null {
  const { unit, masked, funds } = scan;
  const nameAt = groupSpan(m, re, "name");
  const pronAt = groupSpan(m, re, "pron");
  if (nameAt) return instrumentFor(unit.text.slice(nameAt[0], nameAt[1]), masked.slice(nameAt[0], nameAt[1]), unit.start + nameAt[0], funds);
  if (pronAt && masked.startsWith("\uE000", pronAt[0])) return instrumentFor("", masked.slice(pronAt[0], pronAt[1]), unit.start + pronAt[0], funds);
  if (!pronAt) return null;
  // "its float": the fund named before in the sentence, else the company the sentence before is about.
  const fundBefore = funds.filter((f) => f.end <= unit.start + m.index!).pop();
  if (fundBefore) return instrumentFor("", "\uE000", fundBefore.start, funds);
  const subject = SUBJECT_COMPANY.exec(scan.previousText);
  return subject ? instrumentFor(subject.groups!.name!, subject.groups!.name!, -1, []) : null;
}

/** The items each short-interest pattern states, each followed by the list it may open. */
function patternItems(scan: UnitScan): void {
  for (const [re, rule] of ITEM_PATTERNS) {
    for (const m of allMatches(re, scan.masked)) {
      const g = m.groups!;
      const s = m.index!;
      const e = s + m[0].length;
      if (overlapsTaken(scan, s, e) || PCT_LIST_AFTER.test(scan.masked.slice(e))) continue;
      const inst = itemInstrument(scan, m, re);
      const pct = parseNumber(g.an!);
      if (!inst || pct === null || pct > 100) continue;
      const basis = basisOf(g.basis ?? g.basis2);
      scan.items.push({ start: s, end: e, inst, pct, qual: g.aq, basis, rule, listed: false });
      scan.taken.push([s, e]);
      continueList(scan, e);
    }
  }
}

/** The drafts of a unit's items; the provider belongs to the evidence when it closes a one-item sentence. */
function itemDrafts(input: ExtractionInput, unit: Span, items: Item[], source: Found | null): Draft[] {
  const single = items.length === 1;
  return items.map((it) => {
    let end = it.end;
    if (single && source && source.start >= it.end && SOURCE_GAP.test(unit.text.slice(it.end, source.start))) end = source.end;
    const start = it.start;
    const trimmed = unit.text.slice(start, end).replace(/[\s.,;:]+$/, "");
    end = start + trimmed.length;
    return {
      type: "short_interest",
      evidence: { start: unit.start + start, end: unit.start + end, text: input.body.slice(unit.start + start, unit.start + end) },
      rule: `short_interest.${it.rule}`,
      confidence: it.basis ? (it.inst.kind === "stock" ? 0.8 : 0.9) : 0.7,
      instrument: it.inst,
      percentOfFloat: it.pct,
      basis: it.basis ?? "float",
      qualifier: parseQualifier(it.qual),
      source: source?.prov ?? null,
    };
  });
}

function extract(input: ExtractionInput): Draft[] {
  const drafts: Draft[] = [];
  // What the unit before stated, for a sentence that goes on with its list ("That compares with 4.1% for ...") or
  // names no provider of its own ("..., the data show").
  type Prev = { paragraph: number; source: Found | null; basis: ReturnType<typeof basisOf>; text: string };
  let prev: Prev | null = null;
  for (const unit of clauseUnits(input)) {
    const paragraph = input.paragraphs.findIndex((p) => p.start <= unit.start && unit.start < p.end);
    const before: Prev | null = prev && prev.paragraph === paragraph ? prev : null;
    const current: Prev = { paragraph, source: before?.source ?? null, basis: before?.basis ?? null, text: unit.text };
    prev = current;
    const compares = before ? COMPARES.exec(unit.text) : null;
    if (!ANCHOR.test(unit.text) && !compares) continue;
    const funds = unitFundMentions(input, unit);
    // Registry instruments that are not funds (stocks, indices) are left in the text for the COMPANY slot.
    const scan: UnitScan = { unit, masked: maskMentions(unit.text, unit.start, funds), funds, previousText: before ? before.text : "", items: [], taken: [] };
    const source = findSource(unit.text) ?? (before?.source ? { ...before.source, start: -1, end: -1 } : null);
    if (compares) continueList(scan, compares[0].length);
    respectivelyItems(scan);
    patternItems(scan);
    const { items } = scan;
    if (items.length === 0) continue;
    items.sort((a, b) => a.start - b.start);
    // The basis stated in the list's first item applies to the rest (and to a list that goes on from the sentence before).
    let basis: "float" | "shares_outstanding" | null = compares ? (before?.basis ?? null) : null;
    for (const it of items) {
      if (it.basis) basis = it.basis;
      else it.basis = basis;
    }
    current.basis = basis;
    if (source) current.source = source;
    drafts.push(...itemDrafts(input, unit, items, source));
  }
  return drafts;
}

export const shortInterest: Extractor<"short_interest"> = {
  name: "short_interest",
  type: "short_interest",
  extract,
  examples,
};

