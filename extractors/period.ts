// Periods of a move or a flow: "over the past five sessions", "this year", "last week", "since April 2020",
// "as of 5 p.m. in London". One small parser per surface form, each a pattern built once; a parser
// finds the words (extraction) and a resolver turns them into the schema's Period (resolution).
import type { Period } from "../schemas/record.ts";
import { NUMBER_SOURCE, parseNumber } from "./quantities.ts";
import {
  MONTHS,
  PERIOD_ANCHOR_NOUNS,
  PERIOD_BACK_REFERENCES,
  PERIOD_EVENT_NOUNS,
  PERIOD_TURN_NOUNS,
  PERIOD_UNITS,
  WEEKDAYS,
} from "./lexicon.ts";
import { allMatches, escapeRegExp } from "./patterns.ts";

const alt = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, "\\s+"))
    .join("|");

/** A period phrase found in a text, with its place. `period` is null for a back reference ("in that time"). */
export interface PeriodMatch {
  start: number;
  end: number;
  text: string;
  period: Period | null;
  /** "in that time": the period is one stated earlier in the sentence. */
  backReference: boolean;
  /** The parser that found it. */
  form: string;
}

const UNIT = `(?:${alt(Object.keys(PERIOD_UNITS))})`;
const MONTH = `(?:${alt(MONTHS)})`;
const WEEKDAY = `(?:${alt(WEEKDAYS)})`;
const YEAR = `(?:19|20)\\d{2}`;
/** A date as stated after "since": "April 2020", "mid-June", "June 16", "Aug. 16, 2022", "2017", "Monday", "the start of the year". */
const DATE =
  `(?:(?:early|mid|late|the\\s+end\\s+of|the\\s+start\\s+of|the\\s+beginning\\s+of)[- ]?\\s*)?` +
  `(?:${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+${YEAR})?|${YEAR}|${WEEKDAY}|last\\s+(?:week|month|year)` +
  `|the\\s+(?:start|beginning|end)\\s+of\\s+(?:the\\s+)?(?:year|month|week|quarter|${YEAR}|${MONTH})` +
  `|the\\s+(?:pandemic|financial\\s+crisis|global\\s+financial\\s+crisis|dot-com\\s+bubble))`;
/** A turn a move is measured from, with its date where stated: "its April low", "the June 16 bottom", "its record". */
const TURN = `(?:its|the|their|a|an)\\s+(?:(?:${DATE.replace(/^\(\?:/, "(?:")}|[\\w-]+)\\s+){0,2}?(?:${alt(PERIOD_TURN_NOUNS)})(?:\\s+(?:it|they)\\s+(?:set|hit|reached|touched|posted))?(?:\\s+(?:in|on|of)\\s+${DATE})?`;
/** An event a move is measured from: "the Fed decision", "the US election in early November". */
const EVENT = `the\\s+(?:[\\w'’.-]+\\s+){0,3}?(?:${alt(PERIOD_EVENT_NOUNS)})(?:\\s+(?:in|on|of)\\s+${DATE})?`;
const CLOCK = `\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?\\s?m\\.?`;
const PLACE = `(?:New\\s+York|London|Tokyo|Hong\\s+Kong|Singapore|Sydney|Frankfurt|Shanghai)`;

interface PeriodParser {
  form: string;
  /** Sticky: matched at one place. */
  at: RegExp;
  /** Global: found anywhere. */
  all: RegExp;
  resolve(m: RegExpExecArray): { period: Period | null; backReference?: boolean } | null;
}

/** "the past seven days" is a calendar week (five sessions for stocks, seven for crypto); other counts of days are sessions. */
function countedPeriod(count: number, unitWords: string, text: string): Period | null {
  const unit = unitWords.toLowerCase().replace(/\s+/g, " ");
  if (unit === "days" && count % 7 === 0) return period("week", count / 7, text);
  const kind = PERIOD_UNITS[unit];
  return kind ? period(kind, count, text) : null;
}

const countOf = (word: string | undefined): number | null => {
  if (!word) return 1;
  const n = parseNumber(word);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
};

function parser(form: string, source: string, resolve: PeriodParser["resolve"]): PeriodParser {
  // Word boundaries at both ends, so "this year" is not found inside "this yearly".
  const wrapped = `(?<![\\w-])(?:${source})(?![\\w-])`;
  return { form, at: new RegExp(wrapped, "iy"), all: new RegExp(wrapped, "gi"), resolve };
}

const period = (kind: Period["kind"], count: number | null, text: string, since?: string): Period =>
  since === undefined ? { kind, count, text } : { kind, count, text, since };

const PARSERS: PeriodParser[] = [
  // "over the past five sessions", "in the last 5 trading days", "during the previous two weeks"
  parser(
    "counted",
    `(?:over|in|during|for|across|within)\\s+(?:the\\s+)?(?:past|last|previous|prior|latest|preceding)\\s+(${NUMBER_SOURCE})\\s+(${UNIT})`,
    (m) => {
      const count = countOf(m[1]);
      const counted = count ? countedPeriod(count, m[2]!, m[0]) : null;
      return counted ? { period: counted } : null;
    },
  ),
  // "over two days", "in three sessions"
  parser("counted-bare", `(?:over|in|across|within)\\s+(?:the\\s+)?(${NUMBER_SOURCE})\\s+(?:straight\\s+|consecutive\\s+)?(${UNIT})`, (m) => {
    const count = countOf(m[1]);
    const counted = count ? countedPeriod(count, m[2]!, m[0]) : null;
    return counted ? { period: counted } : null;
  }),
  // "over the past week", "in the last month", "over the past year"
  parser("past-unit", `(?:over|in|during|for)\\s+the\\s+(?:past|last|previous|prior)\\s+(week|month|quarter|year)`, (m) => {
    const kind = PERIOD_UNITS[m[1]!.toLowerCase()];
    return kind ? { period: period(kind, 1, m[0]) } : null;
  }),
  // "this year", "so far this year", "year to date", "so far in 2024", "for the year"
  parser(
    "ytd",
    `(?:so\\s+far\\s+)?this\\s+year(?:\\s+so\\s+far)?|year[- ]to[- ]date|so\\s+far\\s+in\\s+${YEAR}|in\\s+${YEAR}\\s+so\\s+far` +
      `|(?:for|in|on)\\s+the\\s+year(?:\\s+so\\s+far|\\s+to\\s+date)?|since\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the\\s+year|this\\s+year|January)`,
    (m) => ({ period: period("ytd", null, m[0]) }),
  ),
  // "this week", "last week", "for the week", "on the week"
  parser("week", `(?:this|last|for\\s+the|on\\s+the|in\\s+the|over\\s+the)\\s+week|week[- ]to[- ]date`, (m) => ({
    period: period("week", 1, m[0]),
  })),
  parser("month", `(?:(?:so\\s+far\\s+)?this|last|for\\s+the|on\\s+the|in\\s+the|over\\s+the)\\s+month|month[- ]to[- ]date|so\\s+far\\s+in\\s+(?:${MONTH})`, (m) => ({
    period: period("month", 1, m[0]),
  })),
  parser("quarter", `(?:this|last|for\\s+the|in\\s+the|on\\s+the|over\\s+the)\\s+quarter|quarter[- ]to[- ]date`, (m) => ({
    period: period("quarter", 1, m[0]),
  })),
  // "since April 2020", "since mid-June", "since Monday"
  parser("since", `since\\s+(${DATE})`, (m) => ({ period: period("since", null, m[0], m[1]!.replace(/\s+/g, " ")) })),
  // "from a multi-year low in mid-June", "from its nadir on June 16", "from a low on June 16"
  parser(
    "from-anchor",
    `from\\s+(?:a|an|its|the|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:${alt(PERIOD_ANCHOR_NOUNS)})\\s+(?:(?:set|reached|hit|touched)\\s+)?(?:in|on|of)\\s+(${DATE})`,
    (m) => ({ period: period("since", null, m[0], m[1]!.replace(/\s+/g, " ")) }),
  ),
  // "since its April low", "since its record", "from its September low", "above its June bottom": a move measured from a turn
  parser("since-turn", `(?:since|from|off|above|below)\\s+(${TURN})`, (m) => ({ period: period("since", null, m[0], m[1]!.replace(/\s+/g, " ")) })),
  // "since the Fed began cutting in September": a clause that dates the start
  parser("since-clause", `since\\s+(?:the\\s+)?(?:[\\w'’.-]+\\s+){1,5}?(?:in|on)\\s+(${DATE})`, (m) => ({ period: period("since", null, m[0], m[0].replace(/^since\s+/i, "").replace(/\s+/g, " ")) })),
  // "since the Fed decision", "since the US election in early November"
  parser("since-event", `since\\s+(${EVENT})`, (m) => ({ period: period("since", null, m[0], m[1]!.replace(/\s+/g, " ")) })),
  // "in post-market trading", "in after-hours trading": outside the session
  parser("extended-hours", `(?:in\\s+)?(?:post-market|postmarket|after-hours|after\\s+hours|extended|premarket|pre-market|overnight)\\s+(?:trading|dealings|trade)`, (m) => ({
    period: period("other", null, m[0]),
  })),
  // "as of 5 p.m. in London", "as of 4:52 p.m. London time"
  parser("as-of", `as\\s+of\\s+${CLOCK}(?:\\s+(?:in\\s+)?${PLACE}(?:\\s+time)?)?|at\\s+${CLOCK}\\s+(?:in\\s+)?${PLACE}(?:\\s+time)?`, (m) => ({
    period: period("session", 1, m[0]),
  })),
  // "on the day", "for the session", "in late trading", "on Friday", "Tuesday"
  parser(
    "session",
    `(?:on|for|in|during)\\s+the\\s+(?:day|session)|in\\s+(?:early|late|afternoon|morning|intraday|cash|midday|thin|light|New\\s+York)\\s+trading` +
      `|(?:on|by)\\s+${WEEKDAY}|${WEEKDAY}(?!\\s*[’']s)|today|at\\s+the\\s+close|intraday`,
    (m) => ({ period: period("session", 1, m[0]) }),
  ),
  // "in 2025", "for 2025": a calendar year (the extractor reads the article's own year as the year to date)
  parser("in-year", `(?:in|for|during)\\s+(${YEAR})(?!\\s+so\\s+far)`, (m) => ({ period: period("year", 1, m[0]) })),
  // "in October", "in October alone"
  parser("in-month", `in\\s+(?:${MONTH})(?:\\s+${YEAR})?`, (m) => ({ period: period("month", 1, m[0]) })),
  parser("back-reference", `${alt(PERIOD_BACK_REFERENCES)}`, () => ({ period: null, backReference: true })),
];

function toMatch(p: PeriodParser, m: RegExpExecArray, offset: number): PeriodMatch | null {
  const resolved = p.resolve(m);
  if (!resolved) return null;
  return {
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    text: m[0],
    period: resolved.period,
    backReference: resolved.backReference ?? false,
    form: p.form,
  };
}

/** Every parser's pattern in one: where it finds nothing, no parser does, and one regex ran instead of twenty. */
const ANY_PERIOD_AT = new RegExp(PARSERS.map((p) => `(?:${p.at.source})`).join("|"), "iy");

/** The period phrase that starts exactly at `index` of `text` (longest of the parsers' matches), or null. */
export function matchPeriodAt(text: string, index: number, offset = 0): PeriodMatch | null {
  ANY_PERIOD_AT.lastIndex = index;
  if (!ANY_PERIOD_AT.test(text)) return null;
  let best: PeriodMatch | null = null;
  for (const p of PARSERS) {
    p.at.lastIndex = index;
    const m = p.at.exec(text);
    if (!m) continue;
    const found = toMatch(p, m, offset);
    if (found && (!best || found.end > best.end)) best = found;
  }
  return best;
}

/** Every period phrase in `text`, in order, none overlapping (the longest wins). Offsets are shifted by `offset`. */
export function findPeriods(text: string, offset = 0): PeriodMatch[] {
  const found: PeriodMatch[] = [];
  for (const p of PARSERS) {
    for (const m of allMatches(p.all, text)) {
      const match = toMatch(p, m, offset);
      if (match) found.push(match);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PeriodMatch[] = [];
  for (const f of found) if (!kept.length || f.start >= kept[kept.length - 1]!.end) kept.push(f);
  return kept;
}

/** The first stated period of `text` (not a back reference), or null: the clean entry point for other extractors. */
export function extractPeriod(text: string): Period | null {
  return findPeriods(text).find((m) => m.period)?.period ?? null;
}

/** A one-session period stated by other words ("ended the session", a daily wrap's closing list). */
export function sessionPeriod(text: string): Period {
  return period("session", 1, text);
}

/** Of several periods stated next to one move, the one that says most (a counted span over "on Friday"). */
export function preferPeriod(periods: readonly Period[]): Period | null {
  return periods.find((p) => p.kind !== "session") ?? periods[0] ?? null;
}
