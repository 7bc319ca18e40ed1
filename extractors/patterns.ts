// Helpers for building the module-level patterns of the extractors from word lists.

/** `text` as a literal inside a RegExp source. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them, but run on the pattern object itself.
 * matchAll (like split) runs a fresh copy of the pattern, and V8 drops the compiled code such copies share at
 * each major garbage collection: a large pattern was compiled again after every one (~40 ms for the fund-flow
 * set). Matches are collected before returning, so the caller may use the same pattern again inside its loop.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    matches.push(m);
    if (m[0] === "") pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes("v"));
  }
  pattern.lastIndex = 0;
  return matches;
}

/** A literal found by `literalMatches`: where, and which of the needles (its index in the list). */
export interface LiteralMatch {
  start: number;
  end: number;
  needle: number;
}

/**
 * Membership of UTF-16 code units in a character class (`[\\w&]`, `\\s`; with the `u` flag, `[\\p{L}\\p{N}]` for
 * the code units that are not surrogates), decided by the class's pattern the first time each code unit is asked
 * about and remembered after.
 */
export class CodeUnitClass {
  /** -1 not yet asked, 0 out, 1 in. */
  private readonly known = new Int8Array(65536).fill(-1);
  private readonly pattern: RegExp;

  constructor(source: string, flags = "") {
    this.pattern = new RegExp(`^${source}$`, flags);
  }

  has(code: number): boolean {
    let known = this.known[code]!;
    if (known < 0) known = this.known[code] = this.pattern.test(String.fromCharCode(code)) ? 1 : 0;
    return known === 1;
  }
}

/**
 * A span's start and end as one map key: a number while the end is below 2^26 (bodies under 64 Mi code units), so
 * that a lookup allocates nothing, else "start:end".
 */
export const spanKey = (span: { start: number; end: number }): number | string =>
  span.end < 2 ** 26 ? span.start * 2 ** 26 + span.end : `${span.start}:${span.end}`;

/** What `\\s` matches, by code unit. */
export const WHITE_SPACE = new CodeUnitClass("\\s");

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Whether `needle` stands at `at` in `text`, an apostrophe in it standing for ' or ’ alike. */
function literalAt(text: string, at: number, needle: string): boolean {
  if (at + needle.length > text.length) return false;
  for (let i = 0; i < needle.length; i++) {
    const want = needle.charCodeAt(i);
    const got = text.charCodeAt(at + i);
    if (got !== want && !(want === APOSTROPHE && got === RIGHT_SINGLE_QUOTE)) return false;
  }
  return true;
}

/**
 * What the global pattern `(?<![notBefore])(?:n0|n1|…)(?![notAfter])` finds in `text`, with each needle escaped and
 * its apostrophes matching ' or ’, found with indexOf instead. A pattern built from the names of one article is a
 * new source to V8, compiled for that article alone, and its leading lookbehind is tried at every position of the
 * text: dropping them saved ~3% of the time per article over news-sample. As with the pattern, at each position
 * the first needle in list order that fits wins, and matches do not overlap.
 */
export function literalMatches(text: string, needles: readonly string[], notBefore: CodeUnitClass, notAfter: CodeUnitClass): LiteralMatch[] {
  const found: LiteralMatch[] = [];
  needles.forEach((needle, index) => {
    if (needle === "") return;
    const apostrophe = needle.indexOf("'");
    // Text that holds the needle holds its part before the first apostrophe verbatim; from there literalAt decides.
    const anchor = apostrophe < 0 ? needle : needle.slice(0, apostrophe);
    const starts = anchor === "" ? apostrophes(text) : null;
    let next = 0;
    for (let from = 0; ; ) {
      const at = starts ? (starts[next++] ?? -1) : text.indexOf(anchor, from);
      if (at < 0) break;
      from = at + 1;
      if (apostrophe >= 0 && !literalAt(text, at, needle)) continue;
      if (at > 0 && notBefore.has(text.charCodeAt(at - 1))) continue;
      const end = at + needle.length;
      if (end < text.length && notAfter.has(text.charCodeAt(end))) continue;
      found.push({ start: at, end, needle: index });
    }
  });
  found.sort((a, b) => a.start - b.start || a.needle - b.needle);
  const kept: LiteralMatch[] = [];
  let free = 0;
  for (const m of found) {
    if (m.start < free) continue;
    kept.push(m);
    free = m.end;
  }
  return kept;
}

/** Where ' or ’ stands in `text`, in order. */
function apostrophes(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) at.push(i);
  }
  return at;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}

const SPACE = /\s/;

/** What follows the last white space of `text` (all of it when it has none): `text.split(/\s+/).pop()` without the split. */
export function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
  return text.slice(start);
}

const groupNumbersCache = new WeakMap<RegExp, Map<string, number>>();

/** The number of each named capturing group in a pattern's source, counting groups from 1 in source order. */
export function namedGroupNumbers(source: string): Map<string, number> {
  const numbers = new Map<string, number>();
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?") count++;
      else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") {
        const close = source.indexOf(">", i + 3);
        numbers.set(source.slice(i + 3, close), ++count);
      }
    }
  }
  return numbers;
}

/**
 * Where a named group of a match of `pattern` (a pattern with the `d` flag) starts and ends; undefined when the
 * group took no part or the pattern has none of that name. Reads `m.indices` by group number, not
 * `m.indices.groups`: V8 gives that object a shape it does not keep, so optimized code reading it lost its type
 * feedback at every garbage collection and was thrown away and compiled again each time a rarely used pattern
 * matched.
 */
export function groupSpan(m: RegExpExecArray, pattern: RegExp, name: string): [number, number] | undefined {
  let numbers = groupNumbersCache.get(pattern);
  if (!numbers) groupNumbersCache.set(pattern, (numbers = namedGroupNumbers(pattern.source)));
  const n = numbers.get(name);
  return n === undefined ? undefined : m.indices![n];
}
