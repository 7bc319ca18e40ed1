// Resolution of a stated period to the dates it covers, anchored on the article's publication date:
// "this year" in an article of 2024-06-14 is 2024-01-01 to 2024-06-14. The period keeps its symbolic form
// (kind, count, text, since), so a record can be re-anchored; this is one reading of it.
// Sessions are counted on weekdays; exchange holidays are not known here.
import type { Period, PeriodRange } from "../schemas/record.ts";
import { MONTHS, WEEKDAYS } from "./lexicon.ts";
import { escapeRegExp } from "./patterns.ts";

const DAY_MS = 86_400_000;

/** A calendar day as a UTC midnight timestamp. */
type Day = number;

const dayOf = (y: number, m: number, d: number): Day => Date.UTC(y, m, d);
const iso = (day: Day) => new Date(day).toISOString().slice(0, 10);
const isoMonth = (y: number, m: number) => `${y}-${String(m + 1).padStart(2, "0")}`;
const addDays = (day: Day, n: number): Day => day + n * DAY_MS;
const weekday = (day: Day) => (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
const parts = (day: Day) => {
  const d = new Date(day);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() };
};
/** The same day `n` months earlier, clamped to the month's end ("one month before March 31" is February 28). */
function monthsBefore(day: Day, n: number): Day {
  const { y, m, d } = parts(day);
  const last = new Date(Date.UTC(y, m - n + 1, 0)).getUTCDate();
  return dayOf(y, m - n, Math.min(d, last));
}

const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((name) => {
  const key = name.toLowerCase().replace(/\.$/, "");
  const full = MONTHS.findIndex((m) => m.toLowerCase().startsWith(key.slice(0, 3)));
  MONTH_INDEX.set(key, full);
});
const WEEKDAY_INDEX = new Map(WEEKDAYS.map((w, i) => [w.toLowerCase(), i]));
const MONTH_WORD = MONTHS.map((m) => escapeRegExp(m.replace(/\.$/, ""))).sort((a, b) => b.length - a.length).join("|");
const WEEKDAY_WORD = WEEKDAYS.join("|");

const PUBLISHED_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEKDAY_IN = new RegExp(`\\b(${WEEKDAY_WORD})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_WORD})\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+((?:19|20)\\d{2}))?$`, "i");
const YEAR_ONLY = /^((?:19|20)\d{2})$/;
const EDGE_OF = /^the\s+(start|beginning|end)\s+of\s+(?:the\s+)?(.+)$/i;
const PART_OF = /^(early|mid|late)[- ]?\s*(.+)$/i;
const LAST_UNIT = /^last\s+(week|month|year)$/i;
const IN_MONTH = new RegExp(`\\bin\\s+(${MONTH_WORD})\\.?(?:\\s+((?:19|20)\\d{2}))?\\b`, "i");
const IN_YEAR = /\b((?:19|20)\d{2})\b/;
const ROLLING = /\b(?:past|last|previous|prior|latest|preceding)\s+(?:\S+\s+)?(?:trading\s+)?(?:days?|sessions?|weeks?|months?|quarters?|years?)\b/i;
const LAST_CALENDAR = /^(?:in\s+|over\s+|during\s+)?last\s+(?:week|month|quarter|year)$/i;

/** The latest day on or before `anchor` that is in month `m` (any year); "in October" in a June article is last October. */
function latestMonthStart(anchor: Day, m: number): { y: number; m: number } {
  const { y, m: am } = parts(anchor);
  return { y: m <= am ? y : y - 1, m };
}

interface DatePoint {
  /** ISO date at the precision the words state: "2024-06-16", "2024-06" or "2024". */
  text: string;
}

/** A date as stated after "since" or "from ... in": "April 2020", "mid-June", "June 16", "2017", "Monday", "the start of the year". */
function resolveDate(words: string, anchor: Day): DatePoint | null {
  const w = words.trim().replace(/\s+/g, " ");
  const weekdayIndex = WEEKDAY_INDEX.get(w.toLowerCase());
  if (weekdayIndex !== undefined) {
    // "since Monday" in a Thursday article: the Monday of the same week (the latest one before the anchor).
    const back = (weekday(anchor) - weekdayIndex + 7) % 7 || 7;
    return { text: iso(addDays(anchor, -back)) };
  }
  const year = YEAR_ONLY.exec(w);
  if (year) return { text: year[1]! };
  const last = LAST_UNIT.exec(w);
  if (last) {
    const unit = last[1]!.toLowerCase();
    const { y, m } = parts(anchor);
    if (unit === "year") return { text: String(y - 1) };
    if (unit === "month") return { text: m === 0 ? isoMonth(y - 1, 11) : isoMonth(y, m - 1) };
    return { text: iso(addDays(anchor, -weekday(anchor) - 7)) };
  }
  const edge = EDGE_OF.exec(w);
  if (edge) {
    const what = edge[2]!.toLowerCase();
    const start = edge[1]!.toLowerCase() !== "end";
    const { y, m } = parts(anchor);
    if (what === "year" || what === "this year") return { text: start ? `${y}-01-01` : `${y - 1}-12-31` };
    if (what === "month") return start ? { text: iso(dayOf(y, m, 1)) } : { text: iso(addDays(dayOf(y, m, 1), -1)) };
    if (what === "quarter") {
      const q = Math.floor(m / 3) * 3;
      return start ? { text: iso(dayOf(y, q, 1)) } : { text: iso(addDays(dayOf(y, q, 1), -1)) };
    }
    if (YEAR_ONLY.test(what)) return { text: start ? `${what}-01-01` : `${what}-12-31` };
    const month = MONTH_INDEX.get(what.replace(/\.$/, ""));
    if (month !== undefined) {
      const at = latestMonthStart(anchor, month);
      return start ? { text: iso(dayOf(at.y, at.m, 1)) } : { text: iso(dayOf(at.y, at.m + 1, 0)) };
    }
    return null;
  }
  // "mid-June", "early 2020": only the month or year is known.
  const part = PART_OF.exec(w);
  if (part) return resolveDate(part[2]!, anchor);
  const md = MONTH_DAY_YEAR.exec(w);
  if (md) {
    const month = MONTH_INDEX.get(md[1]!.toLowerCase())!;
    const y = md[3] ? Number(md[3]) : latestMonthStart(anchor, month).y;
    if (!md[2]) return { text: isoMonth(y, month) };
    const day = Number(md[2]);
    const date = dayOf(y, month, day);
    if (parts(date).d !== day) return null;
    // "since June 16" in a June 10 article is last year's June 16.
    return { text: iso(!md[3] && date > anchor ? dayOf(y - 1, month, day) : date) };
  }
  return null;
}

const DATE_INSIDE = new RegExp(
  `\\b(?:(?:early|mid|late)[- ]?\\s*)?(?:(?:${MONTH_WORD})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d{2})?|(?:19|20)\\d{2})\\b`,
  "i",
);

/** The date named inside a turn or an event: "its Aug. 16 high", "the US election in early November". */
function dateInside(words: string, anchor: Day): DatePoint | null {
  const found = DATE_INSIDE.exec(words);
  return found ? resolveDate(found[0], anchor) : null;
}

/** The publication date of an article as a day, or null when it states none (or states it otherwise). */
export function publicationDay(publishedAt: string | null): Day | null {
  const m = publishedAt ? PUBLISHED_DATE.exec(publishedAt) : null;
  if (!m) return null;
  const day = dayOf(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(day) || iso(day) !== m[0] ? null : day;
}

/** The last weekday on or before `day` (a wrap published on Saturday reports Friday's session). */
const lastSession = (day: Day): Day => (weekday(day) >= 5 ? addDays(day, -(weekday(day) - 4)) : day);

/** The named weekday on or before `day` ("on Thursday" in a Friday article is the day before). */
const weekdayOnOrBefore = (day: Day, name: string): Day => addDays(day, -((weekday(day) - WEEKDAY_INDEX.get(name.toLowerCase())! + 7) % 7));

function sessionsBack(end: Day, count: number): Day {
  let day = end;
  for (let left = count - 1; left > 0; ) {
    day = addDays(day, -1);
    if (weekday(day) < 5) left--;
  }
  return day;
}

const range = (from: string, to: Day): PeriodRange => ({ from, to: iso(to) });
const ENDING_WEEKDAY = new RegExp(`\\b(?:ending|ended|through|to)\\s+(?:on\\s+|last\\s+)?(${WEEKDAYS.join("|")})\\b`, "i");

/**
 * The dates `period` covers in an article published on `publishedAt`, or null when the article states no date
 * or the period cannot be dated from its words ("since the pandemic", "since its April low").
 */
export function periodRange(period: Period, publishedAt: string | null): PeriodRange | null {
  const anchor = publicationDay(publishedAt);
  if (anchor === null) return null;
  const text = period.text.replace(/\s+/g, " ");
  const { y, m } = parts(anchor);
  const count = period.count ?? 1;
  const rolling = ROLLING.test(text) && !LAST_CALENDAR.test(text.trim());
  switch (period.kind) {
    case "session": {
      const named = WEEKDAY_IN.exec(text);
      if (named) {
        const day = weekdayOnOrBefore(anchor, named[1]!);
        return range(iso(day), day);
      }
      const day = lastSession(anchor);
      return range(iso(day), day);
    }
    case "sessions": {
      // "over the four sessions ending Wednesday": the count runs back from that day
      const ending = ENDING_WEEKDAY.exec(text);
      const end = ending ? weekdayOnOrBefore(anchor, ending[1]!) : lastSession(anchor);
      return range(iso(sessionsBack(end, count)), end);
    }
    case "week": {
      if (rolling) return range(iso(addDays(anchor, -7 * count + 1)), anchor);
      const monday = addDays(anchor, -weekday(anchor));
      if (/\blast\s+week\b/i.test(text)) return range(iso(addDays(monday, -7)), addDays(monday, -1));
      return range(iso(monday), anchor);
    }
    case "month": {
      if (rolling) return range(iso(addDays(monthsBefore(anchor, count), 1)), anchor);
      if (/\blast\s+month\b/i.test(text)) return range(iso(dayOf(y, m - 1, 1)), dayOf(y, m, 0));
      const named = IN_MONTH.exec(text);
      if (named) {
        const month = MONTH_INDEX.get(named[1]!.toLowerCase())!;
        const at = named[2] ? { y: Number(named[2]), m: month } : latestMonthStart(anchor, month);
        const end = dayOf(at.y, at.m + 1, 0);
        return range(iso(dayOf(at.y, at.m, 1)), end < anchor ? end : anchor);
      }
      return range(iso(dayOf(y, m, 1)), anchor);
    }
    case "quarter": {
      const q = Math.floor(m / 3) * 3;
      if (rolling) return range(iso(addDays(monthsBefore(anchor, 3 * count), 1)), anchor);
      if (/\blast\s+quarter\b/i.test(text)) return range(iso(dayOf(y, q - 3, 1)), dayOf(y, q, 0));
      return range(iso(dayOf(y, q, 1)), anchor);
    }
    case "year": {
      if (rolling) return range(iso(addDays(monthsBefore(anchor, 12 * count), 1)), anchor);
      const stated = IN_YEAR.exec(text);
      const year = stated ? Number(stated[1]) : /\blast\s+year\b/i.test(text) ? y - 1 : y;
      if (year > y) return null;
      const end = dayOf(year, 11, 31);
      return range(`${year}-01-01`, end < anchor ? end : anchor);
    }
    case "ytd":
      return range(`${y}-01-01`, anchor);
    case "since": {
      const start = period.since ? (resolveDate(period.since, anchor) ?? dateInside(period.since, anchor)) : null;
      return start && start.text <= iso(anchor) ? range(start.text, anchor) : null;
    }
    default:
      return null;
  }
}
