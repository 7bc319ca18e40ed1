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
  /** The alias itself when plain text equality decides a match (no space or apostrophe that may vary). */
  literal: string | null;
  /** The alias up to its first space or apostrophe: text that does not start with it cannot match the pattern. */
  head: string;
}

/** The names under one two-character prefix: the two-character ones, and the longer ones by their third character. */
interface PrefixNode<T> {
  short: Candidate<T>[] | undefined;
  /** Names of three or more characters by their third character, each list followed by the two-character names. */
  byThird: Map<number, Candidate<T>[]>;
}

const foldCode = (code: number) => (code === 0x2019 ? 0x27 : code);
/** Two UTF-16 code units as one int32, a small integer to V8, so a lookup allocates nothing. */
const pairKey = (c0: number, c1: number) => (c0 << 16) | c1;
const longestFirst = <T>(a: Candidate<T>, b: Candidate<T>) => b.length - a.length;

const boundaryTables = new Map<string, Uint8Array>();
/** 1 for each UTF-16 code unit outside the character class `notBefore`; built once per class (~4 ms each). */
function boundaryTable(notBefore: string): Uint8Array {
  let table = boundaryTables.get(notBefore);
  if (!table) {
    const re = new RegExp(notBefore);
    table = new Uint8Array(65536);
    for (let code = 0; code < 65536; code++) table[code] = re.test(String.fromCharCode(code)) ? 0 : 1;
    boundaryTables.set(notBefore, table);
  }
  return table;
}

export class AliasScanner<T> {
  private readonly byPrefix = new Map<number, PrefixNode<T>>();
  /** 1 for each UTF-16 code unit that some name starts with. */
  private readonly startsName = new Uint8Array(65536);
  /** 1 for each code unit that may stand right before a name (not in `notBefore`). */
  private readonly endsBoundary: Uint8Array;
  private readonly notAfter: RegExp;

  constructor(items: readonly { alias: string; value: T }[], options: AliasScannerOptions) {
    const firstChars = new Set<string>();
    const longer = new Map<number, Map<number, Candidate<T>[]>>();
    for (const { alias, value } of items) {
      if (alias.length < 2) continue;
      let source = escapeRegExp(alias).replace(/'/g, "['\u2019]");
      if (options.flexibleSpace) source = source.replace(/ /g, "\\s+");
      const varies = alias.includes("'") || (options.flexibleSpace === true && alias.includes(" "));
      const candidate: Candidate<T> = {
        pattern: new RegExp(`${source}(?!${options.notAfter})`, "y"),
        value,
        length: alias.length,
        literal: varies ? null : alias,
        head: alias.split(options.flexibleSpace ? /[ ']/ : /'/)[0]!,
      };
      const k2 = pairKey(foldCode(alias.charCodeAt(0)), foldCode(alias.charCodeAt(1)));
      let node = this.byPrefix.get(k2);
      if (!node) {
        node = { short: undefined, byThird: new Map() };
        this.byPrefix.set(k2, node);
      }
      if (alias.length === 2) {
        (node.short ??= []).push(candidate);
      } else {
        let byThird = longer.get(k2);
        if (!byThird) longer.set(k2, (byThird = new Map()));
        const c2 = foldCode(alias.charCodeAt(2));
        byThird.set(c2, [...(byThird.get(c2) ?? []), candidate]);
      }
      firstChars.add(alias[0]!);
    }
    for (const [k2, node] of this.byPrefix) {
      node.short?.sort(longestFirst);
      for (const [c2, list] of longer.get(k2) ?? []) node.byThird.set(c2, [...list.sort(longestFirst), ...(node.short ?? [])]);
    }
    for (const c of firstChars) this.startsName[c.charCodeAt(0)] = 1;
    this.endsBoundary = boundaryTable(options.notBefore);
    this.notAfter = new RegExp(options.notAfter, "y");
  }

  private candidatesAt(text: string, at: number): Candidate<T>[] | undefined {
    const node = this.byPrefix.get(pairKey(foldCode(text.charCodeAt(at)), foldCode(text.charCodeAt(at + 1))));
    if (!node) return undefined;
    if (at + 2 >= text.length) return node.short;
    return node.byThird.get(foldCode(text.charCodeAt(at + 2))) ?? node.short;
  }

  /** The length of the name `c` at `at`, or -1 when it is not there. */
  private matchLength(c: Candidate<T>, text: string, at: number): number {
    if (c.literal !== null) {
      if (!text.startsWith(c.literal, at)) return -1;
      this.notAfter.lastIndex = at + c.length;
      return this.notAfter.test(text) ? -1 : c.length;
    }
    if (!text.startsWith(c.head, at)) return -1;
    c.pattern.lastIndex = at;
    const hit = c.pattern.exec(text);
    return hit ? hit[0].length : -1;
  }

  /** The longest name that starts exactly at `at`, or null. */
  matchAt(text: string, at: number): AliasMatch<T> | null {
    if (at > 0 && this.endsBoundary[text.charCodeAt(at - 1)] === 0) return null;
    for (const c of this.candidatesAt(text, at) ?? []) {
      const length = this.matchLength(c, text, at);
      if (length >= 0) return { start: at, end: at + length, text: text.slice(at, at + length), value: c.value };
    }
    return null;
  }

  /**
   * Whether a scan of `text.slice(start, end)` finds, within it, just what a scan of all of `text` finds there: the
   * character before the range allows a name after it, and the one after it a name before it. (Names that cross an
   * edge are the caller's check.)
   */
  cutsCleanly(text: string, start: number, end: number): boolean {
    if (start > 0 && this.endsBoundary[text.charCodeAt(start - 1)] === 0) return false;
    if (end >= text.length) return true;
    this.notAfter.lastIndex = end;
    return !this.notAfter.test(text);
  }

  /** Every name in `text`, leftmost first and longest at each place, none overlapping. */
  scan(text: string): AliasMatch<T>[] {
    const found: AliasMatch<T>[] = [];
    const { startsName, endsBoundary } = this;
    // A loop over code units with two lookup tables: a regex for the start characters returned to JavaScript at
    // nearly every word (the aliases start with most letters), which cost more than the lookups themselves. Each
    // code unit is read once: whether it may stand before a name is carried to the next position.
    let afterBoundary = 1;
    for (let at = 0; at + 1 < text.length; at++) {
      const code = text.charCodeAt(at);
      const mayStart = afterBoundary === 1 && startsName[code] === 1;
      afterBoundary = endsBoundary[code]!;
      if (!mayStart) continue;
      const candidates = this.candidatesAt(text, at);
      if (!candidates) continue;
      for (const c of candidates) {
        const length = this.matchLength(c, text, at);
        if (length < 0) continue;
        found.push({ start: at, end: at + length, text: text.slice(at, at + length), value: c.value });
        at += length - 1;
        afterBoundary = endsBoundary[text.charCodeAt(at)]!;
        break;
      }
    }
    return found;
  }
}

/**
 * One scan of a whole text that answers, for any range of it, what a scan of that range alone would find. Several
 * extractors scan overlapping parts of an article's body (its sentences, the text around each sentence break, the
 * whole body); one scan of the body serves them all where the range's edges allow, and the range is scanned alone
 * where they do not (a name across an edge, or a word character next to one).
 */
export class ScannedText<T> {
  /** The names in the whole text, as `scan` finds them. */
  readonly matches: AliasMatch<T>[];

  constructor(
    private readonly scanner: AliasScanner<T>,
    readonly text: string,
  ) {
    this.matches = scanner.scan(text);
  }

  /** `scanner.scan(text.slice(start, end))`, with offsets into the whole text. */
  range(start: number, end: number): AliasMatch<T>[] {
    const { matches } = this;
    // The first name that ends after `start`.
    let lo = 0;
    let hi = matches.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (matches[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const inside: AliasMatch<T>[] = [];
    let clean = this.scanner.cutsCleanly(this.text, start, end) && (lo === matches.length || matches[lo]!.start >= start);
    for (let i = lo; clean && i < matches.length && matches[i]!.start < end; i++) {
      if (matches[i]!.end > end) clean = false;
      else inside.push(matches[i]!);
    }
    if (clean) return inside;
    return this.scanner.scan(this.text.slice(start, end)).map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
  }
}
