// market_move: a stated price/level move of a named instrument ("The S&P 500 rose 0.4%", "Germany's 10-year
// yield advanced three basis points to 1.21%", "the S&P 500's 19% gain").
//
// Extraction and resolution apart (chrono-node style):
//  1. instrument finders (registry aliases, bond yields, companies, named indexes/funds, back references)
//     give the mentions of a sentence;
//  2. move parsers, each one surface form with a sticky pattern built once below, read what follows a mention
//     (verb + size + level + period, "is up 12%", "'s 19% gain", "posted a 2% drop", "and Ether 9.2%");
//  3. resolution turns the words into values (numbers, units, level units, periods) and the sentence's
//     context (a period stated once for a list, "in that time", a daily wrap's closing "main moves" list).
import type { MarketMoveFact, Period } from "../schemas/record.ts";
import type { DraftOf, ExtractionInput, Extractor } from "./types.ts";
import { examples } from "./market-move.examples.ts";
import { NUMBER_SOURCE, parseNumber } from "./quantities.ts";
import { REGISTRY, largestEtfTracking, lookupInstrument, type RegistryEntry } from "./registry.ts";
import { findPeriods, matchPeriodAt, preferPeriod, sessionPeriod, type PeriodMatch } from "./period.ts";
import {
  ANAPHOR_HEAD_KINDS,
  ANAPHOR_MODIFIER_HINTS,
  CAUSATIVE_VERBS,
  CAUSED_DIRECTIONS,
  COMPANY_SUFFIXES,
  CONDITIONAL_MARKERS,
  CURRENCY_NAME_CODES,
  FORECAST_MARKERS,
  FUND_HEADS,
  INDEX_HEADS,
  MOVE_DIRECTION_WORDS,
  MOVE_NOUNS_DOWN,
  MOVE_NOUNS_UP,
  MOVE_QUALIFIERS,
  MOVE_REPORT_VERBS,
  MOVE_SIZE_FILLERS,
  MOVE_STATE_VERBS,
  MOVE_UNITS,
  MOVE_VERBS_DOWN,
  MOVE_VERBS_FLAT,
  MOVE_VERBS_UP,
  NAME_MODIFIERS,
  NOT_NAME_STARTS,
  OBJECT_PREPOSITIONS,
  PLACE_POSSESSORS,
  PRICE_UNITS,
  STANDOUT_VERBS,
  SUB_INDEX_HEADS,
  TRADING_PLACES,
  SUBJECT_INTRODUCERS,
  MONTHS,
  WEEKDAYS,
  YIELD_COUNTRIES,
} from "./lexicon.ts";
import { escapeRegExp } from "./patterns.ts";

type Draft = DraftOf<"market_move">;
type Direction = MarketMoveFact["direction"];
type Change = NonNullable<MarketMoveFact["change"]>;
type Kind = MarketMoveFact["instrument"]["kind"];

// ── Pattern pieces ────────────────────────────────────────────────────────────────────────────────

/** Longest first, spaces as \s+, apostrophes either way. */
const alt = (words: Iterable<string>) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, "\\s+").replace(/'/g, "['’]"))
    .join("|");
const lower = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");

const NUM = NUMBER_SOURCE;
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)`;
const QUAL = `(?:${alt(Object.keys(MOVE_QUALIFIERS))})`;
const FILLER = `(?:${alt(MOVE_SIZE_FILLERS)})`;
// "%" needs no word boundary after it; words do.
const UNIT = `(?:%|(?:${alt(Object.keys(MOVE_UNITS).filter((u) => u !== "%"))})(?![\\w-]))`;
/** A change: "0.4%", "as much as 2.9%", "just 1.6%", "three basis points", "150 points". */
const SIZE = `(?:\\s+${FILLER}){0,2}(?:\\s+(?<qual>${QUAL}))?\\s+(?<num>${NUM})\\s?(?<unit>${UNIT})`;
/** A level moved to: "to $98.43 a barrel", "to 2.93%", "at 135.87 per dollar", "to 38,500". */
const LEVEL =
  `(?:,?\\s+(?<lprep>to|at|below|above|past|under|beyond)\\s+(?:a\\s+(?:fresh\\s+|new\\s+)?(?:record|high|low)\\s+(?:of\\s+)?)?` +
  `(?<lsym>US\\$|C\\$|A\\$|HK\\$|\\$|€|£|¥)?(?<lnum>${DIGITS})(?!\\d)(?<lpct>%|\\s+percent(?![\\w-]))?` +
  `(?:\\s+(?<per>per|a|an)\\s+(?<perwhat>dollar|euro|${alt(PRICE_UNITS)})(?![\\w-]))?(?![\\w$]))`;

const VERB_UP = alt(MOVE_VERBS_UP);
const VERB_DOWN = alt(MOVE_VERBS_DOWN);
const VERB_FLAT = alt(MOVE_VERBS_FLAT);
const STATE = alt(MOVE_STATE_VERBS);
const DIRWORD = alt(Object.keys(MOVE_DIRECTION_WORDS));
const WEEKDAY = alt(WEEKDAYS);
/** Words between the subject and its verb that leave the verb its subject's ("also", "has", "on Friday"). */
const ADVERB =
  `\\s+(?:also|briefly|just|only|initially|earlier|later|then|still|further|again|itself|subsequently|ultimately|` +
  `eventually|sharply|modestly|slightly|steadily|now|has|have|had|was|were|is|are|more\\s+than|nearly|almost|on\\s+(?:${WEEKDAY})|${WEEKDAY}|` +
  `in\\s+(?:early|late|afternoon|morning|intraday|New\\s+York)\\s+trading)(?![\\w-])`;
/** ", which", ", the most sensitive to policy,", ", with about $7 billion in assets," or "(SPX)" between a subject and its verb. */
const APPOSITIVE =
  `(?:,\\s+which|,\\s+(?:which|that|with)\\s[^,;()\\n]{1,80},|\\s+\\([^()\\n]{1,40}\\)|,\\s+(?:the|a|an|whose|its|one|seen|considered|often|more|most|less|widely|traditionally|typically|usually)\\s[^,;()\\n]{1,80},)`;
/** The name-extending words of a subject ("index", "shares"). */
const TAIL =
  `(?:\\s+(?:index(?:\\s+of\\s+(?:[a-z-]+\\s+){0,2}?(?:companies|firms|stocks|shares|lenders|banks|miners|chipmakers))?|shares|stock|price|prices|contract))?` +
  `(?:\\s+(?:in|on)\\s+(?:${alt(TRADING_PLACES)}))?`;
const BEFORE_VERB = `${TAIL}${APPOSITIVE}?(?:${ADVERB}){0,3}`;
/** "Silver outperformed, jumping 2.3%": a verb of standing out before the participle that states the move. */
const STANDOUT = `(?:\\s+(?:${alt(STANDOUT_VERBS)}),)?`;
/** A price change stated before the percentage: "settled up $2.41, or 3.1%," (the dollars are no level). */
const MONEY_OR = `(?:\\s+(?:by\\s+)?(?:US\\$|C\\$|A\\$|\\$|€|£|¥)${DIGITS}(?:\\s+(?:a|an|per)\\s+(?:${alt(PRICE_UNITS)}))?,?\\s+or)`;

const MONTH_NAMES = alt(MONTHS);
/** A month or year before a record or low ("its November record", "its Jan. 3 peak", "its 2021 high"). */
const DATE_WORD = `(?:(?:${MONTH_NAMES})(?:\\s+\\d{1,2})?|(?:19|20)\\d{2})`;
const NOUN_UP = alt(MOVE_NOUNS_UP);
const NOUN_DOWN = alt(MOVE_NOUNS_DOWN);
const REPORT = alt(MOVE_REPORT_VERBS);

const sticky = (source: string) => new RegExp(source, "y");
/** The same pattern without its group names (for a lookahead beside the named original). */
const anonymous = (source: string) => source.replace(/\(\?<(?![=!])\w+>/g, "(?:");

// ── Move parsers: each reads what follows a mention, at the mention's end ───────────────────────────

interface Parsed {
  rule: string;
  /** Where the words of a second move of the same subject start ("and added 1.4%"); its evidence starts there. */
  start?: number;
  /** End of the words that state the move (before any period phrase). */
  end: number;
  direction: Direction;
  change: Change | null;
  levelText: { sym?: string; num: string; pct?: string; perwhat?: string } | null;
  /** A period stated by the verb phrase itself ("ended the session up 0.4%", "its biggest three-day gain"). */
  ownPeriod: Period | null;
  /** Superlative moves ("its biggest drop since 2020"): a following "since" is rarity, not the period. */
  superlative: boolean;
  confidence: number;
}

interface MoveParser {
  rule: string;
  /** Parsers that read a noun phrase or a relative clause also take a mention that is not the sentence's subject. */
  anyPosition?: boolean;
  pattern: RegExp;
  read(m: RegExpExecArray, at: number): Parsed | null;
}

function sizeOf(g: Record<string, string | undefined>): Change | null {
  if (!g.num || !g.unit) return null;
  const value = parseNumber(g.num);
  const unit = MOVE_UNITS[lower(g.unit)];
  if (value === null || !unit || value < 0) return null;
  const qualifier = g.qual ? (MOVE_QUALIFIERS[lower(g.qual)] ?? null) : null;
  return { value, unit, qualifier };
}

function levelOf(g: Record<string, string | undefined>): Parsed["levelText"] {
  return g.lnum ? { sym: g.lsym, num: g.lnum, pct: g.lpct, perwhat: g.perwhat } : null;
}

function verbDirection(g: Record<string, string | undefined>): Direction | null {
  if (g.flat) return "flat";
  if (g.up) return "up";
  if (g.down) return "down";
  if (g.dirword) return MOVE_DIRECTION_WORDS[lower(g.dirword)] ?? null;
  if (g.bare) return g.bare === "up" ? "up" : "down";
  return null;
}

/** Past tenses and -ing forms can stand alone ("The Nasdaq 100 also rose"); present tenses need a size. */
const STANDALONE = /(?:ed|ing|rose|fell|sank|slid|lost|shed|sunk|leapt|risen|fallen)$/;

const VERB_GROUPS =
  `(?:\\s+(?<flat>${VERB_FLAT})` +
  `|\\s+(?<state>${STATE})(?:\\s+(?:now|still|currently|already))?\\s+(?<dirword>${DIRWORD})` +
  `|\\s+(?<bare>up|down)(?=${MONEY_OR}?${anonymous(SIZE)})` +
  `|\\s+(?<up>${VERB_UP})|\\s+(?<down>${VERB_DOWN}))(?![\\w-])`;

const MOVE_PARSERS: MoveParser[] = [
  // "rose 0.4%", "fell 1.1% to $98.43 a barrel", "is up 12%", "ended the session up 0.4%", "was little changed at
  // 135.87 per dollar", "also rose", "fell to $98"
  {
    rule: "market_move.verb-size",
    pattern: sticky(`${BEFORE_VERB}${STANDOUT}${VERB_GROUPS}(?:${MONEY_OR}?${SIZE})?(?:${LEVEL})?`),
    read(m) {
      const g = m.groups ?? {};
      const direction = verbDirection(g);
      if (!direction) return null;
      const change = sizeOf(g);
      const levelText = levelOf(g);
      const verb = lower(g.flat ?? g.up ?? g.down ?? `${g.state} ${g.dirword}`);
      const ownPeriod = g.state && /session|day|trading/.test(lower(g.state)) ? sessionPeriod(g.state.replace(/\s+/g, " ")) : null;
      if (!change && direction !== "flat") {
        if (g.dirword && !levelText && !/^(?:ended|closed|finished|settled)/.test(verb)) return null; // "is up to" / "was down"
        if ((g.up || g.down) && !STANDALONE.test(verb)) return null;
      }
      if (g.state && !change && direction !== "flat" && !levelText && !/^(?:ended|closed|finished|settled|traded)/.test(lower(g.state))) return null;
      const confidence = change ? 0.9 : levelText ? 0.7 : 0.6;
      return { rule: this.rule, end: m.index + m[0].length, direction, change, levelText, ownPeriod, superlative: false, confidence };
    },
  },
  // "closed 0.3% higher", "ended 1.2% lower"
  {
    rule: "market_move.state-size",
    pattern: sticky(`${BEFORE_VERB}\\s+(?<state>${STATE})${SIZE}\\s+(?<dirword>higher|lower|up|down)(?![\\w-])(?:${LEVEL})?`),
    read(m) {
      const g = m.groups ?? {};
      const direction = verbDirection(g);
      const change = sizeOf(g);
      if (!direction || !change) return null;
      const ownPeriod = /session|day|trading/.test(lower(g.state!)) ? sessionPeriod(g.state!.replace(/\s+/g, " ")) : null;
      return { rule: this.rule, end: m.index + m[0].length, direction, change, levelText: levelOf(g), ownPeriod, superlative: false, confidence: 0.9 };
    },
  },
  // "still sits 19% below its November record", "is 20% above its June low"
  {
    rule: "market_move.distance",
    pattern: sticky(
      `${BEFORE_VERB}\\s+(?:sits|sat|is|was|stands|stood|remains|remained|trades|traded|ended|closed|finished)(?:\\s+(?:now|still))?${SIZE}` +
        `\\s+(?<dir>below|above|under|off|from)\\s+(?:its|a|the|their)\\s+(?:(?<when>${DATE_WORD})\\s+)?(?:(?:all-time|record|closing|recent|intraday)\\s+)?(?:record|high|peak|low|bottom|close)(?![\\w-])`,
    ),
    read(m) {
      const g = m.groups ?? {};
      const change = sizeOf(g);
      if (!change) return null;
      const direction: Direction = g.dir === "above" ? "up" : "down";
      const ownPeriod: Period | null = g.when ? { kind: "since", count: null, text: g.when, since: g.when } : null;
      return { rule: this.rule, end: m.index + m[0].length, direction, change, levelText: null, ownPeriod, superlative: false, confidence: 0.75 };
    },
  },
  // "Apple Inc., which fell as much as 6.1%" (the mention may be an object of the main clause)
  {
    rule: "market_move.relative",
    anyPosition: true,
    pattern: sticky(`,\\s+which(?:${ADVERB}){0,2}${VERB_GROUPS}${SIZE}(?:${LEVEL})?`),
    read(m) {
      const g = m.groups ?? {};
      const direction = verbDirection(g);
      const change = sizeOf(g);
      if (!direction || !change) return null;
      return { rule: this.rule, end: m.index + m[0].length, direction, change, levelText: levelOf(g), ownPeriod: null, superlative: false, confidence: 0.8 };
    },
  },
  // "'s 19% gain", "'s 2% drop"
  {
    rule: "market_move.possessive",
    anyPosition: true,
    pattern: sticky(`['’]s(?:\\s+${FILLER})?(?:\\s+(?<qual>${QUAL}))?\\s+(?<num>${NUM})\\s?(?<unit>${UNIT})(?:\\s+(?<mod>one-day|daily|weekly|monthly|quarterly|annual|yearly|[\\w]+-(?:day|session|week|month)))?\\s+(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN}))(?![\\w-])`),
    read(m) {
      const g = m.groups ?? {};
      const change = sizeOf(g);
      if (!change) return null;
      return {
        rule: this.rule, end: m.index + m[0].length, direction: g.nup ? "up" : "down", change, levelText: null,
        ownPeriod: modifierPeriod(g.mod), superlative: false, confidence: 0.85,
      };
    },
  },
  // "posted its biggest drop since 2020", "notched a 1.5% weekly gain", "had its best two-day surge"
  {
    rule: "market_move.report",
    pattern: sticky(
      `${BEFORE_VERB}\\s+(?:${REPORT})\\s+(?:a|an|its|the|their)(?:\\s+(?<qual>${QUAL}))?(?:\\s+(?<num>${NUM})\\s?(?<unit>${UNIT}))?` +
        `(?<mods>(?:\\s+[\\w-]+){0,3}?)\\s+(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN}))(?![\\w-])(?:\\s+of(?:\\s+(?<qual2>${QUAL}))?\\s+(?<num2>${NUM})\\s?(?<unit2>${UNIT}))?`,
    ),
    read(m) {
      const g = m.groups ?? {};
      const change = sizeOf(g) ?? sizeOf({ num: g.num2, unit: g.unit2, qual: g.qual2 });
      const mods = lower(g.mods ?? "");
      const superlative = /\b(?:biggest|largest|best|worst|steepest|sharpest|strongest|weakest|deepest|smallest)\b/.test(mods);
      if (!change && !superlative && mods.trim()) return null;
      const modWord = /(?:one-day|daily|weekly|monthly|quarterly|annual|yearly|[\w]+-(?:day|session|week|month))/.exec(mods)?.[0];
      return {
        rule: this.rule, end: m.index + m[0].length, direction: g.nup ? "up" : "down", change, levelText: null,
        ownPeriod: modifierPeriod(modWord, m[0]), superlative: superlative || !change, confidence: change ? 0.85 : 0.6,
      };
    },
  },
];

/** "and Ether 9.2%": a size after a second subject that shares the first one's verb. */
const ELLIPSIS = sticky(`(?:\\s+(?:was|were))?${SIZE}(?:${LEVEL})?(?![\\w-])`);
const ELLIPSIS_JOIN = /^\s*(?:,\s*(?:and|while|whereas|with|as)?|and|while|whereas|with|as)\s*$/;
/** "sent the Nasdaq 100 more than 20% higher". */
const CAUSED = sticky(`${SIZE}\\s+(?<dir>${alt(Object.keys(CAUSED_DIRECTIONS))})(?![\\w-])`);
const CAUSATIVE_BEFORE = new RegExp(`(?:^|\\s)(?:${alt(CAUSATIVE_VERBS)})\\s+$`);

/** A remark between a move and a second one of the same subject: ", its highest close since 2008,". */
const ASIDE =
  `(?:,\\s+(?!(?:and|but|after|before|while|whereas|following|leaving|putting|taking|bringing|pushing|sending|extending|with|as|which)\\s)` +
  `[^,;%\\n]{1,100}(?=,))?`;
/** A second move of the same subject: "after falling as much as 1.1%", "and is now up 3.8%", "and it dropped 3.2%". */
const CONTINUATION = new RegExp(
  `${ASIDE},?\\s+(?<join>(?:after|before|having|and|but|following)(?:\\s+(?:it|they))?(?:\\s+(?:earlier|briefly|initially|now|then|had|has|have|having|been|is|was|also)){0,2}${VERB_GROUPS}${SIZE}(?:${LEVEL})?)`,
  "yd",
);
/** A move stated next to a level: "climbed to 4.79%, up 100 basis points since September". */
const AROUND = new RegExp(`,\\s+(?<join>(?<bare2>up|down)${SIZE})(?![\\w-])`, "yd");
/** The move a session leaves standing: ", leaving it up 8.1% this year", ", taking the index down 12% since March". */
const LEAVING = new RegExp(
  `${ASIDE},?\\s+(?<join>(?:leaving|putting|taking|bringing|pushing|sending)\\s+(?:it|the\\s+(?:index|gauge|benchmark|measure|stock|shares|fund|token|currency|yield|metal))(?:\\s+(?<dir>up|down)))${SIZE}`,
  "yd",
);
/** A running move carried to a size: ", extending its loss this year to 35%", ", taking its advance since March to 38%". */
const EXTENDING = new RegExp(
  `${ASIDE},?\\s+(?<join>(?:extending|taking|bringing|pushing|lifting|widening|deepening|paring|trimming|cutting|leaving|putting)\\s+` +
    `(?:its|their|the\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+['’]s|the|a|an)\\s+(?:(?<mod>one-day|daily|weekly|monthly|quarterly|annual|yearly|[\\w]+-(?:day|session|week|month))\\s+)?` +
    `(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN}))(?<mid>(?:\\s+[^\\s,;%]+){0,6}?)\\s+to${SIZE})(?![\\w-])`,
  "yd",
);
/** A move stated as a noun after the verb: "has more than doubled this month, with a 31% gain on Wednesday". */
const WITH_MOVE = new RegExp(
  `${ASIDE},?\\s+(?<join>with\\s+(?:a|an)(?:\\s+(?<qual>${QUAL}))?\\s+(?<num>${NUM})\\s?(?<unit>${UNIT})` +
    `(?:\\s+(?<mod>one-day|daily|weekly|monthly|quarterly|annual|yearly|[\\w]+-(?:day|session|week|month)))?\\s+(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN})))(?![\\w-])`,
  "yd",
);
/** An earlier session's move: ", extending Tuesday's 1.6% drop". */
const PRIOR_MOVE = new RegExp(
  `,?\\s+(?<join>(?:extending|adding\\s+to|deepening|after|following|erasing|reversing|paring|trimming|building\\s+on)\\s+` +
    `(?<day>${WEEKDAY}|yesterday)['’]s${SIZE}\\s+(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN})))(?![\\w-])`,
  "yd",
);
/** A level stated after a move's period: "rose 2.1% on Friday to 39,870.55". */
const LEVEL_AFTER = sticky(LEVEL.replace("to|at|below|above|past|under|beyond", "to"));
/** A level without a move: "around 2.83%", "was at 136.01 per dollar". */
const LEVEL_STATE = sticky(
  `(?:\\s+(?:is|was|were|stood|traded|hovered|held|sat|sits|trading|hovering|holding|standing|last))?${LEVEL.replace("to|at|below|above|past|under|beyond", "at|around|near")}`,
);

/** Runs a sticky pattern with indices at `at`: the match and where its `join` group starts. */
function execAt(pattern: RegExp, text: string, at: number): { m: RegExpExecArray; g: Record<string, string | undefined>; start: number } | null {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  if (!m) return null;
  const start = m.indices?.groups?.join?.[0] ?? m.index;
  return { m, g: m.groups ?? {}, start };
}

function continuation(text: string, at: number): Parsed | null {
  const base = { superlative: false, levelText: null, ownPeriod: null };
  let r = execAt(CONTINUATION, text, at);
  if (r) {
    const direction = verbDirection(r.g);
    const change = sizeOf(r.g);
    if (direction && change && direction !== "flat") {
      return { ...base, rule: "market_move.continuation", start: r.start, end: r.m.index + r.m[0].length, direction, change, levelText: levelOf(r.g), confidence: 0.8 };
    }
  }
  r = execAt(AROUND, text, at);
  if (r) {
    const change = sizeOf(r.g);
    if (change) return { ...base, rule: "market_move.around-level", start: r.start, end: r.m.index + r.m[0].length, direction: r.g.bare2 === "up" ? "up" : "down", change, confidence: 0.75 };
  }
  r = execAt(LEAVING, text, at);
  if (r) {
    const change = sizeOf(r.g);
    if (change) return { ...base, rule: "market_move.leaving", start: r.start, end: r.m.index + r.m[0].length, direction: r.g.dir === "up" ? "up" : "down", change, confidence: 0.75 };
  }
  r = execAt(EXTENDING, text, at);
  if (r) {
    const change = sizeOf(r.g);
    if (change) {
      const ownPeriod = modifierPeriod(r.g.mod, r.m[0]) ?? findPeriods(r.g.mid ?? "").find((p) => p.period)?.period ?? null;
      return { ...base, rule: "market_move.leaving", start: r.start, end: r.m.index + r.m[0].length, direction: r.g.nup ? "up" : "down", change, ownPeriod, confidence: 0.75 };
    }
  }
  r = execAt(WITH_MOVE, text, at);
  if (r) {
    const change = sizeOf(r.g);
    if (change) {
      return { ...base, rule: "market_move.with-move", start: r.start, end: r.m.index + r.m[0].length, direction: r.g.nup ? "up" : "down", change, ownPeriod: modifierPeriod(r.g.mod, r.m[0]), confidence: 0.75 };
    }
  }
  r = execAt(PRIOR_MOVE, text, at);
  if (r) {
    const change = sizeOf(r.g);
    if (change) {
      const dayText = r.g.day!.replace(/\s+/g, " ");
      return {
        ...base, rule: "market_move.prior-session", start: r.start, end: r.m.index + r.m[0].length, direction: r.g.nup ? "up" : "down", change,
        ownPeriod: { kind: "session", count: 1, text: dayText }, confidence: 0.75,
      };
    }
  }
  return null;
}

function modifierPeriod(mod: string | undefined, text?: string): Period | null {
  if (!mod) return null;
  const m = lower(mod);
  const said = text ? (new RegExp(escapeRegExp(mod)).exec(text)?.[0] ?? mod) : mod;
  if (m === "one-day" || m === "daily") return { kind: "session", count: 1, text: said };
  if (m === "weekly") return { kind: "week", count: 1, text: said };
  if (m === "monthly") return { kind: "month", count: 1, text: said };
  if (m === "quarterly") return { kind: "quarter", count: 1, text: said };
  if (m === "annual" || m === "yearly") return { kind: "year", count: 1, text: said };
  const counted = /^([\w]+)-(day|session|week|month)$/.exec(m);
  if (counted) {
    const n = parseNumber(counted[1]!);
    if (n === null || !Number.isInteger(n) || n <= 0) return null;
    const kind = counted[2] === "week" ? "week" : counted[2] === "month" ? "month" : n === 1 ? "session" : "sessions";
    return { kind, count: n, text: said };
  }
  return null;
}

// ── Instrument finders ───────────────────────────────────────────────────────────────────────────

interface Mention {
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
const REGISTRY_ALIASES = REGISTRY.flatMap((entry) =>
  [entry.name, ...entry.aliases].map((a) => a.replace(/^the\s+/i, "")).filter((a) => a.length > 2),
);
const REGISTRY_PATTERN = new RegExp(`(?<![\\w&$-])(?:${alt(REGISTRY_ALIASES)})(?![\\w&-])`, "g");

/** "the largest exchange-traded fund that tracks the Russell": the registry's largest ETF on that index. */
const ETF_TRACKING_PATTERN = new RegExp(
  `(?<![\\w-])(?:biggest|largest)\\s+(?:US\\s+)?(?:exchange-traded\\s+fund|ETF|fund)\\s+(?:that\\s+)?(?:tracks?|tracking|following|follows)\\s+(?:the\\s+)?(?<index>${alt(REGISTRY.filter((e) => e.kind === "index").flatMap((e) => [e.name, ...e.aliases]).map((a) => a.replace(/^the\\s+/i, "")))})(?![\\w&-])`,
  "g",
);
/** Bond words that name a country in a sentence whose yield says only "debt" ("Gilts rallied, with the yield on 30-year debt ..."). */
const COUNTRY_BONDS = /\b(gilts?|bunds?|JGBs?|BTPs?)\b/i;

const TENOR = `(?<tenor>\\d{1,2}|[Tt]wo|[Tt]hree|[Ff]ive|[Ss]even|[Tt]en|[Tt]wenty|[Tt]hirty)`;
const COUNTRY_WORDS = Object.keys(YIELD_COUNTRIES).filter((w) => /^[A-Z]/.test(w) && !/^Treasur/.test(w));
const COUNTRY = `(?<country>${alt(COUNTRY_WORDS)})`;
const BOND = `(?<bond>Treasury|Treasuries|government\\s+bond|government|bond|note|gilt|bund|Bund|JGB|BTP|OAT|sovereign)`;
const YIELD_PATTERNS = [
  // "the yield on 10-year Treasuries", "the yield on the benchmark 10-year note", "yield on two-year gilts"
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
/** A back reference at a sentence's start: "The metal has advanced", "The tech-heavy gauge", "Its shares", "It". */
const ANAPHOR_PATTERN = new RegExp(
  `^(?:\\*\\s+|[-•]\\s+)?(?:(?:${alt(SUBJECT_INTRODUCERS.map((w) => w[0]!.toUpperCase() + w.slice(1)))}),?\\s+)?` +
    `(?:(?<the>[Tt]he|Its|Their)\\s+(?<mods>(?:[^\\s,;]+\\s+){0,4}?)(?<head>${alt(Object.keys(ANAPHOR_HEAD_KINDS))})|(?<pron>It|Shares))(?![\\w'’-])`,
);
/** "Germany's DAX", "Hong Kong's Hang Seng Index": a place's possessive before a name. */
const PLACE_BEFORE = new RegExp(`(?:^|(?<=[\\s(—–"“]))(?:${alt(PLACE_POSSESSORS)})['’]s\\s+$`);
const PLACE_LEAD = new RegExp(`^(?:${alt(PLACE_POSSESSORS)})['’]s\\s+`);
/** "The Stoxx 600 banks index": lower-case words and an index head after an index's name. */
const SUB_INDEX_AFTER = new RegExp(
  `\\s+(?<words>(?!(?:${alt([...NAME_MODIFIERS, "stock", "stocks", "equity", "share", "price", "futures", "volatility", "of", "and", "the"])})\\s)[a-z][a-z-]*(?:\\s+(?:and|&)\\s+[a-z][a-z-]*)?(?:\\s+[a-z][a-z-]*)?)\\s+(?:${alt(SUB_INDEX_HEADS)})(?![\\w-])`,
  "y",
);
/** "a 3.8% gain for the S&P 500" (compared with, versus): a move stated before the instrument's name. */
const MOVE_FOR_BEFORE = new RegExp(
  `(?:^|\\s)(?:compared\\s+with|compared\\s+to|versus|vs\\.?|against|than|while|and)\\s+(?<np>(?:a|an)(?:\\s+(?<qual>${QUAL}))?\\s+(?<num>${NUM})\\s?(?<unit>${UNIT})` +
    `(?:\\s+(?<mod>one-day|daily|weekly|monthly|quarterly|annual|yearly|[\\w]+-(?:day|session|week|month)))?\\s+(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN}))\\s+(?:for|in|by)\\s+)$`,
);
/** Demonyms and sector words that make "X shares" a group, not a company ("European shares", "Bank shares"). */
const NOT_COMPANY_BEFORE_SHARES = /^(?:[A-Z][a-z]+(?:an|ese|ish|ian|ic|i)|Tech|Technology|Bank|Energy|Mining|Chip|Oil|Property|Retail|Defense|Defence|Growth|Value|Class|Common|Preferred|Ordinary|New|Some|Many|Most|All|Other|Such|These|Those|Bitcoin|Crypto|Small-cap|Large-cap)$/;
const CAPITALISED_BEFORE_SHARES = new RegExp(
  `(?<![\\w.&'’-])(?!(?:${alt(NOT_NAME_STARTS)})\\s)[A-Z][\\w&'’-]*(?:\\s[A-Z][\\w&'’-]*){0,2}(?=\\s+shares\\s+(?:${alt([...MOVE_VERBS_UP, ...MOVE_VERBS_DOWN])})(?![\\w-]))`,
  "g",
);
const DETERMINER_BEFORE = new RegExp(`(?:^|(?<=[\\s(—–"“]))(?:[Tt]he|[Aa]n?)\\s+(?:(?:${alt(NAME_MODIFIERS)})\\s+){0,2}$`);
const FUTURES_BEFORE = /(?:^|(?<=[\s(]))(?:[Ff]utures|[Cc]ontracts)\s+(?:on|for|tied\s+to|linked\s+to|tracking)\s+(?:the\s+)?$/;
const SHARES_BEFORE = /(?:^|(?<=[\s(]))(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+(?:the\s+)?$/;
const FUTURES_AFTER = /^\s+futures(?![\w-])/;
const PREPOSITION_BEFORE = new RegExp(`(?:^|\\s)(?:${alt(OBJECT_PREPOSITIONS)})\\s+$`, "i");
const CONDITIONAL_BEFORE = new RegExp(`(?:^|\\s)(?:${alt(CONDITIONAL_MARKERS)})\\s+$`, "i");
/** "as tracked by Goldman Sachs Group Inc., which jumped": the mention is a source, not the mover. */
const ATTRIBUTION_BEFORE = /(?:tracked|compiled|calculated|measured|published|according|data|index(?:es)?|baskets?)\s+(?:by|to|from)\s+$/i;
const FORECAST_BEFORE = new RegExp(`(?:^|\\s)(?:${alt(FORECAST_MARKERS)})\\s`, "i");

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

function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(REGISTRY_PATTERN)) {
    const entry = lookupInstrument(m[0]);
    if (entry) found.push(registryMention(entry, m.index!, m.index! + m[0].length, m[0]));
  }
  for (const pattern of YIELD_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const g = m.groups ?? {};
      const entry = lookupInstrument(m[0]);
      const mention = entry
        ? { ...registryMention(entry, m.index!, m.index! + m[0].length, m[0]), source: "yield" as const }
        : yieldMention(g.country ?? (g.pre && g.pre !== "Treasury" ? g.pre : undefined), g.bond ?? g.bond2, g.tenor!, m.index!, m.index! + m[0].length, text);
      if (mention) found.push(mention);
    }
  }
  for (const m of text.matchAll(ETF_TRACKING_PATTERN)) {
    const index = lookupInstrument(m.groups!.index!);
    const etf = index ? largestEtfTracking(index.id) : undefined;
    if (etf) found.push({ ...registryMention(etf, m.index!, m.index! + m[0].length, m[0]), source: "named" });
  }
  for (const m of text.matchAll(COMPANY_PATTERN)) {
    const { start, name } = withoutPlace(m.index!, m[0]);
    const entry = lookupInstrument(name);
    found.push(
      entry
        ? registryMention(entry, start, start + name.length, name)
        : { start, end: start + name.length, evidenceStart: start, name, kind: "stock", ticker: null, source: "company" },
    );
  }
  for (const m of text.matchAll(NAMED_PATTERN)) {
    const { start, name } = withoutPlace(m.index!, m[0]);
    const entry = lookupInstrument(name);
    const kind: Kind = INDEX_HEADS.includes(m.groups!.head!) ? "index" : "etf";
    found.push(
      entry
        ? registryMention(entry, start, start + name.length, name)
        : { start, end: start + name.length, evidenceStart: start, name, kind, ticker: null, source: "named" },
    );
  }
  // "Veridane shares tumbled": a capitalised name before "shares" and a move verb.
  for (const m of text.matchAll(CAPITALISED_BEFORE_SHARES)) {
    const { start, name } = withoutPlace(m.index!, m[0]);
    if (!name || NOT_COMPANY_BEFORE_SHARES.test(name) || PLACE_LEAD.test(`${name}'s `) || lookupInstrument(name)?.kind !== undefined && lookupInstrument(name)?.kind !== "stock") continue;
    const entry = lookupInstrument(name);
    found.push(entry ? registryMention(entry, start, start + name.length, name) : { start, end: start + name.length, evidenceStart: start, name, kind: "stock", ticker: null, source: "company" });
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
  return kept.map((m) => widen(text, subIndex(text, m)));
}

/** A name without a place's possessive in front ("Hong Kong's Hang Seng Index" → "Hang Seng Index"). */
function withoutPlace(start: number, name: string): { start: number; name: string } {
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
  const futuresBefore = FUTURES_BEFORE.exec(lead);
  if (futuresBefore) {
    return { ...m, evidenceStart: offset + futuresBefore.index, name: `${m.name} futures`, ticker: null, id: undefined };
  }
  const after = FUTURES_AFTER.exec(text.slice(m.end));
  let out = m;
  if (after && !/futures$/i.test(m.name)) out = { ...m, end: m.end + after[0].length, name: `${m.name} futures`, ticker: null, id: undefined };
  if (place) return { ...out, evidenceStart: offset + place.index };
  const shares = SHARES_BEFORE.exec(before);
  if (shares) return { ...out, evidenceStart: offset + shares.index };
  const det = DETERMINER_BEFORE.exec(before);
  if (det) return { ...out, evidenceStart: offset + det.index };
  return out;
}

/** True when the mention is the subject of what follows it, not an object ("demand for gold rose"). */
function isSubject(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.evidenceStart - 40), m.evidenceStart);
  if (/['’]s\s+$/.test(before)) return false; // "Apple's Tesla ..." — a possessor owns the subject
  if (PREPOSITION_BEFORE.test(before) || CONDITIONAL_BEFORE.test(before)) return false;
  return true;
}

// ── Sentences, lists and context ───────────────────────────────────────────────────────────────────

interface Unit {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

/** Sentences, re-joined where the segmenter cut after "p.m." or "a.m." ("as of 4 p.m. | New York time"). */
function units(input: ExtractionInput): Unit[] {
  const out: Unit[] = [];
  for (const s of input.sentences) {
    const last = out[out.length - 1];
    if (last && last.paragraph === s.paragraph && /\b[ap]\.m\.$/.test(last.text) && !input.body.slice(last.end, s.start).includes("\n")) {
      last.end = s.end;
      last.text = input.body.slice(last.start, last.end);
      continue;
    }
    out.push({ start: s.start, end: s.end, text: s.text, paragraph: s.paragraph });
  }
  return out;
}

const MAIN_MOVES_HEADING = /\b(?:main|key|major|biggest|other)\s+(?:market\s+)?moves\b[^.]*:\s*$/i;
const MAIN_MOVES_HEADING_ANYWHERE = /^[^\n]*\b(?:main|key|major|biggest|other)\s+(?:market\s+)?moves\b[^.\n]*:[ \t]*$/im;
const LIST_ITEM = /^(?:\*|-|•)\s+/;
const SECTION_HEADING = /^[A-Z][\w &/-]{0,30}$/;
const AS_OF = /\bas\s+of\s+\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?(?:\s+(?:in\s+)?[A-Z][\w ]{2,20}?\s+time)?/;

// ── The extractor ──────────────────────────────────────────────────────────────────────────────────

interface Found {
  mention: Mention;
  /** Where the evidence starts when not at the mention ("and added 1.4%", "a 3.8% gain for the S&P 500"). */
  evidenceStart?: number;
  parsed: Parsed;
  evidenceEnd: number;
  period: Period | null;
  backReference: boolean;
  unit: Unit;
}

/** The periods stated right after a move ("over the past five sessions", "on Friday as of 4 p.m."). */
function trailingPeriods(text: string, from: number, superlative: boolean): { matches: PeriodMatch[]; end: number } {
  const matches: PeriodMatch[] = [];
  let at = from;
  for (let i = 0; i < 3; i++) {
    const gap = /^,?\s+/.exec(text.slice(at));
    if (!gap) break;
    const m = matchPeriodAt(text, at + gap[0].length);
    if (!m || (superlative && m.period?.kind === "since")) break;
    if (gap[0].includes(",") && !m.backReference && m.form !== "as-of") break; // ", something it hasn't done since ..."
    matches.push(m);
    at = m.end;
  }
  return { matches, end: at };
}

/** "Something it hasn't done since April 2020", "the most since 2008": a "since" that says how rare a move is. */
const RARITY_BEFORE = /(?:n['’]t|\bnot|\bnever|\bfirst\s+time|\bmost|\b\w+est)\b[^,.;]{0,40}$/i;

/** The period a back reference ("in that time") points to when no earlier move states one: a phrase before it. */
function statedBefore(text: string, before: number): Period | null {
  const found = findPeriods(text.slice(0, before)).filter((p) => p.period && !(p.period.kind === "since" && RARITY_BEFORE.test(text.slice(0, p.start))));
  return found[0]?.period ?? null;
}

function levelValue(found: Found): MarketMoveFact["level"] {
  const l = found.parsed.levelText;
  if (!l) return null;
  const value = parseNumber(l.num);
  if (value === null) return null;
  const { kind, name, ticker } = found.mention;
  if (l.pct) return { value, unit: "percent" };
  if (l.perwhat && /^(?:dollar)$/i.test(l.perwhat)) {
    const code = ticker && /^USD[A-Z]{3}$/.test(ticker) ? ticker.slice(3) : (CURRENCY_NAME_CODES[name] ?? CURRENCY_NAME_CODES[name.split(" ").pop()!] ?? "CCY");
    return { value, unit: `${code}_per_USD` };
  }
  if (l.perwhat && /^(?:euro)$/i.test(l.perwhat)) {
    const code = CURRENCY_NAME_CODES[name] ?? CURRENCY_NAME_CODES[name.split(" ").pop()!] ?? "CCY";
    return { value, unit: `${code}_per_EUR` };
  }
  if (l.sym) return { value, unit: l.sym === "€" ? "EUR" : l.sym === "£" ? "GBP" : l.sym === "¥" ? "JPY" : l.sym === "$" || l.sym === "US$" ? "USD" : l.sym === "C$" ? "CAD" : l.sym === "A$" ? "AUD" : "HKD" };
  if (kind === "index") return { value, unit: "points" };
  if (kind === "yield") return { value, unit: "percent" };
  if (kind === "currency") {
    if (ticker && /^[A-Z]{3}USD$/.test(ticker)) return { value, unit: "USD" };
    if (ticker && /^USD[A-Z]{3}$/.test(ticker)) return { value, unit: `${ticker.slice(3)}_per_USD` };
    return null;
  }
  return { value, unit: "USD" };
}

/** First words that do not name a company on their own. */
const SHORT_NAME_STOPS = /^(?:First|General|United|National|American|International|Global|New|Bank|Royal|Banco|Standard|Grupo|China|Japan|Taiwan|Korea|India|Deutsche|Credit|Capital|Digital|Energy|Health|Power|Solar|Southern|Northern|Western|Eastern|Advanced|Applied|Smith|Johnson|Main|The|This|That|Shares)$/;

/** Mentions of companies named earlier in the article by their first word alone ("while Halcyon retreated 6.3%"). */
function shortNames(text: string, companies: Map<string, Mention>): Mention[] {
  if (!companies.size) return [];
  const pattern = new RegExp(`(?<![\\w.&'’-])(?:${alt(companies.keys())})(?![\\w&'’-])`, "g");
  const out: Mention[] = [];
  for (const m of text.matchAll(pattern)) {
    const target = companies.get(m[0])!;
    out.push(widen(text, { ...target, start: m.index!, end: m.index! + m[0].length, evidenceStart: m.index!, source: "company" }));
  }
  return out;
}

/** The instrument a back reference stands for: one of a compatible kind in the previous two sentences of the paragraph. */
function resolveBackReference(
  history: readonly { paragraph: number; mentions: Mention[]; movers: Mention[] }[],
  paragraph: number,
  kind: Kind | "any",
  mods: string,
): Mention | null {
  const recent = history.slice(-2).reverse();
  for (let i = 0; i < recent.length; i++) {
    const h = recent[i]!;
    if (h.paragraph !== paragraph) return null;
    // "It" stands for the one instrument that moved in the sentence before.
    if (kind === "any" && i > 0) return null;
    const pool = kind === "any" ? h.movers : h.mentions.filter((m) => m.kind === kind);
    const byKey = new Map<string, Mention>();
    for (const m of pool) {
      const key = m.id ?? lower(m.name);
      if (!byKey.has(key)) byKey.set(key, m);
    }
    if (byKey.size === 0) continue;
    if (byKey.size === 1) return [...byKey.values()][0]!;
    // Several: a modifier may single one out ("the tech-heavy gauge", "the solar fund", "the SPDR fund").
    const words = lower(mods).split(/\s+/).filter((w) => w.length > 2);
    const hinted = new Set(words.flatMap((w) => ANAPHOR_MODIFIER_HINTS[w] ?? []));
    const picked = [...byKey.values()].filter(
      (m) => (m.id && hinted.has(m.id)) || words.some((w) => !/^\$|^\d/.test(w) && lower(m.name).split(/[\s-]+/).includes(w)),
    );
    return picked.length === 1 ? picked[0]! : null;
  }
  return null;
}

function extract(input: ExtractionInput): Draft[] {
  const drafts: Draft[] = [];
  const { body } = input;
  let inList = false;
  let listAnchor: string | null = null;
  // The instruments of the sentences read so far (for back references), and companies by their first word ("Halcyon").
  const history: { paragraph: number; mentions: Mention[]; movers: Mention[] }[] = [];
  const companies = new Map<string, Mention>();
  const published = /^(?:19|20)\d{2}/.exec(input.article.publishedAt ?? "")?.[0] ?? null;
  // A daily wrap (a closing "main moves" list, or moves "as of 4 p.m. New York time"): its bare moves are the session's.
  const wrapAnchor = AS_OF.exec(body)?.[0] ?? (MAIN_MOVES_HEADING_ANYWHERE.exec(body)?.[0].replace(/:\s*$/, "").trim() || null);

  for (const unit of units(input)) {
    const text = unit.text;
    // A daily wrap's closing list: "Some of the main moves in markets:" then "* ..." items under short headings.
    if (MAIN_MOVES_HEADING.test(text)) {
      inList = true;
      listAnchor = text.replace(/:\s*$/, "");
      continue;
    }
    const listed = inList && LIST_ITEM.test(text);
    if (inList && !listed && !SECTION_HEADING.test(text)) inList = false;
    if (listed && listAnchor && !/as of/i.test(listAnchor)) {
      const asOf = AS_OF.exec(text);
      if (asOf) listAnchor = asOf[0];
    }

    const mentions = findMentions(text);
    // "while Halcyon retreated 6.3%": a company named earlier in the article, by its first word.
    for (const m of shortNames(text, companies)) {
      if (!mentions.some((k) => k.start < m.end && k.end > m.start)) mentions.push(m);
    }
    mentions.sort((x, y) => x.start - y.start);
    // "Veridane shares tumbled": the full name the article gave the company earlier.
    for (const [i, m] of mentions.entries()) {
      const known = m.source === "company" ? companies.get(m.name) : undefined;
      if (known && known.name !== m.name) mentions[i] = { ...m, name: known.name, ticker: known.ticker, id: known.id };
    }
    // A back reference at the sentence's start: "The benchmark sank 4%", "Its shares jumped 13%", "The metal has advanced".
    const anaphor = ANAPHOR_PATTERN.exec(text);
    if (anaphor) {
      const g = anaphor.groups ?? {};
      const head = g.head ?? g.pron!;
      const headStart = anaphor.index + anaphor[0].length - head.length;
      const evidenceStart = g.the ? text.lastIndexOf(g.the, headStart - (g.mods?.length ?? 0)) : headStart;
      const kind = g.pron === "It" ? "any" : g.pron ? "stock" : ANAPHOR_HEAD_KINDS[head.replace(/\s+/g, " ")] ?? ANAPHOR_HEAD_KINDS[lower(head)];
      const target = kind ? resolveBackReference(history, unit.paragraph, kind, g.mods ?? "") : null;
      if (target && !mentions.some((m) => m.start < headStart + head.length && m.end > evidenceStart)) {
        mentions.unshift({ ...target, start: headStart, end: headStart + head.length, evidenceStart, source: "anaphor" });
      }
    }
    for (const m of mentions) {
      if (m.kind !== "stock" || m.source === "anaphor") continue;
      const first = /^[A-Z][\w&'’-]{3,}/.exec(m.name)?.[0];
      if (first && first !== m.name.trim() && !SHORT_NAME_STOPS.test(first) && !PLACE_LEAD.test(`${first}'s `) && !companies.has(first)) companies.set(first, m);
    }

    const facts: Found[] = [];
    for (const mention of mentions) {
      let parsed: Parsed | null = null;
      const subject = isSubject(text, mention);
      for (const p of MOVE_PARSERS) {
        if (!p.anyPosition && !subject) continue;
        if (p.anyPosition && ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, mention.evidenceStart - 30), mention.evidenceStart))) continue;
        if (p.rule === "market_move.possessive" && FORECAST_BEFORE.test(text.slice(Math.max(0, mention.evidenceStart - 50), mention.evidenceStart))) continue;
        p.pattern.lastIndex = mention.end;
        const m = p.pattern.exec(text);
        if (!m) continue;
        parsed = p.read(m, mention.end);
        if (parsed) break;
      }
      // "and Ether 9.2%": the verb of the move before it.
      const previous = facts[facts.length - 1];
      if (!parsed && previous && previous.parsed.change && ELLIPSIS_JOIN.test(text.slice(previous.evidenceEnd, mention.evidenceStart))) {
        ELLIPSIS.lastIndex = mention.end;
        const m = ELLIPSIS.exec(text);
        const change = m ? sizeOf(m.groups ?? {}) : null;
        if (m && change) {
          parsed = {
            rule: "market_move.ellipsis", end: m.index + m[0].length, direction: previous.parsed.direction, change,
            levelText: levelOf(m.groups ?? {}), ownPeriod: null, superlative: false, confidence: 0.8,
          };
        }
      }
      // "sent the Nasdaq 100 more than 20% higher"
      if (!parsed && CAUSATIVE_BEFORE.test(text.slice(Math.max(0, mention.evidenceStart - 20), mention.evidenceStart))) {
        CAUSED.lastIndex = mention.end;
        const m = CAUSED.exec(text);
        const change = m ? sizeOf(m.groups ?? {}) : null;
        if (m && change) {
          parsed = {
            rule: "market_move.caused", end: m.index + m[0].length, direction: CAUSED_DIRECTIONS[lower(m.groups!.dir!)]!, change,
            levelText: null, ownPeriod: null, superlative: false, confidence: 0.8,
          };
        }
      }
      // "compared with a 3.8% gain for the S&P 500"
      if (!parsed) {
        const m = MOVE_FOR_BEFORE.exec(text.slice(Math.max(0, mention.evidenceStart - 90), mention.evidenceStart));
        const change = m ? sizeOf(m.groups ?? {}) : null;
        if (m && change && !FORECAST_BEFORE.test(text.slice(Math.max(0, mention.evidenceStart - 140), mention.evidenceStart))) {
          const npStart = mention.evidenceStart - m[0].length + m[0].indexOf(m.groups!.np!);
          parsed = {
            rule: "market_move.move-for", start: npStart, end: mention.end, direction: m.groups!.nup ? "up" : "down", change,
            levelText: null, ownPeriod: modifierPeriod(m.groups!.mod), superlative: false, confidence: 0.75,
          };
        }
      }
      // "the 10-year yield around 2.83% after climbing ...": a level that only a following move explains.
      let state: { end: number; levelText: Parsed["levelText"] } | null = null;
      if (!parsed && subject) {
        LEVEL_STATE.lastIndex = mention.end;
        const m = LEVEL_STATE.exec(text);
        if (m) state = { end: m.index + m[0].length, levelText: levelOf(m.groups ?? {}) };
      }
      if (!parsed && !state) continue;
      const adjust = (p: Parsed): Parsed => {
        let confidence = p.confidence;
        if (mention.source === "anaphor") confidence = Math.min(confidence, 0.7);
        if (mention.source === "company" || mention.source === "named") confidence -= 0.05;
        return { ...p, confidence };
      };
      let end = state ? state.end : parsed!.end;
      if (parsed) {
        parsed = adjust(parsed);
        const trailing = trailingPeriods(text, parsed.end, parsed.superlative);
        const stated = trailing.matches.filter((t) => t.period).map((t) => t.period!);
        end = trailing.matches.length ? trailing.end : parsed.end;
        // "climbed 4.2% on Thursday to $101,870.44": a level after the period.
        if (trailing.matches.length && !parsed.levelText && parsed.change) {
          LEVEL_AFTER.lastIndex = end;
          const level = LEVEL_AFTER.exec(text);
          if (level) {
            parsed = { ...parsed, levelText: levelOf(level.groups ?? {}) };
            end = level.index + level[0].length;
          }
        }
        facts.push({
          mention,
          evidenceStart: parsed.start,
          parsed,
          evidenceEnd: end,
          period: preferPeriod([...(parsed.ownPeriod ? [parsed.ownPeriod] : []), ...stated]),
          backReference: trailing.matches.some((t) => t.backReference),
          unit,
        });
      }
      // "... after rising as much as 1.1%", "..., extending Tuesday's 1.6% drop": a second move of the same subject.
      let continued = continuation(text, end);
      for (let n = 0; continued && n < 3; n++) {
        const next = adjust({ ...continued, levelText: continued.levelText ?? state?.levelText ?? null });
        const trailing = trailingPeriods(text, next.end, false);
        const stated = trailing.matches.filter((t) => t.period).map((t) => t.period!);
        end = trailing.matches.length ? trailing.end : next.end;
        facts.push({
          mention,
          evidenceStart: next.start,
          parsed: next,
          evidenceEnd: end,
          period: preferPeriod([...(next.ownPeriod ? [next.ownPeriod] : []), ...stated]),
          backReference: false,
          unit,
        });
        continued = continuation(text, end);
      }
    }

    // Periods stated once for the sentence: "in that time" and a following clause without its own period take
    // the period an earlier move of the sentence states; a sentence that opens with one lends it to all.
    const leading = findPeriods(text).find((p) => p.period && p.start <= (/^(?:\*\s+)?(?:\w+,?\s+)?/.exec(text)?.[0].length ?? 0));
    let sentencePeriod: Period | null = leading?.period ?? null;
    const asOf = AS_OF.exec(text);
    for (const f of facts) {
      if (f.period) {
        sentencePeriod ??= f.period;
        continue;
      }
      if (f.backReference && !sentencePeriod) sentencePeriod = statedBefore(text, f.mention.evidenceStart);
      if (sentencePeriod) f.period = sentencePeriod;
      else if (asOf) f.period = sessionPeriod(asOf[0]);
      else if (listed) f.period = sessionPeriod(listAnchor ?? "main moves");
      else if (wrapAnchor) f.period = sessionPeriod(wrapAnchor);
    }

    history.push({ paragraph: unit.paragraph, mentions, movers: facts.map((f) => f.mention) });
    for (const f of facts) {
      // "in 2025" in an article of 2025 is the year to date.
      if (f.period?.kind === "year" && published && f.period.text.includes(published)) f.period = { ...f.period, kind: "ytd", count: null };
      const start = unit.start + (f.evidenceStart ?? f.mention.evidenceStart);
      const end = unit.start + f.evidenceEnd;
      drafts.push({
        type: "market_move",
        instrument: { name: f.mention.name, kind: f.mention.kind, ticker: f.mention.ticker, entity: null },
        direction: f.parsed.direction,
        change: f.parsed.change,
        level: levelValue(f),
        period: f.period,
        evidence: { start, end, text: body.slice(start, end) },
        rule: f.parsed.rule,
        confidence: Math.round(f.parsed.confidence * 100) / 100,
      });
    }
  }
  return drafts;
}

export const marketMove: Extractor<"market_move"> = {
  name: "market_move",
  type: "market_move",
  extract,
  examples,
};
