// fund_size: the assets of a named fund. "the $9 billion iShares Biotechnology ETF", "the iShares Biotechnology ETF,
// which has $9 billion in assets", "the ARK Innovation ETF ... the $6.2 billion fund", "with assets of €2.1 billion".
import type { DraftOf, ExtractionInput, Extractor } from "./types.ts";
import { examples } from "./fund-size.examples.ts";
import { MONEY_SOURCE, parseMoney } from "./quantities.ts";
import {
  clauseUnits,
  unitFundMentions,
  maskMentions,
  MENTION_SOURCE,
  QUALIFIER_SOURCE,
  type FundMention,
} from "./fund-names.ts";
import { allMatches, groupSpan } from "./patterns.ts";

type Draft = DraftOf<"fund_size">;

const F = `(?<f>${MENTION_SOURCE})`;
const MONEY = `(?:${QUALIFIER_SOURCE}\\s+)?(?<money>${MONEY_SOURCE})`;
const ASSETS = `(?:net\\s+|total\\s+|managed\\s+)?(?:assets|AUM)(?:\\s+under\\s+management)?`;
/** Money right before the name, not the object of a verb of flows ("drew $1 billion"): the size as an adjective. */
const SIZE_BEFORE = new RegExp(`(?<![\\w$€£¥.,])(?<money>${MONEY_SOURCE})(?:\\s*-\\s*|\\s+)(?:\\[?\\*{1,2})?${F}`, "gd");

const PATTERNS: { re: RegExp; rule: string; confidence: number; ok?: (g: Record<string, string | undefined>) => boolean }[] = [
  // "the iShares Biotechnology ETF, which has $9 billion in assets" / "..., with $2 billion of assets"
  {
    re: new RegExp(
      `${F},?\\s+(?:which\\s+|that\\s+)?(?:has|had|holds|held|manages|managed|oversees|oversaw|boasts|with|now\\s+has|has\\s+grown\\s+to|has\\s+amassed|amassed|has\\s+about)\\s+${MONEY}\\s+(?:in|of)\\s+${ASSETS}`,
      "gd",
    ),
    rule: "fund_size.has_assets",
    confidence: 0.9,
  },
  // "X, which manages €98 billion" / "X, which strips out the currency and manages around $5.3 billion"
  {
    re: new RegExp(
      `${F},\\s+(?:which|that)\\s+(?:[^,;.\\uE000]{1,80}?\\s+and\\s+)?(?:(?:still|now|currently|already)\\s+)?(?:manages|oversees|holds|has\\s+grown\\s+to|has\\s+swelled\\s+to)\\s+${MONEY}(?:\\s+(?:in|of)\\s+${ASSETS}|\\s+under\\s+management)?(?!\\s+(?:of|in)\\s+(?:inflows|outflows|new|net|bitcoin|gold|bonds|stocks|shares|cash))`,
      "gd",
    ),
    rule: "fund_size.which_manages",
    confidence: 0.85,
  },
  // "X now holds $52.6 billion in assets" / "the fund still manages roughly €101 billion" / "X reached £240 million in assets"
  {
    re: new RegExp(
      `${F}\\s+(?:(?:still|now|currently|already)\\s+)?(?<sv>holds|held|has|had|manages|managed|oversees|reached|hit|topped|crossed|surpassed|(?:has\\s+)?(?:grown|swelled|ballooned)\\s+to)\\s+${MONEY}(?<sa>\\s+(?:in|of)\\s+${ASSETS})?`,
      "gd",
    ),
    rule: "fund_size.holds_assets",
    confidence: 0.85,
    // Without "in assets" only verbs of managing or growing state a size ("has $2 billion" may be anything).
    ok: (g) => Boolean(g.sa) || /^(?:manages|managed|oversees|has\s+grown|grown|has\s+swelled|swelled|has\s+ballooned|ballooned)/.test(g.sv!),
  },
  // "X, the oldest and largest US-listed ETF at roughly $610 billion," / "X, at €1.2 billion," / "X, with $20 billion under management,"
  {
    re: new RegExp(
      `${F},\\s+(?:(?:the|a|an)\\s+[^,;.\\uE000]{1,80}?\\s+)?(?:at|with)\\s+${MONEY}(?:\\s+(?:in|of)\\s+${ASSETS}|\\s+under\\s+management)?(?=\\s*[,;)]|\\s*[.!?]?["”’]?\\s*$)`,
      "gd",
    ),
    rule: "fund_size.appositive",
    confidence: 0.8,
  },
  // "the fund, with assets of €2.1 billion" / "which has total assets of $5 billion"
  {
    re: new RegExp(
      `${F},?\\s+(?:which\\s+|that\\s+)?(?:has|had|with|holds|boasts)\\s+(?:a\\s+)?(?:net\\s+|total\\s+)?(?:assets|AUM|asset\\s+value|NAV)(?:\\s+under\\s+management)?\\s+of\\s+${MONEY}`,
      "gd",
    ),
    rule: "fund_size.assets_of",
    confidence: 0.9,
  },
  // "the Solent Ether ETN holds 1,900 coins with a net asset value of $52 million"
  {
    re: new RegExp(`${F}(?:[^,;.\\uE000]|[.,]\\d){1,60}?\\s+with\\s+(?:a\\s+)?(?:net\\s+|total\\s+)?(?:assets|asset\\s+value|NAV)\\s+of\\s+${MONEY}`, "gd"),
    rule: "fund_size.with_asset_value",
    confidence: 0.8,
  },
  // "the net assets of the Harbor Bitcoin ETF, at more than $11 billion" / "total assets of X stood at €2 billion"
  {
    re: new RegExp(
      `(?:[Nn]et|[Tt]otal)\\s+assets\\s+of\\s+(?:the\\s+)?${F},?\\s+(?:of|at|stood\\s+at|stand\\s+at|were|are|totaled|totalled|reached|hit|topped|rose\\s+to|fell\\s+to)\\s+${MONEY}`,
      "gd",
    ),
    rule: "fund_size.assets_of_fund",
    confidence: 0.85,
  },
  // "the SPDR Gold Shares' assets rose to $70 billion" / "the ETF's assets stand at $5 billion"
  {
    re: new RegExp(
      `${F}(?:['’]s?)?\\s+${ASSETS}\\s+(?:(?:rose|climbed|grew|swelled|jumped|increased|fell|dropped|shrank|declined|slipped)\\s+to|(?:stands?|stood)\\s+at|are|were|total(?:s|ed|led)?|reached|hit|topped)\\s+${MONEY}`,
      "gd",
    ),
    rule: "fund_size.assets_stand_at",
    confidence: 0.85,
  },
  // "..., lifting its assets under management to almost $7.3 billion"
  {
    re: new RegExp(
      `${F}(?:[^.;\\uE000]|\\.\\d){0,160}?\\b(?:bringing|taking|lifting|pushing|boosting|raising|lowering|cutting)\\s+(?:its|${MENTION_SOURCE})\\s+${ASSETS}\\s+to\\s+${MONEY}`,
      "gd",
    ),
    rule: "fund_size.bringing_assets_to",
    confidence: 0.85,
  },
  // "the iShares Biotechnology ETF ($9 billion in assets)"
  {
    re: new RegExp(`${F}\\s*\\(${MONEY}\\s+(?:in\\s+)?(?:assets|AUM|in\\s+AUM|of\\s+assets)\\)`, "gd"),
    rule: "fund_size.bracketed",
    confidence: 0.85,
  },
  // "the ARK Innovation ETF ... and the $6.2 billion fund" (the fund named before, in the same unit)
  {
    re: new RegExp(
      `${F}(?:[^.;\\uE000]|\\.\\d){0,200}?\\b[Tt]he\\s+${MONEY}[\\s-]+(?:fund|ETF|exchange-traded\\s+fund|trust|product)\\b`,
      "gd",
    ),
    rule: "fund_size.anaphor",
    confidence: 0.75,
  },
];

function extract(input: ExtractionInput): Draft[] {
  const drafts: Draft[] = [];
  for (const unit of clauseUnits(input)) {
    if (!/\d/.test(unit.text)) continue;
    const funds = unitFundMentions(input, unit).filter((m) => m.how !== "class");
    if (funds.length === 0) continue;
    const masked = maskMentions(unit.text, unit.start, funds);
    const seen = new Set<string>();
    const push = (s: number, e: number, mention: FundMention | undefined, moneyText: string, rule: string, confidence: number) => {
      const assets = parseMoney(moneyText);
      if (!mention || !assets || assets.amount < 1e6) return;
      const key = `${mention.start}`;
      if (seen.has(key)) return;
      seen.add(key);
      // "ARK Innovation ETF slid, and the $6.2 billion fund": the evidence starts at the name the anaphor stands for.
      if (mention.how === "anaphor" && mention.antecedent && mention.antecedent.start >= unit.start && mention.antecedent.start < unit.start + s)
        s = mention.antecedent.start - unit.start;
      let text = unit.text.slice(s, e);
      text = text.replace(/[\s.,;:]+$/, "");
      const start = unit.start + s;
      const end = start + text.length;
      drafts.push({
        type: "fund_size",
        evidence: { start, end, text: input.body.slice(start, end) },
        rule,
        confidence,
        fund: { ...mention.fund },
        assets,
      });
    };
    for (const m of allMatches(SIZE_BEFORE, masked)) {
      const [fs, fe] = groupSpan(m, SIZE_BEFORE, "f")!;
      push(m.index!, fe, funds.find((x) => x.start === unit.start + fs), m.groups!.money!, "fund_size.size_before_name", 0.9);
    }
    for (const { re, rule, confidence, ok } of PATTERNS) {
      for (const m of allMatches(re, masked)) {
        if (ok && !ok(m.groups!)) continue;
        const [fs] = groupSpan(m, re, "f")!;
        push(m.index!, m.index! + m[0].length, funds.find((x) => x.start === unit.start + fs), m.groups!.money!, rule, confidence);
      }
    }
  }
  return drafts.sort((a, b) => a.evidence.start - b.evidence.start);
}

export const fundSize: Extractor<"fund_size"> = {
  name: "fund_size",
  type: "fund_size",
  extract,
  examples,
};
