// Finds many fixed names in a text at once. One regex alternation of a thousand aliases makes V8 try every
// alternative at every position (about 10 ms per KB); here a cheap scan finds the places where a name may
// start, and only the few aliases sharing the first two characters are tried there, longest first.
import { escapeRegExp } from "./patterns.ts";

export interface AliasMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

export interface AliasScannerOptions {
  /** A character class of what may not come right before a name, e.g. `[\\w&]`. */
  notBefore: string;
  /** A character class of what may not come right after a name. */
  notAfter: string;
  /** Whether the spaces inside an alias match any run of white space. */
  flexibleSpace?: boolean;
}

interface Candidate<T> {
  pattern: RegExp;
  value: T;
  length: number;
}

/** Names are filed under their first three characters (two-character names under both of theirs). */
const KEY_LENGTH = 3;
const foldCode = (code: number) => (code === 0x2019 ? 0x27 : code);
/** Up to three UTF-16 code units as one exact number (48 bits), so a lookup allocates no string. */
function keyOf(prefix: string): number {
  let key = 0;
  for (let i = 0; i < prefix.length; i++) key = key * 65536 + foldCode(prefix.charCodeAt(i));
  return key;
}

export class AliasScanner<T> {
  /** Candidates by the numeric key of their first three characters (or two, for a two-character name). */
  private readonly byPrefix = new Map<number, Candidate<T>[]>();
  private readonly starts: RegExp;
  private readonly boundary: RegExp;

  constructor(items: readonly { alias: string; value: T }[], options: AliasScannerOptions) {
    const firstChars = new Set<string>();
    for (const { alias, value } of items) {
      if (alias.length < 2) continue;
      let source = escapeRegExp(alias).replace(/'/g, "['\u2019]");
      if (options.flexibleSpace) source = source.replace(/ /g, "\\s+");
      const pattern = new RegExp(`${source}(?!${options.notAfter})`, "y");
      const key = keyOf(alias.slice(0, KEY_LENGTH));
      const list = this.byPrefix.get(key) ?? [];
      list.push({ pattern, value, length: alias.length });
      this.byPrefix.set(key, list);
      firstChars.add(alias[0]!);
    }
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.length - a.length);
    const chars = [...firstChars].map((c) => escapeRegExp(c).replace(/[\]\-^]/g, "\\$&")).join("");
    this.starts = new RegExp(`(?<!${options.notBefore})[${chars}]`, "g");
    this.boundary = new RegExp(`(?<!${options.notBefore})`, "y");
  }

  private candidatesAt(text: string, at: number): Candidate<T>[] | undefined {
    const c0 = foldCode(text.charCodeAt(at));
    const c1 = foldCode(text.charCodeAt(at + 1));
    const short = this.byPrefix.get(c0 * 65536 + c1);
    if (at + 2 >= text.length) return short;
    const long = this.byPrefix.get((c0 * 65536 + c1) * 65536 + foldCode(text.charCodeAt(at + 2)));
    if (!short) return long;
    return long ? [...long, ...short] : short;
  }

  /** The longest name that starts exactly at `at`, or null. */
  matchAt(text: string, at: number): AliasMatch<T> | null {
    this.boundary.lastIndex = at;
    if (!this.boundary.test(text)) return null;
    for (const c of this.candidatesAt(text, at) ?? []) {
      c.pattern.lastIndex = at;
      const hit = c.pattern.exec(text);
      if (hit) return { start: at, end: at + hit[0].length, text: hit[0], value: c.value };
    }
    return null;
  }

  /** Every name in `text`, leftmost first and longest at each place, none overlapping. */
  scan(text: string): AliasMatch<T>[] {
    const found: AliasMatch<T>[] = [];
    const starts = this.starts;
    starts.lastIndex = 0;
    for (let m = starts.exec(text); m; m = starts.exec(text)) {
      const at = m.index;
      const candidates = this.candidatesAt(text, at);
      if (!candidates) continue;
      for (const c of candidates) {
        c.pattern.lastIndex = at;
        const hit = c.pattern.exec(text);
        if (!hit) continue;
        found.push({ start: at, end: at + hit[0].length, text: hit[0], value: c.value });
        starts.lastIndex = at + hit[0].length;
        break;
      }
    }
    return found;
  }
}
