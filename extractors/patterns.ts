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
