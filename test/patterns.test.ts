import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodeUnitClass, escapeRegExp, groupSpan, literalMatches, namedGroupNumbers, spanKey } from "../extractors/patterns.ts";

// Each pattern is checked against V8's own answer (m.indices.groups) on a text it matches.
const CASES: [RegExp, string][] = [
  [/(?<a>\d+)-(?<b>[a-z]+)/d, "x 12-abc"],
  // Unnamed groups before and between named ones, and groups that do not capture.
  [/(\w+) (?:of )?(?<fund>[A-Z]+)(?=\s)(?<rest>.*)/d, "shares of SPY today"],
  // Parentheses escaped or inside a character class do not open groups.
  [/\((?<ticker>[A-Z]+)\)[(\]](?<n>\d)/d, "(XLC)(5"],
  [/[\\(](?<x>\d)\\(?<y>\w)/d, "(1\\z"],
  // Look-behinds (positive and negative) are not groups; named groups nest.
  [/(?<=\$)(?<!\d)(?<money>(?<whole>\d+)(?:\.(?<cents>\d+))?)/d, "cost $12.50"],
  // A group that takes no part in the match.
  [/(?<up>rose)|(?<down>fell)/d, "stocks fell"],
];

describe("named group numbers", () => {
  it.each(CASES.map(([re, text]) => [re.source, re, text] as const))("%s", (_source, re, text) => {
    const m = re.exec(text);
    expect(m).not.toBeNull();
    const names = Object.keys(m!.indices!.groups!);
    expect([...namedGroupNumbers(re.source).keys()].sort()).toEqual(names.sort());
    for (const name of names) expect(groupSpan(m!, re, name)).toEqual(m!.indices!.groups![name]);
  });

  it("gives undefined for a name the pattern does not have", () => {
    const re = /(?<a>x)/d;
    expect(groupSpan(re.exec("x")!, re, "pron")).toBeUndefined();
  });
});

// literalMatches must find exactly what the pattern it replaces finds: each needle escaped, apostrophes as ['’],
// longest first when the caller sorts so, lookarounds on the given classes.
describe("literal matches", () => {
  const NOT_BEFORE = "[\\w.&'’-]";
  const NOT_AFTER = "[\\w&'’-]";
  const before = new CodeUnitClass(NOT_BEFORE);
  const after = new CodeUnitClass(NOT_AFTER);
  const byPattern = (text: string, needles: string[]) => {
    const source = needles.filter((n) => n !== "").map((n) => escapeRegExp(n).replace(/'/g, "['’]")).join("|");
    if (!source) return [];
    const re = new RegExp(`(?<!${NOT_BEFORE})(?:${source})(?!${NOT_AFTER})`, "g");
    return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  };
  const byLiterals = (text: string, needles: string[]) =>
    literalMatches(text, needles, before, after).map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }));

  it.each([
    ["whole words only", "Halcyon and Halcyons, Halcyon-based, (Halcyon) Halcyon.", ["Halcyon"]],
    ["the first needle that fits wins at a position", "Banco Rio rose; Banco fell", ["Banco Rio", "Banco"]],
    ["a longer needle that does not fit leaves the shorter one", "Banco Rios rose", ["Banco Rio", "Banco"]],
    ["an apostrophe matches both forms", "O'Neil and O’Neil; O’Neil’s", ["O'Neil"]],
    ["a curly apostrophe in the needle matches only itself", "D’Arcy and D'Arcy", ["D’Arcy"]],
    ["a needle that starts with an apostrophe", "x 'Tis and ’Tis", ["'Tis"]],
    ["matches do not overlap", "aa aa aaa", ["aa a", "aa"]],
    ["nothing to find", "no names here", ["Zed"]],
    ["empty needles are ignored", "anything", ["", "any"]],
    ["at the very start and end", "Acme", ["Acme"]],
  ])("%s", (_what, text, needles) => {
    const expected = byPattern(text, needles);
    expect(byLiterals(text, needles)).toEqual(expected);
  });

  it("agrees with the pattern on random text", () => {
    const piece = fc.constantFrom("Ab", "ab", "A", "b", " ", ".", "-", "'", "’", "&", "_", "1", "é");
    const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((p) => p.join("")), fc.array(word, { minLength: 1, maxLength: 4 }), (text, needles) => {
        expect(byLiterals(text, needles)).toEqual(byPattern(text, needles));
      }),
      { numRuns: 3000 },
    );
  });
});

// A CodeUnitClass stands in for a one-character pattern tested on `text[i]`; it must agree with that pattern on
// every UTF-16 code unit, surrogates and the `u` flag's property escapes included.
describe("CodeUnitClass", () => {
  it.each([
    ["\\s", ""],
    ["[”’\"')\\]]", ""],
    ["[\\s(“‘\"'[]", ""],
    ["[\\p{Lu}\\d“‘\"'(\\[$€£¥]", "u"],
    ["[\\p{L}\\p{N}]", "u"],
    ["\\w", "iu"],
  ])("%s (flags %s)", (source, flags) => {
    const cls = new CodeUnitClass(source, flags);
    const re = new RegExp(`^${source}$`, flags);
    const disagree: number[] = [];
    for (let code = 0; code < 65536; code++) if (cls.has(code) !== re.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
    // Asked again, the remembered answer is the same.
    expect(cls.has(0x41)).toBe(re.test("A"));
  });
});

describe("spanKey", () => {
  it("gives distinct spans distinct keys, as numbers below 2^26 and as strings past it", () => {
    const spans = [
      { start: 0, end: 1 }, { start: 1, end: 0 }, { start: 0, end: 2 ** 26 - 1 }, { start: 1, end: 2 ** 26 - 1 },
      { start: 2 ** 26 - 2, end: 2 ** 26 - 1 }, { start: 0, end: 2 ** 26 }, { start: 1, end: 2 ** 26 }, { start: 2 ** 27, end: 2 ** 27 + 5 },
    ];
    const keys = spans.map(spanKey);
    expect(new Set(keys).size).toBe(spans.length);
    expect(keys.slice(0, 5).every((k) => typeof k === "number" && Number.isSafeInteger(k))).toBe(true);
    expect(keys.slice(5)).toEqual([`0:${2 ** 26}`, `1:${2 ** 26}`, `${2 ** 27}:${2 ** 27 + 5}`]);
    expect(spanKey({ start: 7, end: 9 })).toBe(spanKey({ start: 7, end: 9 }));
  });
});
