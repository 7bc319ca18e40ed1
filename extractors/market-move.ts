// market_move: a move of price, level or yield that the text states for an instrument it names ("The S&P 500
// climbed 0.8%", "Germany's 10-year yield rose five basis points to 2.47%", "the S&P 500's 21% gain").
//
// Extraction and resolution apart (chrono-node style):
//  1. instrument finders (instrument-mentions.ts: registry aliases, bond yields, companies, named indexes and
//     funds, back references)
//     give the mentions of a sentence;
//  2. move parsers, each one surface form with a sticky pattern built once below, read what follows a mention
//     (verb + size + level + period, "is up 12%", "'s 19% gain", "posted a 2% drop", "and Ether 9.2%");
//  3. resolution turns the words into values (numbers, units, level units, periods) and the sentence's
//     context (a period stated once for a list, "in that time", a daily wrap's closing "main moves" list).
import type { MarketMoveFact, Period } from "../schemas/record.ts";
import type { DraftOf, ExtractionInput, Extractor } from "./types.ts";
import { examples } from "./market-move.examples.ts";
import { NUMBER_SOURCE, parseNumber } from "./quantities.ts";
import { findPeriods, matchPeriodAt, preferPeriod, sessionPeriod, type PeriodMatch } from "./period.ts";
import {
  ANAPHOR_HEAD_KINDS,
  CAUSATIVE_VERBS,
  CAUSED_DIRECTIONS,
  CURRENCY_NAME_CODES,
  CURRENCY_SYMBOLS,
  LEVEL_CURRENCY_WORDS,
  FORECAST_MARKERS,
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
  PRICE_UNITS,
  PERIODIC_HEADING_WORDS,
  STANDOUT_GROUPS,
  UNDOING_VERBS,
  STANDOUT_VERBS,
  TRADING_PLACES,
  MONTHS,
  WEEKDAYS,
} from "./lexicon.ts";
import { allMatches, escapeRegExp, groupSpan } from "./patterns.ts";
import {
  ANAPHOR_PATTERN,
  CLAUSE_ANAPHOR,
  PLACE_LEAD,
  SECTOR_SUB_INDEX,
  SHORT_NAME_STOPS,
  alt,
  findMentions,
  isSubject,
  lower,
  mention,
  onlyInstrumentBefore,
  parentIndex,
  resolveBackReference,
  resolveInSentence,
  shortNames,
  type Mention,
} from "./instrument-mentions.ts";

type Draft = DraftOf<"market_move">;
type Direction = MarketMoveFact["direction"];
type Change = NonNullable<MarketMoveFact["change"]>;

// ── Pattern pieces ────────────────────────────────────────────────────────────────────────────────


const NUM = NUMBER_SOURCE;
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)`;
const QUAL = `(?:${alt(Object.keys(MOVE_QUALIFIERS))})`;
const FILLER = `(?:${alt(MOVE_SIZE_FILLERS)})`;
// "%" needs no word boundary after it; words do.
const UNIT = `(?:%|(?:${alt(Object.keys(MOVE_UNITS).filter((u) => u !== "%"))})(?![\\w-]))`;
/** A change: "0.8%", "as much as 3.4%", "just 1.3%", "five basis points", "150 points". */
const SIZE = `(?:\\s+${FILLER}){0,2}(?:\\s+(?<qual>${QUAL}))?\\s+(?<num>${NUM})\\s?(?<unit>${UNIT})`;
/** A level moved to: "to $81.16 a barrel", "to 4.37%", "at 148.32 per dollar", "to 38,500". */
/** The same move in other units: "fell 123.4 points, or 0.3%". */
const RESTATED_SIZE = `\\s+or\\s+${DIGITS}\\s?(?:%|percent|per\\s+cent|points?)(?![\\w-])`;
const LEVEL =
  // the restated size set off before the level: "fell 123.4 points, or 0.3%, to 44,210.5"
  `(?:,?${RESTATED_SIZE})?` +
  `(?:,?\\s+(?<lprep>to|at|below|above|past|under|beyond)\\s+(?:(?:close|settle|end|finish)\\s+at\\s+)?` +
  `(?:an?\\s+(?:fresh\\s+|new\\s+|all-time\\s+)?(?:record(?:\\s+(?:high|low))?|high|low)\\s+(?:of\\s+)?)?` +
  `(?<lsym>US\\$|C\\$|A\\$|HK\\$|S\\$|\\$|€|£|¥|₹|Rs\\.?\\s?)?(?<lnum>${DIGITS})(?!\\d)(?<lpct>%|\\s+percent(?![\\w-]))?` +
  `(?:\\s+(?<lcur>${alt(Object.keys(LEVEL_CURRENCY_WORDS))})(?![\\w-]))?` +
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
/**
 * ", which", ", the gauge most exposed to rates,", ", with about $7 billion in assets,", ", known as the fear gauge,"
 * or "(SPX)" between a subject and its verb.
 */
const APPOSITIVE =
  `(?:,\\s+which|,\\s+(?:which|that|with)\\s[^,;()\\n]{1,80},|\\s+\\([^()\\n]{1,40}\\)|` +
  `,\\s+(?:the|a|an|whose|its|one|seen|considered|often|more|most|less|widely|traditionally|typically|usually|(?:also\\s+|sometimes\\s+)?(?:known|dubbed|nicknamed|called))\\s[^,;()\\n]{1,80},)`;
/** The name-extending words of a subject ("index", "shares"). */
const TAIL =
  `(?:\\s+(?:index(?:\\s+of\\s+(?:[a-z-]+\\s+){0,2}?(?:companies|firms|stocks|shares|lenders|banks|miners|chipmakers))?|shares|stock|price|prices|contract))?` +
  `(?:\\s+(?:in|on)\\s+(?:${alt(TRADING_PLACES)}))?`;
const BEFORE_VERB = `${TAIL}${APPOSITIVE}?(?:${ADVERB}){0,3}`;
/** "Silver outperformed, jumping 2.3%": a verb of standing out before the participle that states the move. */
const STANDOUT =
  `(?:\\s+(?:${alt(STANDOUT_VERBS)}|(?:was|were)\\s+(?:one\\s+of|among)\\s+the\\s+(?:(?:few|only|biggest|best|top|worst|largest|session['’]s|day['’]s)\\s+){0,2}` +
  `(?:${alt(STANDOUT_GROUPS)})(?:\\s+(?:in|on|among)\\s+[^,%;]{1,40})?),)?`;
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
  levelText: { sym?: string; cur?: string; num: string; pct?: string; perwhat?: string } | null;
  /** A period stated by the verb phrase itself ("ended the session up 1.7%", "its strongest two-week gain"). */
  ownPeriod: Period | null;
  /** Superlative moves ("its biggest drop since 2020"): a following "since" is rarity, not the period. */
  superlative: boolean;
  confidence: number;
}

/**
 * A move in the one shape every reader of moves sees. The parsers build theirs as literals of many shapes; V8
 * optimizes the code that reads them for the shapes it has met and threw it away at each new one.
 */
function move(p: Parsed, confidence = p.confidence): Parsed {
  return {
    rule: p.rule, start: p.start, end: p.end, direction: p.direction, change: p.change, levelText: p.levelText, ownPeriod: p.ownPeriod,
    superlative: p.superlative, confidence,
  };
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
  return g.lnum ? { sym: g.lsym?.trim(), cur: g.lcur, num: g.lnum, pct: g.lpct, perwhat: g.perwhat } : null;
}

function verbDirection(g: Record<string, string | undefined>): Direction | null {
  if (g.flat) return "flat";
  if (g.up) return "up";
  if (g.down) return "down";
  if (g.dirword) return MOVE_DIRECTION_WORDS[lower(g.dirword)] ?? null;
  if (g.bare) return g.bare === "up" ? "up" : "down";
  return null;
}

/** After a verb with no size: an infinitive ("declined to comment") or an amount of money ("added $50 million"). */
const NOT_A_MOVE_AFTER = /^\s+(?:to\s+(?!(?:a|an|the|its|their|record|new|fresh|levels?|highs?|lows?)\b)[a-z]+\b|(?:US|C|A|HK|S)?[$€£¥]\s?\d)/;
/** Past tenses and -ing forms can stand alone ("The Nasdaq 100 also rose"); present tenses need a size. */
const STANDALONE = /(?:ed|ing|rose|fell|sank|slid|lost|shed|sunk|leapt|risen|fallen)$/;

const VERB_GROUPS =
  `(?:\\s+(?<flat>${VERB_FLAT})` +
  `|\\s+(?<state>${STATE})(?:\\s+(?:now|still|currently|already))?\\s+(?<dirword>${DIRWORD})` +
  `|\\s+(?<bare>up|down)(?=${MONEY_OR}?${anonymous(SIZE)})` +
  `|\\s+(?<up>${VERB_UP})|\\s+(?<down>${VERB_DOWN}))(?![\\w-])`;

/** A move that was undone, stated with its size: "nearly erased a drop that topped 3%", "reversing gains of as much as
 * 1.1%", "wiping out losses that had exceeded 1.5%". The size is the move's intraday extreme. */
const UNDONE_CORE =
  `(?:(?:almost|nearly|largely|mostly|partly|partially|fully|earlier|briefly|later)\\s+){0,2}(?:${alt(UNDOING_VERBS)})\\s+` +
  `(?:(?:a|an|its|their|the|all|most|some|much|part)\\s+(?:of\\s+(?:its|their|the)\\s+)?)?(?:(?:early|earlier|intraday|initial)\\s+)?` +
  `(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN}))\\s+(?:that\\s+(?:had\\s+)?(?<top>topped|exceeded|reached|hit)|of)(?:\\s+(?<qual>${QUAL}))?\\s+(?<num>${NUM})\\s?(?<unit>${UNIT})`;
const UNDONE_MOVE = `\\s+${UNDONE_CORE}`;

function undoneMove(g: Record<string, string | undefined>): { direction: "up" | "down"; change: Change } | null {
  const change = sizeOf(g);
  if (!change) return null;
  const qualifier = change.qualifier ?? (g.top ? "more_than" : null);
  return { direction: g.nup ? "up" : "down", change: { ...change, qualifier } };
}

const MOVE_PARSERS: MoveParser[] = [
  {
    rule: "market_move.undone",
    pattern: sticky(`${BEFORE_VERB}${UNDONE_MOVE}`),
    read(m) {
      const undone = undoneMove(m.groups ?? {});
      return undone ? { rule: this.rule, end: m.index + m[0].length, ...undone, levelText: null, ownPeriod: null, superlative: false, confidence: 0.8 } : null;
    },
  },
  // "climbed 0.8%", "fell 2.4% to $81.16 a barrel", "is up 7%", "ended the session up 1.7%", "was little changed at
  // 148.32 per dollar", "also rose", "fell to $81"
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
        if (!levelText && NOT_A_MOVE_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
        // A bare "added" is speech ("Boeing added on Monday") or money ("the fund added $63.2 million"), not a price.
        if (!levelText && /^added$/.test(verb)) return null;
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
  // "still sits 14% below its February record", "is 23% above its August low"
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
  // "Nvidia Corp., which fell as much as 4.7%" (the mention may be an object of the main clause)
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
  // "its monthly gain of 3.4%" (the mention is the possessive pronoun)
  {
    rule: "market_move.possessive-of",
    pattern: sticky(`(?:\\s+(?<mod>one-day|daily|weekly|monthly|quarterly|annual|yearly|[\\w]+-(?:day|session|week|month)))?\\s+(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN}))\\s+of(?:\\s+(?<qual>${QUAL}))?\\s+(?<num>${NUM})\\s?(?<unit>${UNIT})`),
    read(m) {
      const g = m.groups ?? {};
      const change = sizeOf(g);
      if (!change) return null;
      return { rule: this.rule, end: m.index + m[0].length, direction: g.nup ? "up" : "down", change, levelText: null, ownPeriod: modifierPeriod(g.mod, m[0]), superlative: false, confidence: 0.75 };
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
  // "posted its biggest drop since 2020", "notched a 2.2% weekly gain", "had its best three-week surge"
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
/** "pushed the Russell 2000 almost 15% lower". */
const CAUSED = sticky(`${SIZE}\\s+(?<dir>${alt(Object.keys(CAUSED_DIRECTIONS))})(?![\\w-])`);
const CAUSATIVE_BEFORE = new RegExp(`(?:^|\\s)(?:${alt(CAUSATIVE_VERBS)})\\s+$`);

/** A remark between a move and a second one of the same subject: ", its highest close since 2008,". */
const ASIDE =
  `(?:,\\s+(?!(?:and|but|after|before|while|whereas|following|leaving|putting|taking|bringing|pushing|sending|extending|with|as|which)\\s)` +
  `[^,;%\\n]{1,100}(?=,))?`;
/** A clause between a move and a participle or a second verb of the same subject: ", after the chipmaker raised
 * its forecast,", ", putting it on track for its best year since 1979,". No capitals (no other named subject) and no size. */
const CLAUSE_ASIDE =
  `(?:(?:,\\s+(?!(?:and|but|which|with)\\s)|\\s+(?=(?:after|as|following|amid|on|while|despite|before)\\s))[^,;%\\nA-Z]{1,120}(?=,))?`;
/** A second move of the same subject: "after sliding as much as 2.4%", "and is now up 5.1%", "and it dropped 2.9%". */
const CONTINUATION = new RegExp(
  `${CLAUSE_ASIDE}${ASIDE},?\\s+(?<join>(?:after|before|having|and|but|following)(?:\\s+(?:it|they))?(?:\\s+(?:earlier|briefly|initially|now|then|had|has|have|having|been|is|was|also)){0,2}${VERB_GROUPS}${SIZE}(?:${LEVEL})?)`,
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
  `${CLAUSE_ASIDE}${ASIDE},?\\s+(?<join>(?:extending|taking|bringing|pushing|lifting|widening|deepening|paring|trimming|cutting|leaving|putting)\\s+` +
    `(?:its|their|the\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+['’]s|the|a|an)\\s+(?:(?<mod>one-day|daily|weekly|monthly|quarterly|annual|yearly|[\\w]+-(?:day|session|week|month))\\s+)?` +
    `(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN}))(?<mid>(?:\\s+[^\\s,;%]+){0,6}?)\\s+to${SIZE})(?![\\w-])`,
  "yd",
);
/** A move stated as a noun after the verb: "has more than doubled this month, with a 31% gain on Wednesday". */
const WITH_MOVE = new RegExp(
  `${CLAUSE_ASIDE}${ASIDE},?\\s+(?<join>with\\s+(?:a|an)(?:\\s+(?<qual>${QUAL}))?\\s+(?<num>${NUM})\\s?(?<unit>${UNIT})` +
    `(?:\\s+(?<mod>one-day|daily|weekly|monthly|quarterly|annual|yearly|[\\w]+-(?:day|session|week|month)))?\\s+(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN})))(?![\\w-])`,
  "yd",
);
/** ", reversing gains of as much as 1.1%", ", after earlier wiping out losses that had exceeded 1.5%". */
const UNDONE_AFTER = new RegExp(`${ASIDE},?\\s+(?<join>(?:(?:after|before|while|and)\\s+)?(?:having\\s+)?${UNDONE_CORE})(?![\\w-])`, "yd");
/** An earlier session's move: ", adding to Monday's 0.9% slide". */
const PRIOR_MOVE = new RegExp(
  `,?\\s+(?<join>(?:extending|adding\\s+to|deepening|after|following|erasing|reversing|paring|trimming|building\\s+on)\\s+` +
    `(?<day>${WEEKDAY}|yesterday)['’]s${SIZE}\\s+(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN})))(?![\\w-])`,
  "yd",
);
/** A level stated after a move's period: "rose 2.1% on Friday to 39,870.55". */
/** A restated size before a period; set off by commas, its closing comma goes with it ("points, or 0.8%, on Thursday"). */
const RESTATED_BEFORE_PERIOD = sticky(`,${RESTATED_SIZE},?|${RESTATED_SIZE}`);
const LEVEL_AFTER = sticky(LEVEL.replace("to|at|below|above|past|under|beyond", "to"));
/** A level without a move: "near 3.41%", "was at 148.20 per dollar". */
const LEVEL_STATE = sticky(
  `(?:\\s+(?:is|was|were|stood|traded|hovered|held|sat|sits|trading|hovering|holding|standing|last))?${LEVEL.replace("to|at|below|above|past|under|beyond", "at|around|near")}`,
);

/** Runs a sticky pattern with indices at `at`: the match and where its `join` group starts. */
function execAt(pattern: RegExp, text: string, at: number): { m: RegExpExecArray; g: Record<string, string | undefined>; start: number } | null {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  if (!m) return null;
  const start = groupSpan(m, pattern, "join")?.[0] ?? m.index;
  return { m, g: m.groups ?? {}, start };
}

/** A second move of the same subject after `at` ("... after climbing as much as 2.4%"). */
function continuation(text: string, at: number): Parsed | null {
  const found = readContinuation(text, at);
  return found && move(found);
}

function readContinuation(text: string, at: number): Parsed | null {
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
  r = execAt(UNDONE_AFTER, text, at);
  if (r) {
    const undone = undoneMove(r.g);
    if (undone) return { ...base, rule: "market_move.undone", start: r.start, end: r.m.index + r.m[0].length, ...undone, confidence: 0.75 };
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

/** "a 3.8% gain for the S&P 500" (compared with, versus): a move stated before the instrument's name. */
const MOVE_FOR_BEFORE = new RegExp(
  `(?:^|\\s)(?:compared\\s+with|compared\\s+to|versus|vs\\.?|against|than|while|and)\\s+(?<np>(?:a|an)(?:\\s+(?<qual>${QUAL}))?\\s+(?<num>${NUM})\\s?(?<unit>${UNIT})` +
    `(?:\\s+(?<mod>one-day|daily|weekly|monthly|quarterly|annual|yearly|[\\w]+-(?:day|session|week|month)))?\\s+(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN}))\\s+(?:for|in|by)\\s+)$`,
);
/** A move stated before its subject: "Despite a 9% slide since its March peak, the Hang Seng Index ...". */
const FRONTED_MOVE = new RegExp(
  `^(?:Despite|After|Following|With|Even\\s+after|On\\s+top\\s+of)\\s+(?:a|an)(?:\\s+(?<qual>${QUAL}))?\\s+(?<num>${NUM})\\s?(?<unit>${UNIT})` +
    `(?:\\s+(?<mod>one-day|daily|weekly|monthly|quarterly|annual|yearly|[\\w]+-(?:day|session|week|month)))?\\s+(?:(?<nup>${NOUN_UP})|(?<ndown>${NOUN_DOWN}))(?<rest>[^,;%]{0,60}),\\s+(?:the\\s+)?$`,
);
/** "Yet its monthly gain of 3.4% ...": a possessive pronoun that opens the sentence, for the one instrument of the sentence before. */
const POSSESSIVE_PRONOUN = /^(?:(?:But|And|Yet|Still|Meanwhile|Overall),?\s+)?(?<pos>[Ii]ts)(?=\s)/;
/** "as compiled by Brightline Research Inc., which jumped": the mention is a source, not the mover. */
const ATTRIBUTION_BEFORE = /(?:tracked|compiled|calculated|measured|published|according|data|index(?:es)?|baskets?)\s+(?:by|to|from)\s+$/i;
const FORECAST_BEFORE = new RegExp(`(?:^|\\s)(?:${alt(FORECAST_MARKERS)})\\s`, "i");

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
// Cheap tests that every match of the two patterns above passes; the patterns try a word at every position.
const ENDS_WITH_COLON = /:\s*$/;
const MOVES_WORD = /moves/i;
const LIST_ITEM = /^(?:\*|-|•)\s+/;
const SECTION_HEADING = /^[A-Z][\w &/-]{0,30}$/;
/** A lead that dates the story's session: "closed at a record on Wednesday", "extended its run on Friday", "today". */
const LEAD_DAY = new RegExp(`\\b(?:on|by)\\s+(?:${WEEKDAYS.join("|")})\\b|\\btoday\\b`);
const WEEKDAY_WORD = new RegExp(`\\b(?:${WEEKDAYS.join("|")})\\b`);
/** A move stated in the perfect or present ("has climbed 10%", "is up 12%") is no single session's. */
const NOT_ONE_SESSION = /^[\s,]*(?:(?:which|that)\s+)?(?:has|have|had|is|are|['’]s)\b/i;
/** A heading that names the period of the list under it: "Weekly scorecard", "The week in review". */
const PERIOD_HEADING = new RegExp(`\\b(?:${Object.keys(PERIODIC_HEADING_WORDS).join("|")})\\b`, "i");
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

/** Between a move and its period: a comma, or the currency a rate is quoted against ("8.6% against the dollar since January"). */
const TRAILING_GAP = /^(?:\s+(?:against|versus)\s+the\s+(?:dollar|greenback|euro|yen|pound))?,?\s+/;

/** The periods stated right after a move ("over the past five sessions", "on Friday as of 4 p.m."). */
function trailingPeriods(text: string, from: number, superlative: boolean): { matches: PeriodMatch[]; end: number } {
  const matches: PeriodMatch[] = [];
  let at = from;
  for (let i = 0; i < 3; i++) {
    const gap = TRAILING_GAP.exec(text.slice(at));
    if (!gap) break;
    const m = matchPeriodAt(text, at + gap[0].length);
    if (!m || (superlative && m.period?.kind === "since")) break;
    if (gap[0].includes(",") && !m.backReference && m.form !== "as-of") break; // ", a feat it hasn't pulled off since ..."
    matches.push(m);
    at = m.end;
  }
  return { matches, end: at };
}

/**
 * The periods stated after a move's words, and a level after them ("climbed 4.2% on Thursday to $101,870.44") when
 * the move's own words state none (`ownLevel`). Returns the move with that level and where its words end.
 */
function afterMove(text: string, parsed: Parsed, superlative: boolean, ownLevel: boolean): { parsed: Parsed; end: number; stated: Period[]; backReference: boolean } {
  let trailing = trailingPeriods(text, parsed.end, superlative);
  if (!trailing.matches.length && parsed.change) {
    // "up 61.4 points or 0.28% today to 22,146.9": the restated size is passed over when a period follows it
    RESTATED_BEFORE_PERIOD.lastIndex = parsed.end;
    const restated = RESTATED_BEFORE_PERIOD.exec(text);
    if (restated) trailing = trailingPeriods(text, parsed.end + restated[0].length, superlative);
  }
  const stated = trailing.matches.filter((t) => t.period).map((t) => t.period!);
  let end = trailing.matches.length ? trailing.end : parsed.end;
  if (trailing.matches.length && !ownLevel && parsed.change) {
    LEVEL_AFTER.lastIndex = end;
    const level = LEVEL_AFTER.exec(text);
    if (level) {
      parsed = move(parsed);
      parsed.levelText = levelOf(level.groups ?? {});
      end = level.index + level[0].length;
    }
  }
  return { parsed, end, stated, backReference: trailing.matches.some((t) => t.backReference) };
}

/** "A feat it hasn't pulled off since June 2019", "the most since 2008": a "since" that says how rare a move is. */
const RARITY_BEFORE = /(?:n['’]t|\bnot|\bnever|\bfirst\s+time|\bmost|\b\w+est)\b[^,.;]{0,40}$/i;

/** A period that opens the sentence ("This year, ...", "* Over the past week ...", "So far this year, ..."). */
function leadingPeriod(text: string): PeriodMatch | null {
  const bullet = /^(?:\*\s+)?/.exec(text)![0].length;
  const intro = /^(?:\*\s+)?(?:\w+,?\s+)?/.exec(text)![0].length;
  for (const at of new Set([0, bullet, intro])) {
    const found = matchPeriodAt(text, at);
    if (found?.period) return found;
  }
  return null;
}

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
  const per = l.perwhat && PRICE_UNIT_SET.has(l.perwhat.toLowerCase()) ? { per: l.perwhat.toLowerCase().replace(/\s+/g, " ") } : {};
  if (l.sym) return { value, unit: CURRENCY_SYMBOLS[l.sym] ?? "USD", ...per };
  if (l.cur) {
    const code = LEVEL_CURRENCY_WORDS[l.cur.toLowerCase()]!;
    // "the dollar held at 149.80 yen": a rate, in the "per dollar" unit; another currency's rate is left out
    if (kind === "currency") return ticker === "DXY" || /^(?:US\s+)?dollar$/i.test(name) ? { value, unit: `${code}_per_USD` } : null;
    return { value, unit: code, ...per };
  }
  if (kind === "index") return { value, unit: "points" };
  if (kind === "yield") return { value, unit: "percent" };
  if (kind === "currency") {
    if (ticker && /^[A-Z]{3}USD$/.test(ticker)) return { value, unit: "USD" };
    if (ticker && /^USD[A-Z]{3}$/.test(ticker)) return { value, unit: `${ticker.slice(3)}_per_USD` };
    return null;
  }
  return { value, unit: "USD", ...per };
}
const PRICE_UNIT_SET = new Set(PRICE_UNITS.map((u) => u.toLowerCase()));

/** What the whole article says about when its bare moves happened. */
interface ArticleContext {
  body: string;
  /** The year of publication ("in 2025" in an article of 2025 is the year to date). */
  published: string | null;
  /** A daily wrap (a closing "main moves" list, or moves stated "as of" a closing time): its bare moves are the session's. */
  wrapAnchor: string | null;
  /** A news story whose lead dates its session ("on Wednesday"): its bare past-tense moves are that session's. */
  dayAnchor: string | null;
}

function articleContext(input: ExtractionInput): ArticleContext {
  const { body } = input;
  const firstParagraph = input.sentences[0]?.paragraph ?? 0;
  return {
    body,
    published: /^(?:19|20)\d{2}/.exec(input.article.publishedAt ?? "")?.[0] ?? null,
    wrapAnchor: AS_OF.exec(body)?.[0] ?? ((MOVES_WORD.test(body) && MAIN_MOVES_HEADING_ANYWHERE.exec(body)?.[0].replace(ENDS_WITH_COLON, "").trim()) || null),
    dayAnchor:
      input.sentences
        .filter((s) => s.paragraph <= firstParagraph + 1)
        .map((s) => LEAD_DAY.exec(s.text)?.[0])
        .find((t) => t !== undefined) ?? null,
  };
}

/** What the sentences read so far leave to the next one. */
interface ReadingState {
  /** Inside a daily wrap's closing list: a "main moves" heading ending in a colon, then "* ..." items under short headings. */
  inList: boolean;
  listAnchor: string | null;
  headingPeriod: Period | null;
  /** The instruments of the sentences read so far (for back references). */
  history: { paragraph: number; mentions: Mention[]; movers: Mention[] }[];
  /** Companies by their first word ("Halcyon"). */
  companies: Map<string, Mention>;
  /** A session named in a paragraph ("climbed 4.2% on Thursday") dates the paragraph's other bare moves. */
  paragraphDay: Period | null;
  paragraphOfDay: number;
  /** "over the same period" in the next sentence points to the last period stated. */
  lastPeriod: Period | null;
}

/**
 * Headings and list items: updates the list and heading state. Null for the sentence that opens a daily wrap's
 * closing list (it states no move), else whether the sentence is an item of that list.
 */
function readStructure(text: string, state: ReadingState): { listed: boolean } | null {
  if (ENDS_WITH_COLON.test(text) && MAIN_MOVES_HEADING.test(text)) {
    state.inList = true;
    state.listAnchor = text.replace(ENDS_WITH_COLON, "");
    return null;
  }
  const listed = state.inList && LIST_ITEM.test(text);
  if (state.inList && !listed && !SECTION_HEADING.test(text)) state.inList = false;
  const heading = SECTION_HEADING.test(text) || ENDS_WITH_COLON.test(text);
  if (heading) {
    const named = PERIOD_HEADING.exec(text);
    if (named) state.headingPeriod = { kind: PERIODIC_HEADING_WORDS[named[0].toLowerCase()]!, count: 1, text: named[0] };
  } else if (!LIST_ITEM.test(text)) state.headingPeriod = null;
  if (listed && state.listAnchor && !/as of/i.test(state.listAnchor)) {
    const asOf = AS_OF.exec(text);
    if (asOf) state.listAnchor = asOf[0];
  }
  return { listed };
}

/** The instruments a sentence names, by name or by back reference, in text order. */
function sentenceMentions(unit: Unit, state: ReadingState): Mention[] {
  const { text } = unit;
  const { history, companies } = state;
  const mentions = findMentions(text);
  // "while Halcyon retreated 6.3%": a company named earlier in the article, by its first word.
  for (const m of shortNames(text, companies)) {
    if (!mentions.some((k) => k.start < m.end && k.end > m.start)) mentions.push(m);
  }
  mentions.sort((x, y) => x.start - y.start);
  // "Veridane shares tumbled": the full name the article gave the company earlier.
  for (const [i, m] of mentions.entries()) {
    const known = m.source === "company" ? companies.get(m.name) : undefined;
    if (known && known.name !== m.name) mentions[i] = mention({ ...m, name: known.name, ticker: known.ticker, id: known.id });
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
      mentions.unshift(mention({ ...target, start: headStart, end: headStart + head.length, evidenceStart, source: "anaphor" }));
    }
  }
  const possessive = anaphor ? null : POSSESSIVE_PRONOUN.exec(text);
  if (possessive) {
    const only = onlyInstrumentBefore(history, unit.paragraph);
    const start = possessive.index + possessive[0].length - possessive.groups!.pos!.length;
    if (only && !mentions.some((m) => m.start < start + 3 && m.end > start)) {
      mentions.push(mention({ ...only, start, end: start + 3, evidenceStart: start, source: "anaphor" }));
    }
  }
  // The parent of a sector sub-index is the first index of the sentences before it.
  const sector = anaphor ? null : SECTOR_SUB_INDEX.exec(text);
  const parent = sector ? parentIndex(history, unit.paragraph) : null;
  if (sector && parent) {
    const headStart = sector.index + sector[0].length - sector.groups!.head!.length;
    const end = sector.index + sector[0].length;
    const name = `${parent.name} ${sector.groups!.words!.replace(/\s+/g, " ")} index`;
    const start = text.indexOf("The", sector.index);
    if (!mentions.some((m) => m.start < end && m.end > start)) mentions.push(mention({ start: headStart, end, evidenceStart: start, name, kind: "index", ticker: null, source: "anaphor" }));
  }
  for (const a of allMatches(CLAUSE_ANAPHOR, text)) {
    const g = a.groups ?? {};
    const head = g.head!;
    const headStart = a.index + a[0].length - head.length;
    const evidenceStart = a.index + g.join!.length + a[0].slice(g.join!.length).indexOf(g.the!);
    if (mentions.some((m) => m.start < headStart + head.length && m.end > evidenceStart)) continue;
    const kind = ANAPHOR_HEAD_KINDS[head.replace(/\s+/g, " ")] ?? ANAPHOR_HEAD_KINDS[lower(head)];
    if (!kind) continue;
    const target = resolveInSentence(mentions, evidenceStart, kind, g.mods ?? "") ?? resolveBackReference(history, unit.paragraph, kind, g.mods ?? "");
    if (!target) continue;
    // "the underlying index" of index futures is the index itself.
    const underlying = /\bunderlying\b/i.test(g.mods ?? "") ? { name: target.name.replace(/\s+(?:futures|contracts)$/i, "") } : {};
    mentions.push(mention({ ...target, ...underlying, start: headStart, end: headStart + head.length, evidenceStart, source: "anaphor" }));
  }
  mentions.sort((x, y) => x.start - y.start);
  for (const m of mentions) {
    if (m.kind !== "stock" || m.source === "anaphor") continue;
    const first = /^[A-Z][\w&'’-]{3,}/.exec(m.name)?.[0];
    if (first && first !== m.name.trim() && !SHORT_NAME_STOPS.test(first) && !PLACE_LEAD.test(`${first}'s `) && !companies.has(first)) companies.set(first, m);
  }
  return mentions;
}

/**
 * The move stated of one mention, by the first parser that reads one; else a level the mention stands at that
 * only a following move explains ("the two-year yield near 3.41% after sliding ..."), as `state`.
 */
function parseMove(text: string, mention: Mention, subject: boolean, previous: Found | undefined, firstInSentence: boolean): { parsed: Parsed | null; state: { end: number; levelText: Parsed["levelText"] } | null } {
  for (const p of MOVE_PARSERS) {
    if (!p.anyPosition && !subject) continue;
    if (p.anyPosition && ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, mention.evidenceStart - 30), mention.evidenceStart))) continue;
    if (p.rule === "market_move.possessive" && FORECAST_BEFORE.test(text.slice(Math.max(0, mention.evidenceStart - 50), mention.evidenceStart))) continue;
    p.pattern.lastIndex = mention.end;
    const m = p.pattern.exec(text);
    if (!m) continue;
    const parsed = p.read(m, mention.end);
    if (parsed) return { parsed, state: null };
  }
  // "and Ether 9.2%": the verb of the move before it.
  if (previous && previous.parsed.change && ELLIPSIS_JOIN.test(text.slice(previous.evidenceEnd, mention.evidenceStart))) {
    ELLIPSIS.lastIndex = mention.end;
    const m = ELLIPSIS.exec(text);
    const change = m ? sizeOf(m.groups ?? {}) : null;
    if (m && change) {
      const parsed: Parsed = {
        rule: "market_move.ellipsis", end: m.index + m[0].length, direction: previous.parsed.direction, change,
        levelText: levelOf(m.groups ?? {}), ownPeriod: null, superlative: false, confidence: 0.8,
      };
      return { parsed, state: null };
    }
  }
  // "pushed the Russell 2000 almost 15% lower"
  if (CAUSATIVE_BEFORE.test(text.slice(Math.max(0, mention.evidenceStart - 20), mention.evidenceStart))) {
    CAUSED.lastIndex = mention.end;
    const m = CAUSED.exec(text);
    const change = m ? sizeOf(m.groups ?? {}) : null;
    if (m && change) {
      // "more than 15% above its October low": the turn after "above" dates the move.
      const turn = matchPeriodAt(text, m.index + m[0].length - m.groups!.dir!.length);
      const parsed: Parsed = {
        rule: "market_move.caused", end: Math.max(m.index + m[0].length, turn?.end ?? 0), direction: CAUSED_DIRECTIONS[lower(m.groups!.dir!)]!, change,
        levelText: null, ownPeriod: turn?.period ?? null, superlative: false, confidence: 0.8,
      };
      return { parsed, state: null };
    }
  }
  // "Despite a 9% slide since its March peak, the Hang Seng Index ..."
  if (firstInSentence) {
    const m = FRONTED_MOVE.exec(text.slice(0, mention.evidenceStart));
    const change = m ? sizeOf(m.groups ?? {}) : null;
    // Only a period may stand between the noun and the comma ("a 3% rise in sales, Apple ..." is no price move).
    const rest = m?.groups?.rest ?? "";
    const restPeriod = rest.trim() ? findPeriods(rest).find((p) => p.period && rest.slice(0, p.start).trim() === "" && rest.slice(p.end).trim() === "") : null;
    if (m && change && (!rest.trim() || restPeriod)) {
      const parsed: Parsed = {
        rule: "market_move.fronted", start: 0, end: mention.end, direction: m.groups!.nup ? "up" : "down", change, levelText: null,
        ownPeriod: modifierPeriod(m.groups!.mod) ?? restPeriod?.period ?? null,
        superlative: false, confidence: 0.75,
      };
      return { parsed, state: null };
    }
  }
  // "compared with a 3.8% gain for the S&P 500"
  {
    const m = MOVE_FOR_BEFORE.exec(text.slice(Math.max(0, mention.evidenceStart - 90), mention.evidenceStart));
    const change = m ? sizeOf(m.groups ?? {}) : null;
    if (m && change && !FORECAST_BEFORE.test(text.slice(Math.max(0, mention.evidenceStart - 140), mention.evidenceStart))) {
      const npStart = mention.evidenceStart - m[0].length + m[0].indexOf(m.groups!.np!);
      const parsed: Parsed = {
        rule: "market_move.move-for", start: npStart, end: mention.end, direction: m.groups!.nup ? "up" : "down", change,
        levelText: null, ownPeriod: modifierPeriod(m.groups!.mod), superlative: false, confidence: 0.75,
      };
      return { parsed, state: null };
    }
  }
  if (subject) {
    LEVEL_STATE.lastIndex = mention.end;
    const m = LEVEL_STATE.exec(text);
    if (m) return { parsed: null, state: { end: m.index + m[0].length, levelText: levelOf(m.groups ?? {}) } };
  }
  return { parsed: null, state: null };
}

/** The moves a sentence states of its mentions, a mention's further moves ("... after climbing as much as 2.4%") included. */
// "The Dow and the S&P 500 climbed 1.3% and 0.9%, respectively": a list of names, one verb, a list of sizes
const RESPECTIVE_ITEM = `(?:(?:${QUAL})\\s+)?${NUM}\\s?${UNIT}`;
const RESPECTIVE_SIZES = new RegExp(`${RESPECTIVE_ITEM}(?:\\s*,\\s*${RESPECTIVE_ITEM})*\\s*,?\\s+and\\s+${RESPECTIVE_ITEM}\\s*,?\\s+respectively\\b`, "g");
const RESPECTIVE_SIZE = new RegExp(`(?:(?<qual>${QUAL})\\s+)?(?<num>${NUM})\\s?(?<unit>${UNIT})`, "g");
/** Between two names of the list: "A, B and C", "A and the B". */
const NAME_LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;
/** The verb between the last name and the sizes: "were down", "have declined", "gained". */
const RESPECTIVE_VERB = new RegExp(
  `^\\s*(?:(?:have|has|had|were|was|are|is)\\s+)?(?:(?<up>${VERB_UP})|(?<down>${VERB_DOWN})|(?:${STATE})?\\s*(?<dirword>${DIRWORD}))(?:\\s+(?:by|about|around|roughly))?\\s*$`,
);

/**
 * The moves of a "respectively" sentence, each name with its own size, and the names they claim. A list whose
 * names and sizes do not pair up claims its names and gives no move: the nearest name would take the first size.
 */
function respectiveMoves(unit: Unit, mentions: Mention[]): { facts: Found[]; claimed: Set<Mention> } | null {
  const { text } = unit;
  if (!text.includes("respectively")) return null;
  const facts: Found[] = [];
  const claimed = new Set<Mention>();
  for (const list of allMatches(RESPECTIVE_SIZES, text)) {
    const listStart = list.index!;
    const before = mentions.filter((m) => m.end <= listStart);
    const last = before[before.length - 1];
    if (!last) continue;
    const verb = RESPECTIVE_VERB.exec(text.slice(last.end, listStart));
    if (!verb) continue;
    const names = [last];
    for (let i = before.length - 2; i >= 0 && NAME_LIST_JOIN.test(text.slice(before[i]!.end, names[0]!.evidenceStart)); i--) names.unshift(before[i]!);
    const sizes = allMatches(RESPECTIVE_SIZE, list[0]).map((m) => sizeOf(m.groups!));
    for (const name of names) claimed.add(name);
    if (names.length !== sizes.length || sizes.some((c) => c === null)) continue;
    const direction = verbDirection(verb.groups!);
    if (!direction) continue;
    const end = listStart + list[0].length;
    names.forEach((mention, i) => {
      const parsed = move({ rule: "market_move.respectively", end, direction, change: sizes[i]!, levelText: null, ownPeriod: null, superlative: false, confidence: 0.85 });
      const after = afterMove(text, parsed, false, false);
      facts.push({ mention, evidenceStart: mention.evidenceStart, parsed: after.parsed, evidenceEnd: after.end, period: preferPeriod(after.stated), backReference: after.backReference, unit });
    });
  }
  return { facts, claimed };
}

function sentenceMoves(unit: Unit, mentions: Mention[]): Found[] {
  const { text } = unit;
  const respective = respectiveMoves(unit, mentions);
  const facts: Found[] = respective ? [...respective.facts] : [];
  for (const mention of mentions) {
    if (respective?.claimed.has(mention)) continue;
    const { parsed: stated, state } = parseMove(text, mention, isSubject(text, mention), facts[facts.length - 1], facts.length === 0);
    if (!stated && !state) continue;
    const adjust = (p: Parsed): Parsed => {
      let confidence = p.confidence;
      if (mention.source === "anaphor") confidence = Math.min(confidence, 0.7);
      if (mention.source === "company" || mention.source === "named") confidence -= 0.05;
      return move(p, confidence);
    };
    let end = state ? state.end : stated!.end;
    if (stated) {
      const after = afterMove(text, adjust(stated), stated.superlative, stated.levelText !== null);
      const parsed = after.parsed;
      end = after.end;
      facts.push({
        mention,
        evidenceStart: parsed.start,
        parsed,
        evidenceEnd: end,
        period: preferPeriod([...(parsed.ownPeriod ? [parsed.ownPeriod] : []), ...after.stated]),
        backReference: after.backReference,
        unit,
      });
    }
    // "... after climbing as much as 2.4%", "..., adding to Monday's 0.9% slide": a second move of the same subject.
    let continued = continuation(text, end);
    for (let n = 0; continued && n < 3; n++) {
      const ownLevel = continued.levelText !== null;
      continued.levelText ??= state?.levelText ?? null;
      const after = afterMove(text, adjust(continued), false, ownLevel);
      const next = after.parsed;
      end = after.end;
      // "has nearly tripled over twelve months, with a 184% gain": the size of the move just stated.
      const restates = next.rule === "market_move.with-move" && facts.length > 0 && facts[facts.length - 1]!.mention === mention;
      facts.push({
        mention,
        evidenceStart: next.start,
        parsed: next,
        evidenceEnd: end,
        period: preferPeriod([...(next.ownPeriod ? [next.ownPeriod] : []), ...after.stated]) ?? (restates ? facts[facts.length - 1]!.period : null),
        backReference: false,
        unit,
      });
      continued = continuation(text, end);
    }
  }
  return facts;
}

/**
 * Periods stated once for the sentence: "in that time" and a following clause without its own period take the
 * period an earlier move of the sentence states; a sentence that opens with one lends it to all. Bare moves
 * otherwise take the list's, the paragraph's, the wrap's or the lead's session.
 */
function datePeriods(unit: Unit, facts: Found[], listed: boolean, context: ArticleContext, state: ReadingState): void {
  const { text } = unit;
  const leading = leadingPeriod(text);
  let sentencePeriod: Period | null = leading?.period ?? null;
  const asOf = AS_OF.exec(text);
  if (unit.paragraph !== state.paragraphOfDay) {
    state.paragraphOfDay = unit.paragraph;
    state.paragraphDay = null;
  }
  for (const f of facts) {
    if (f.period) {
      sentencePeriod ??= f.period;
      if (f.period.kind === "session" && WEEKDAY_WORD.test(f.period.text)) state.paragraphDay = f.period;
      continue;
    }
    if (f.backReference && !sentencePeriod) sentencePeriod = statedBefore(text, f.mention.evidenceStart) ?? state.lastPeriod;
    if (sentencePeriod) f.period = sentencePeriod;
    else if (asOf) f.period = sessionPeriod(asOf[0]);
    else if (state.headingPeriod && LIST_ITEM.test(text)) f.period = state.headingPeriod;
    else if (listed) f.period = sessionPeriod(state.listAnchor ?? "main moves");
    else if (state.paragraphDay && f.parsed.change && !NOT_ONE_SESSION.test(text.slice(f.mention.end, f.evidenceEnd))) f.period = state.paragraphDay;
    else if (context.wrapAnchor) f.period = sessionPeriod(context.wrapAnchor);
    else if (context.dayAnchor && f.parsed.change && !NOT_ONE_SESSION.test(text.slice(f.mention.end, f.evidenceEnd))) f.period = sessionPeriod(context.dayAnchor);
  }
}

/** The draft fact of a move, or null for a percentage "level" of something that is no yield. */
function draftOf(f: Found, context: ArticleContext): Draft | null {
  // A price does not stand at a percentage: "Apple ... dropped to 15%" is a share of something, not Apple's price.
  let level = levelValue(f);
  if (level?.unit === "percent" && f.mention.kind !== "yield") {
    if (!f.parsed.change) return null;
    level = null;
  }
  // "in 2025" in an article of 2025 is the year to date.
  if (f.period?.kind === "year" && context.published && f.period.text.includes(context.published)) f.period = { ...f.period, kind: "ytd", count: null };
  const start = f.unit.start + (f.evidenceStart ?? f.mention.evidenceStart);
  const end = f.unit.start + f.evidenceEnd;
  return {
    type: "market_move",
    instrument: { name: f.mention.name, kind: f.mention.kind, ticker: f.mention.ticker, entity: null },
    direction: f.parsed.direction,
    change: f.parsed.change,
    level,
    period: f.period,
    evidence: { start, end, text: context.body.slice(start, end) },
    rule: f.parsed.rule,
    confidence: Math.round(f.parsed.confidence * 100) / 100,
    // Present from the start (refine fills it) so that every move has one shape.
    restated: undefined,
  };
}

function extract(input: ExtractionInput): Draft[] {
  const context = articleContext(input);
  const state: ReadingState = {
    inList: false, listAnchor: null, headingPeriod: null, history: [], companies: new Map(), paragraphDay: null, paragraphOfDay: -1, lastPeriod: null,
  };
  const drafts: Draft[] = [];
  for (const unit of units(input)) {
    const structure = readStructure(unit.text, state);
    if (!structure) continue;
    const mentions = sentenceMentions(unit, state);
    const facts = sentenceMoves(unit, mentions);
    datePeriods(unit, facts, structure.listed, context, state);
    state.history.push({ paragraph: unit.paragraph, mentions, movers: facts.map((f) => f.mention) });
    state.lastPeriod = [...facts].reverse().find((f) => f.period)?.period ?? (facts.length ? null : state.lastPeriod);
    for (const f of facts) {
      const draft = draftOf(f, context);
      if (draft) drafts.push(draft);
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
