import { describe, expect, it } from "vitest";
import { groupSpan, namedGroupNumbers } from "../extractors/patterns.ts";

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
