// Stage 2 helpers shared by the text and HTML cleaners: the article under construction, the line
// classifier that drops chrome, metadata readers (dates, names, datelines) and the body assembler.
import type { Article, Diagnostic, Removal, RemovalReason, SourceRange } from "../schemas/record.ts";
import {
  AGENCY_DATELINE,
  AGENCY_PUBLISHERS,
  BARE_URL,
  BYLINE,
  CHROME_LINES,
  CHROME_PATTERNS,
  COMPANY_SUFFIX,
  CONTRIBUTORS,
  COPYRIGHT,
  DATE_LINE,
  EDITOR_NOTE,
  METADATA_LINE,
  NAME_ROLE_BYLINE,
  SIGN_OFF,
  BARE_DATE,
  CALL_TO_ACTION,
  CONTACT_HEADING,
  PROMO_ITEM,
  CLICK_HERE,
  FREE_OFFER,
  TRAILING_CLICK,
  TRAILING_OFFER,
  NON_NAME_WORDS,
  PLACE_DATELINE,
  SECTION_LABELS,
} from "../extractors/boilerplate.ts";
import { CodeUnitClass, WHITE_SPACE } from "../extractors/patterns.ts";
import { InputError } from "./document.ts";
import { recordSourceMap, segmentsInBody } from "./source-map.ts";

export const SHORT_BODY_CHARS = 300;
/** Longer than all but the longest features and transcripts. */
export const LONG_BODY_CHARS = 60_000;
const CHROME_MAX_WORDS = 3;
const HEADLINE_MAX_CHARS = 200;

// ── Text normalisation ──
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACE_LIKE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
const SPACE_RUN = / {2,}/g;

/** What the replacements of normaliseLine act on; a line without any is only trimmed. */
const NEEDS_NORMALISING = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]| {2}/;

/** One line with invisible characters dropped, odd spaces made plain and runs collapsed. */
export function normaliseLine(line: string): string {
  if (!NEEDS_NORMALISING.test(line)) return line.trim();
  return line.replace(INVISIBLE, "").replace(SPACE_LIKE, " ").replace(SPACE_RUN, " ").trim();
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A superset of CJK's first UTF-16 units in a few plain ranges (test/clean-text.test.ts checks every code point):
 * V8 tests a Unicode property class by a call out of the compiled pattern at each character, these ranges inline. */
export const MAYBE_CJK = /[\u1100-\u11FF\u2E80-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uD81B-\uD88D\uF900-\uFAFF\uFF66-\uFFDC]/;
/** Chinese, Japanese and Korean write words without spaces: about two characters make a word. */
const CJK_CHARS_PER_WORD = 2;
/** A word: a letter or digit, then letters, digits and inner punctuation. The ASCII alternatives come first, so
 * that the property classes (a call out of the compiled pattern, as above) are tried only past ASCII; the branches
 * never match the same character, so the pattern cannot backtrack between them. */
const WORD = /(?:[A-Za-z0-9]|(?=[^\x00-\x7F])[\p{L}\p{N}])(?:[A-Za-z0-9'’.&-]|(?=[^\x00-\x7F])[\p{L}\p{N}])*/gu;

export function wordCount(text: string): number {
  const cjk = MAYBE_CJK.test(text) ? (text.match(CJK)?.length ?? 0) : 0;
  const words = (cjk > 0 ? text.replace(CJK, " ") : text).match(WORD);
  return (words ? words.length : 0) + Math.floor(cjk / CJK_CHARS_PER_WORD);
}

/** Text reduced for comparison: lowercase letters and digits separated by single spaces. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Asked only of code units past ASCII that are not surrogates. */
const LETTER_OR_DIGIT = new CodeUnitClass("[\\p{L}\\p{N}]", "u");

/**
 * Whether `comparable(text) === key`. Most lines differ from the key at their first letter, so the key of a line
 * is built only as far as it agrees, without allocating; a letter or digit past ASCII (whose lower case may differ
 * in length) or a surrogate sends the line to `comparable` itself.
 */
export function hasComparableKey(text: string, key: string): boolean {
  let at = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) code += 32;
      else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) {
        gap = true;
        continue;
      }
    } else if (code >= 0xd800 && code <= 0xdfff) {
      return comparable(text) === key;
    } else {
      if (LETTER_OR_DIGIT.has(code)) return comparable(text) === key;
      gap = true;
      continue;
    }
    if (gap && at > 0) {
      if (key.charCodeAt(at) !== 32) return false;
      at++;
    }
    gap = false;
    if (key.charCodeAt(at) !== code) return false;
    at++;
  }
  return at === key.length;
}

// ── Dates ──
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d:])/;
const SLASH_DATE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;

const pad = (n: number) => String(n).padStart(2, "0");

function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().slice(0, word.length >= 4 && word.toLowerCase().startsWith("sept") ? 4 : 3)];
}

/** A stated date as ISO ("YYYY-MM-DD", or date-time when a time is stated in ISO form); null when unreadable. */
export function normaliseDate(stated: string): string | null {
  const text = stated.trim();
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) {
    const day = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    if (iso[4] === undefined) return day;
    const zone = iso[8] === undefined ? "" : iso[8] === "Z" ? "Z" : iso[8].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
    return `${day}T${iso[4]}:${iso[5]}:${iso[6] ?? "00"}${iso[7] ?? ""}${zone}`;
  }
  const slash = SLASH_DATE.exec(text);
  if (slash) return isoDay(Number(slash[1]), Number(slash[2]), Number(slash[3]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const month = monthNumber(mdy[1]!);
    if (month) return isoDay(Number(mdy[3]), month, Number(mdy[2]));
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = monthNumber(dmy[2]!);
    if (month) return isoDay(Number(dmy[3]), month, Number(dmy[1]));
  }
  return null;
}

// ── Names ──
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|den|da|del|la|le|bin|al|dos))\s*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const NAME_SEPARATORS = /\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\|\s*|;\s*)/;
const NAME_NOISE = new Set(["staff", "writer", "reporter", "correspondent", "contributor", "columnist", "senior", "editor"]);

export function looksLikeName(text: string): boolean {
  if (!NAME.test(text) || AGENCY_PUBLISHERS[text.toLowerCase()] !== undefined) return false;
  return !text.split(/\s+/).some(
    (w) =>
      NON_NAME_WORDS.has(w.toLowerCase()) ||
      NAME_NOISE.has(w.toLowerCase()) ||
      (w.replace(/[.'’-]/g, "").length > 2 && !/\p{Ll}/u.test(w)),
  );
}

/** "FEDERICA ROSSI" → "Federica Rossi"; text with lowercase letters is left as it is. */
function titleCaseShouted(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, lead: string, c: string) => lead + c.toUpperCase());
}

/** Person names in a list such as "A, B and C." (what is not name-like is left out). */
export function splitNames(list: string): string[] {
  return list
    .replace(/\.$/, "")
    .split(NAME_SEPARATORS)
    .map((part) => titleCaseShouted(normaliseLine(part).replace(/\.$/, "")))
    .filter((part) => part.length > 0 && looksLikeName(part));
}

// ── Publisher names ──
export function agencyPublisher(agency: string): string {
  const key = agency.trim().toLowerCase().replace(/\s+/g, " ");
  return AGENCY_PUBLISHERS[key] ?? agency.trim();
}

const COPYRIGHT_LEAD = /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*/i;
const LP_SUFFIX = /(?<=\p{Ll})L\.?P\.?$/u;

/** "©2024 BloombergLP" → "Bloomberg"; "Copyright (c) 2019 Dow Jones & Company, Inc." → "Dow Jones". */
export function publisherFromCopyright(line: string): string | null {
  let name = line.replace(COPYRIGHT_LEAD, "").replace(/all rights reserved\.?/i, "").replace(/[\s.,;:-]+$/, "");
  name = name.replace(LP_SUFFIX, "");
  for (let i = 0; i < 3; i++) name = name.replace(COMPANY_SUFFIX, "").replace(/[\s.,;:-]+$/, "");
  name = name.trim();
  const words = name.split(/\s+/).length;
  return name && words <= 5 && /^\p{L}/u.test(name) ? name : null;
}

const ABSOLUTE_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

// ── The article under construction ──
export class ArticleDraft {
  headline: string | null = null;
  publisher: string | null = null;
  section: string | null = null;
  publishedAt: string | null = null;
  modifiedAt: string | null = null;
  url: string | null = null;
  dateline: string | null = null;
  authors: string[] = [];
  contributors: string[] = [];
  notes: string[] = [];
  readonly removed: Removal[] = [];
  /** The headline and its comparable form, computed once (isHeadline runs on every line). */
  private comparableHeadline: [string, string] | null = null;

  /** A copy to try a cleaning path on without touching this draft. */
  clone(): ArticleDraft {
    const copy = Object.assign(new ArticleDraft(), this) as ArticleDraft;
    copy.authors = [...this.authors];
    copy.contributors = [...this.contributors];
    copy.notes = [...this.notes];
    (copy as { removed: Removal[] }).removed = [...this.removed];
    return copy;
  }

  remove(text: string, reason: RemovalReason): void {
    const trimmed = text.trim();
    if (trimmed) this.removed.push({ text: trimmed, reason });
  }

  addAuthors(names: string[]): void {
    for (const name of names) if (!this.authors.includes(name)) this.authors.push(name);
  }

  addContributors(names: string[]): void {
    for (const name of names) if (!this.contributors.includes(name)) this.contributors.push(name);
  }

  setPublishedAt(stated: string | null | undefined): boolean {
    if (this.publishedAt || !stated) return false;
    this.publishedAt = normaliseDate(stated);
    return this.publishedAt !== null;
  }

  setModifiedAt(stated: string | null | undefined): boolean {
    if (this.modifiedAt || !stated) return false;
    this.modifiedAt = normaliseDate(stated);
    return this.modifiedAt !== null;
  }

  setUrl(stated: string | null | undefined): void {
    const url = stated?.trim();
    if (this.url === null && url && ABSOLUTE_URL.test(url)) this.url = url;
  }

  isHeadline(text: string): boolean {
    if (this.headline === null || text.length > this.headline.length * 2 + 20 || this.headline.length > text.length * 2 + 20) return false;
    if (this.comparableHeadline?.[0] !== this.headline) this.comparableHeadline = [this.headline, comparable(this.headline)];
    const key = this.comparableHeadline[1];
    return key !== "" && hasComparableKey(text, key);
  }
}

// ── Units: the lines of an article as the cleaners see them ──
export type UnitKind = "p" | "h" | "li" | "title";

export interface Unit {
  text: string;
  kind: UnitKind;
  /** Units of kind "p" with the same group form one paragraph. */
  group: number;
  /** How lines of one paragraph join: " " for soft-wrapped text, "\n" for explicit breaks. */
  joiner: " " | "\n";
  /** Share of the text that is link text (markdown links or <a>). */
  linkRatio: number;
  /** Set when the reader already knows the unit is not article text (a table, a code block, an image). */
  removal?: RemovalReason;
  /** The range of the decoded input the unit was read from, when known. */
  source?: SourceRange;
}

export interface ClassifyOptions {
  /** Guess the headline from the first title-like line when no markup states it. */
  guessHeadline: boolean;
  /** Drop short lines before the first real paragraph. */
  dropPreBodyChrome: boolean;
}

const TERMINAL = /[.!?:;"”’)\]…。！？」』）]$/;

/** A line that reads like article prose rather than a label, title or menu entry. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 6 && TERMINAL.test(text)) || words >= 20;
}

function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  return words > CHROME_MAX_WORDS && text.length < HEADLINE_MAX_CHARS && !/[.:;,]$/.test(text) && /^[\p{Lu}\p{N}"“‘'$]/u.test(text);
}

const LINK_LIST = /^(?:[^|•·]{1,30}\s*[|•·]\s*){2,}[^|•·]{1,30}$/;

function isLinkList(text: string): boolean {
  return LINK_LIST.test(text) && text.split(/[|•·]/).every((part) => wordCount(part) <= 3);
}

const CHROME_LEAD = /[\s|•·*:-]/;
const CHROME_TRAIL = /[\s|•·*:.!-]/;
const LONGEST_CHROME_LINE = Math.max(...[...CHROME_LINES].map((line) => line.length));

/** A line that is only a chrome phrase ("Share this article"), bullets and separators around it aside. */
function isChromeLine(text: string): boolean {
  let start = 0;
  let end = text.length;
  while (start < end && CHROME_LEAD.test(text[start]!)) start++;
  while (end > start && CHROME_TRAIL.test(text[end - 1]!)) end--;
  // Lower-casing never shortens a string, so a longer line cannot be one of them.
  return end - start <= LONGEST_CHROME_LINE && CHROME_LINES.has(text.slice(start, end).toLowerCase());
}

/** One kind of line that is chrome wherever it stands: its removal reason, or null for "not mine". A rule may set
 * metadata it reads from the line on the draft. */
type LineRule = (unit: Unit, text: string, draft: ArticleDraft) => RemovalReason | null;

const isHeading = (unit: Unit) => unit.kind === "h" || unit.kind === "title";

const chromeLine: LineRule = (unit, text) => (!isHeading(unit) && isChromeLine(text) ? "chrome" : null);

const headlineRepeat: LineRule = (_unit, text, draft) => (draft.isHeadline(text) ? "headline-repeat" : null);

const contributorsLine: LineRule = (_unit, text, draft) => {
  const contributors = CONTRIBUTORS.exec(text);
  if (!contributors) return null;
  draft.addContributors(splitNames(contributors[1]!));
  return "contributors";
};

const editorNote: LineRule = (_unit, text, draft) => {
  if (!EDITOR_NOTE.test(text)) return null;
  draft.notes.push(text);
  return "editor-note";
};

const copyrightLine: LineRule = (_unit, text, draft) => {
  if (!COPYRIGHT.test(text) || text.length >= 300) return null;
  draft.publisher ??= publisherFromCopyright(text);
  return "copyright";
};

const promoLine: LineRule = (_unit, text) =>
  BARE_URL.test(text) || (PROMO_ITEM.test(text) && wordCount(text) <= PROMO_MAX_WORDS) ? "promo" : null;

/** The last character of `text` that is not white space ("" when there is none). */
function lastVisible(text: string): string {
  let end = text.length;
  while (end > 0 && WHITE_SPACE.has(text.charCodeAt(end - 1))) end--;
  return end > 0 ? text[end - 1]! : "";
}

const chromePattern: LineRule = (_unit, text) => {
  let last: string | null = null;
  for (const { pattern, reason, maxChars, needs, endsWith } of CHROME_PATTERNS) {
    if (maxChars !== undefined && text.length > maxChars) continue;
    if (endsWith !== undefined && !endsWith.includes((last ??= lastVisible(text)) || "\n")) continue;
    if (needs && !needs.test(text)) continue;
    if (pattern.test(text)) return reason;
  }
  return null;
};

const relatedLinks: LineRule = (unit, text) => {
  if (isHeading(unit)) return null;
  if (unit.linkRatio > 0.9 && wordCount(text) < 40) return "related-links";
  if (unit.linkRatio >= 0.7 && !isProse(text) && !METADATA_LINE.test(text)) return "related-links";
  return isLinkList(text) ? "related-links" : null;
};

/** "Author: …", "Section: …", "Source: …". */
const metadataField: LineRule = (unit, text, draft) => {
  const metadataLine = isHeading(unit) ? null : METADATA_LINE.exec(text);
  if (!metadataLine || TERMINAL.test(text)) return null;
  const field = metadataLine[1]!.toLowerCase();
  const value = metadataLine[2]!.trim();
  if (field.startsWith("auth") || field.startsWith("by")) draft.addAuthors(splitNames(value));
  else if (field === "section" || field === "category") draft.section ??= value;
  else draft.publisher ??= value;
  return "metadata";
};

/** "Published June 18, 2024", "Updated …". */
const labelledDate: LineRule = (_unit, text, draft) => {
  const dateLine = DATE_LINE.exec(text);
  if (!dateLine || text.length >= 80 || !normaliseDate(dateLine[2]!)) return null;
  if (/^(published|posted|first published|date)/i.test(dateLine[1]!)) draft.setPublishedAt(dateLine[2]);
  else if (/^(updated|last updated)/i.test(dateLine[1]!)) draft.setModifiedAt(dateLine[2]);
  return "metadata";
};

/** A line that is only a date ("June 18, 2024" under a "Published" label) is the publication date. */
const bareDate: LineRule = (_unit, text, draft) => {
  if (!BARE_DATE.test(text) || !normaliseDate(text)) return null;
  draft.setPublishedAt(text);
  return "metadata";
};

const byline: LineRule = (_unit, text, draft) => {
  const m = BYLINE.exec(text);
  if (!m || TERMINAL.test(text.replace(/\.$/, "")) || text.length >= 120) return null;
  const names = splitNames(m[1]!.replace(/\s*(?:[|,]|\s[-–—])\s*(?:\d.*|updated.*|published.*|\p{L}+ \d{1,2},? \d{4}.*)$/iu, ""));
  if (names.length === 0) return null;
  draft.addAuthors(names);
  return "byline";
};

const signOff: LineRule = (_unit, text, draft) => {
  const m = SIGN_OFF.exec(text);
  if (!m || !looksLikeName(m[1]!)) return null;
  draft.addAuthors([m[1]!]);
  return "byline";
};

const nameRoleByline: LineRule = (_unit, text, draft) => {
  const m = NAME_ROLE_BYLINE.exec(text);
  if (!m) return null;
  const names = splitNames(m[1]!);
  if (names.length === 0) return null;
  draft.addAuthors(names);
  return "byline";
};

/** The line rules, in order: the first that claims a line gives its reason. */
const LINE_RULES: readonly LineRule[] = [
  chromeLine,
  headlineRepeat,
  contributorsLine,
  editorNote,
  copyrightLine,
  promoLine,
  chromePattern,
  relatedLinks,
  metadataField,
  labelledDate,
  bareDate,
  byline,
  signOff,
  nameRoleByline,
];

/** The reason a line is chrome wherever it stands, or null. Sets metadata read from the line on the draft. */
function classifyAnywhere(unit: Unit, draft: ArticleDraft): RemovalReason | null {
  for (const rule of LINE_RULES) {
    const reason = rule(unit, unit.text, draft);
    if (reason) return reason;
  }
  return null;
}

/** The reason a line before the first paragraph is chrome or metadata, or null to keep it. */
function classifyPreBody(unit: Unit, draft: ArticleDraft, options: ClassifyOptions): RemovalReason | null {
  const text = unit.text;
  if (unit.kind === "title") {
    if (draft.headline === null) {
      draft.headline = text;
      return "metadata";
    }
    return draft.isHeadline(text) ? "headline-repeat" : null;
  }
  if (!options.dropPreBodyChrome || unit.kind !== "p") return null;
  const words = wordCount(text);
  if (words <= CHROME_MAX_WORDS && !/^\d/.test(text)) {
    const key = text.toLowerCase().replace(/[.:]$/, "");
    if (draft.section === null && draft.headline === null && SECTION_LABELS.has(key)) {
      draft.section = text.replace(/[.:]$/, "");
      return "chrome";
    }
    if (draft.headline !== null && words >= 2 && looksLikeName(text)) {
      draft.addAuthors([text]);
      return "byline";
    }
    return "chrome";
  }
  if (options.guessHeadline && draft.headline === null && isTitleLike(text)) {
    draft.headline = text;
    return "metadata";
  }
  return null;
}

/** Index of the first unit that is article prose, or units.length when there is none. */
function firstProseIndex(units: Unit[], draft: ArticleDraft): number {
  const probe = new ArticleDraft();
  probe.headline = draft.headline;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if ((unit.kind === "p" || unit.kind === "li") && !unit.removal && isProse(unit.text) && classifyAnywhere(unit, probe) === null) return i;
  }
  return units.length;
}

const LIST_HEADING_MAX_WORDS = 8;
const LONE_QUESTION = /^[^.!?]*\?$/;
/** Removals whose sentence may run on into the next line of the same paragraph (hard-wrapped text). */
const RUN_ON_REASONS = new Set<RemovalReason>(["boilerplate", "promo", "newsletter", "copyright", "social"]);
const PROMO_MAX_WORDS = 45;
const CONTACT_DETAIL = /\S@\S|\+?\d[\d ().-]{7,}\d|\bwww\.|https?:\/\//;

/** A line of a press release's contact block: a name, title, address, number or e-mail rather than prose. */
function isContactDetail(unit: Unit): boolean {
  if (isProse(unit.text) || /^about\s/i.test(unit.text)) return false;
  return CONTACT_DETAIL.test(unit.text) || wordCount(unit.text) <= 12;
}

/** An item under a "Related stories" or "Most read" heading: a list entry, a linked line or a bare headline. */
function isListedItem(unit: Unit): boolean {
  if (unit.kind === "li") return true;
  if (unit.kind !== "p") return false;
  return unit.linkRatio >= 0.5 || (!isProse(unit.text) && !TERMINAL.test(unit.text) && wordCount(unit.text) <= 15);
}

/** Removes chrome units (recording each removal and the metadata it states) and returns the units kept. */
export function classifyUnits(units: Unit[], draft: ArticleDraft, options: ClassifyOptions): Unit[] {
  const bodyStart = firstProseIndex(units, draft);
  const kept: Unit[] = [];
  let datelineChecked = false;
  let underListHeading = false;
  let underContactHeading = false;
  let runOn: { group: number; reason: RemovalReason } | null = null;
  units.forEach((unit, i) => {
    let reason =
      unit.removal ?? classifyAnywhere(unit, draft) ?? (i < bodyStart ? classifyPreBody(unit, draft, options) : null);
    if (reason === null && underListHeading && isListedItem(unit)) reason = "related-links";
    if (reason === null && CONTACT_HEADING.test(unit.text)) {
      reason = "boilerplate";
      underContactHeading = true;
    } else if (reason === null && underContactHeading && isContactDetail(unit)) {
      reason = "boilerplate";
    } else if (reason === null) {
      underContactHeading = false;
    }
    if (reason === "related-links" || reason === "most-read") {
      // A label over a list ("More Top Stories"), not a removed link itself.
      underListHeading ||= unit.kind !== "li" && unit.linkRatio < 0.5 && wordCount(unit.text) <= LIST_HEADING_MAX_WORDS;
    } else if (reason === null) {
      underListHeading = false;
    }
    if (reason === null && runOn !== null && unit.kind === "p" && unit.group === runOn.group) reason = runOn.reason;
    runOn = reason && RUN_ON_REASONS.has(reason) && unit.kind === "p" && !TERMINAL.test(unit.text) ? { group: unit.group, reason } : null;
    if (reason) {
      draft.remove(unit.text, reason);
      return;
    }
    let cut = false;
    // Each trailing pattern runs only where the words it ends with occur: scanning every paragraph from every
    // sentence end cost more than the rest of the line rules.
    for (const [trailing, needed] of [[TRAILING_OFFER, FREE_OFFER], [TRAILING_CLICK, CLICK_HERE]] as const) {
      if (!needed.test(unit.text)) continue;
      const promo = trailing.exec(unit.text);
      if (promo) {
        draft.remove(promo[0], "promo");
        unit.text = unit.text.slice(0, promo.index);
        cut = true;
      }
    }
    // What is left of a cut paragraph may only be the offer's lead-in ("Want the full picture?").
    if (cut && (!isProse(unit.text) || LONE_QUESTION.test(unit.text))) {
      draft.remove(unit.text, "promo");
      return;
    }
    if (!datelineChecked && unit.kind === "p") {
      datelineChecked = true;
      unit.text = takeDateline(unit.text, draft);
    }
    kept.push(unit);
  });
  return kept;
}

// ── Datelines ──
/** Strips a dateline from the start of the first paragraph, recording it; returns the paragraph's remaining text. */
export function takeDateline(text: string, draft: ArticleDraft): string {
  const agency = AGENCY_DATELINE.exec(text);
  if (agency && agency[0].length < text.length) {
    draft.dateline ??= normaliseLine(agency[1]!);
    // "FRANKFURT, June 11, 2025 (Harborline) -": a wire dateline's date is the publication date.
    draft.setPublishedAt(agency[1]!);
    draft.publisher ??= agencyPublisher(agency[2] ?? agency[3]!);
    draft.remove(agency[0], "dateline");
    return text.slice(agency[0].length);
  }
  const place = PLACE_DATELINE.exec(text);
  if (place && place[0].length < text.length) {
    draft.dateline ??= place[1]!;
    draft.setPublishedAt(place[1]!);
    draft.remove(place[0], "dateline");
    return text.slice(place[0].length);
  }
  return text;
}

// ── Body assembly ──
interface Paragraph {
  kind: "p" | "h" | "list";
  lines: string[];
  group: number;
  joiner: " " | "\n";
}

function groupParagraphs(units: Unit[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const unit of units) {
    const last = paragraphs[paragraphs.length - 1];
    if (unit.kind === "li") {
      if (last?.kind === "list") last.lines.push(unit.text);
      else paragraphs.push({ kind: "list", lines: [unit.text], group: unit.group, joiner: "\n" });
    } else if (unit.kind === "p" && last?.kind === "p" && last.group === unit.group) {
      last.lines.push(unit.text);
    } else {
      paragraphs.push({ kind: unit.kind === "p" ? "p" : "h", lines: [unit.text], group: unit.group, joiner: unit.joiner });
    }
  }
  return paragraphs;
}

function renderParagraph(paragraph: Paragraph): string {
  const lines = paragraph.lines.map(normaliseLine).filter((line) => line.length > 0);
  if (paragraph.kind === "list") return lines.map((line) => `* ${line}`).join("\n");
  return lines.join(paragraph.joiner).split("\n").map(normaliseLine).filter((line) => line.length > 0).join("\n");
}

/** The body text: paragraphs separated by one blank line, list items as "* " lines. */
export function assembleBody(units: Unit[]): string {
  return groupParagraphs(units)
    .map(renderParagraph)
    .filter((text) => text.length > 0)
    .join("\n\n");
}

/** The finished article; throws NO_BODY when nothing survived and warns on a short body. `units` are the kept
 * units the body was assembled from (for the source map). */
export function finishArticle(draft: ArticleDraft, body: string, diagnostics: Diagnostic[], units: Unit[] = []): Article {
  if (body.trim().length === 0) {
    const tables = draft.removed.filter((r) => r.reason === "table" || r.reason === "code").length;
    if (tables > 0) throw new InputError("NO_BODY", `the input holds only tables or code blocks (${tables}) and no prose: a data listing, not an article`);
    throw new InputError("NO_BODY", "no article body survived cleaning");
  }
  // A sign-in or subscription page has text but no article: every line is a call to action or a bare label.
  const informative = (line: string) => wordCount(line) >= 3 && (wordCount(line) >= 12 || !CALL_TO_ACTION.test(line));
  if (!body.split("\n").some(informative)) {
    throw new InputError("NO_BODY", "only calls to action and labels survived cleaning: the page holds no article");
  }
  if (body.length > LONG_BODY_CHARS) {
    diagnostics.push({
      severity: "warning",
      rule: "clean.long-body",
      message: `body is ${body.length} characters (> ${LONG_BODY_CHARS}): several articles or a data dump may have been kept`,
      start: 0,
      end: body.length,
    });
  }
  if (body.length < SHORT_BODY_CHARS) {
    diagnostics.push({
      severity: "warning",
      rule: "clean.short-body",
      message: `body is ${body.length} characters (< ${SHORT_BODY_CHARS})`,
      start: 0,
      end: body.length,
    });
  }
  const article: Article = {
    headline: draft.headline ? normaliseLine(draft.headline) : null,
    publisher: draft.publisher ? normaliseLine(draft.publisher) : null,
    section: draft.section,
    publishedAt: draft.publishedAt,
    modifiedAt: draft.modifiedAt,
    url: draft.url,
    dateline: draft.dateline,
    authors: draft.authors,
    contributors: draft.contributors,
    notes: draft.notes,
    body,
    removed: draft.removed,
  };
  recordSourceMap(article, segmentsInBody(body, units));
  return article;
}

export function info(diagnostics: Diagnostic[], rule: string, message: string): void {
  diagnostics.push({ severity: "info", rule, message, start: null, end: null });
}
