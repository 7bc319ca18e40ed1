// fund_flow: money moving into or out of a fund (or a class of funds), with its size, rank and period when stated.
// "X logged the third-largest inflows among bond ETFs this week", "X drew $1.2 billion of inflows", "investors
// pulled $500 million from X", "X saw outflows of $3.4 billion this month", "X lost $2 billion in redemptions".
import type { Period } from "../schemas/record.ts";
import type { DraftOf, ExtractionInput, Extractor } from "./types.ts";
import { examples } from "./fund-flow.examples.ts";
import { MONEY_SOURCE, NUMBER_SOURCE, parseMoney, parseNumber } from "./quantities.ts";
import {
  DEPOSIT_VERBS,
  FLOW_AGENTS,
  FLOW_HOLDING_VERBS,
  INFLOW_VERBS,
  MONTHS,
  ORDINAL_WORDS,
  OUTFLOW_LOSS_VERBS,
  WEEKDAYS,
  WITHDRAW_VERBS,
} from "./lexicon.ts";
import {
  alternation,
  assetClassObjects,
  capitalOptional,
  clauseUnits,
  unitFundMentions,
  maskMentions,
  MENTION_SOURCE,
  QUALIFIER_SOURCE,
} from "./fund-names.ts";
import { allMatches, groupSpan } from "./patterns.ts";

type Draft = DraftOf<"fund_flow">;

// ── Periods (a small resolver of our own until period.ts is shared) ───────────────────────────────────

const UNIT_KIND: Record<string, Period["kind"]> = {
  session: "session", sessions: "sessions", day: "session", days: "sessions", "trading day": "session", "trading days": "sessions",
  week: "week", weeks: "week", month: "month", months: "month", quarter: "quarter", quarters: "quarter", year: "year", years: "year",
};
const MONTH_SOURCE = alternation(MONTHS);
const DAY_SOURCE = alternation(WEEKDAYS);
const PERIODS: { re: RegExp; make: (m: RegExpExecArray) => Omit<Period, "text"> }[] = [
  { re: /\b(?:so\s+far\s+)?this\s+year\b|\byear[- ]to[- ]date\b|\bso\s+far\s+in\s+\d{4}\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b/i, make: () => ({ kind: "ytd", count: null }) },
  {
    re: new RegExp(
      `\\b(?:in|over|during|for)\\s+the\\s+(?:(?:past|last|previous|prior)\\s+)?(${NUMBER_SOURCE})\\s+(trading\\s+days?|trading\\s+sessions?|sessions?|days?|weeks?|months?|quarters?|years?)(?:\\s+(?:ending|ended|to|through)\\s+(?:${DAY_SOURCE}|[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}))?(?!\\w)`,
      "i",
    ),
    make: (m) => {
      const unit = m[2]!.toLowerCase().replace(/\s+/g, " ").replace("trading session", "session");
      const count = parseNumber(m[1]!) ?? 1;
      let kind = UNIT_KIND[unit] ?? "other";
      if (kind === "session" && count > 1) kind = "sessions";
      return { kind, count: Number.isInteger(count) && count > 0 ? count : null };
    },
  },
  {
    re: /\b(?:(?:in|over|during|for)\s+the\s+(?:past|last|previous|prior|latest|most\s+recent)|last|this|the\s+latest)\s+(week|month|quarter|year|session|trading\s+day)\b/i,
    make: (m) => {
      const kind = UNIT_KIND[m[1]!.toLowerCase().replace(/\s+/g, " ")] ?? "other";
      return /this\s+year|(?:^|\s)this\s+year/i.test(m[0]) ? { kind: "ytd", count: null } : { kind, count: 1 };
    },
  },
  { re: new RegExp(`\\b(?:in|for|during|over)\\s+the\\s+week\\s+(?:to|ended|ending|through|thru)\\s+(?:${DAY_SOURCE}|[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})\\b`), make: () => ({ kind: "week", count: 1 }) },
  { re: new RegExp(`\\b(?:on\\s+)?(?:${DAY_SOURCE})\\b|\\b(?:on|for)\\s+the\\s+day\\b|\\byesterday\\b|\\btoday\\b`), make: () => ({ kind: "session", count: 1 }) },
  { re: new RegExp(`\\b(?:in|during)\\s+(?:${MONTH_SOURCE})(?:\\s+\\d{4})?(?!\\w)`), make: () => ({ kind: "month", count: 1 }) },
  { re: /\b(?:in|during|for)\s+(?:(?:all\s+of|calendar|fiscal)\s+)?(?:19|20)\d{2}(?![\w-])/, make: () => ({ kind: "year", count: 1 }) },
  {
    re: new RegExp(
      `\\b[Ss]ince\\s+(?:(?:its|their|the\\s+fund['’]s|the\\s+funds['’])\\s+)?(?:((?:${MONTH_SOURCE})(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{4})\\s+)?(?:launch|inception|debut|listing)(?:\\s+in\\s+((?:${MONTH_SOURCE})(?:\\s+\\d{4})?|\\d{4}))?` +
        `|\\b[Ss]ince\\s+((?:${MONTH_SOURCE})(?:\\s+\\d{4})?|\\d{4})\\b`,
    ),
    make: (m) => ({ kind: "since", count: null, since: m[1] ?? m[2] ?? m[3] ?? null }),
  },
];

/** The first period stated in `text`, with where it starts and ends. */
export function findPeriod(text: string): { start: number; end: number; period: Period } | null {
  let best: { start: number; end: number; period: Period } | null = null;
  for (const { re, make } of PERIODS) {
    const m = re.exec(text);
    if (!m) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!best || start < best.start || (start === best.start && end > best.end)) {
      const made = make(m);
      best = { start, end, period: { ...made, text: m[0] } };
      if (made.kind !== "since") delete best.period.since;
    }
  }
  return best;
}

// ── Flow patterns ──────────────────────────────────────────────────────────────────────────────────

const F = `(?<f>${MENTION_SOURCE})`;
/** An appositive or relative clause between the fund and its verb: ", which has $26 billion in assets," / ", at €1.2 billion,". */
const APPOSITIVE = `(?:,\\s+(?:which|that|the|a|an|at|with|now|still)\\s[^,;:\\uE000]{1,120},)?`;
const GAP = `${APPOSITIVE}(?:,?\\s+(?:which|that)\\s+|,\\s+which\\s+has\\s+|\\s+)(?:(?:also|alone|has|have|had|just|recently|collectively|together|already|again|both|each)\\s+){0,2}`;
/** Words between a verb and its amount that change nothing: "pulled in just $3 billion", "drew another $1 billion". */
const AMOUNT_FILLER = `(?:(?:just|only|a\\s+mere|another|an\\s+additional|a\\s+further)\\s+)?`;
const MONEY = `${AMOUNT_FILLER}(?:${QUALIFIER_SOURCE}\\s+)?(?:a\\s+(?:net|combined|total|record)\\s+(?:of\\s+)?|a\\s+)?(?:net\\s+)?(?<money>${MONEY_SOURCE})`;
const NOUN = `(?:(?:modest|small|large|big|huge|hefty|sizable|sizeable|massive|combined|total|cumulative|further|fresh|record)\\s+)?(?:net\\s+)?(?:new\\s+)?(?:weekly\\s+|daily\\s+|monthly\\s+)?(?<noun>inflows?|outflows?|redemptions|withdrawals|new\\s+money|new\\s+assets|new\\s+cash|fresh\\s+cash|fresh\\s+money|deposits|subscriptions|investor\\s+(?:cash|money))`;
const RANK = `(?:the\\s+)?(?:(?<ord>${alternation(Object.keys(ORDINAL_WORDS))}|\\d{1,2}(?:st|nd|rd|th))[- ])?(?<sup>largest|biggest|most|heaviest|strongest|highest|greatest)`;
const HOLD = `(?:${alternation(FLOW_HOLDING_VERBS)})`;
const INFLOW = `(?:${alternation(INFLOW_VERBS)})`;
const LOSS = `(?:${alternation(OUTFLOW_LOSS_VERBS)})`;
const WITHDRAW = `(?:${capitalOptional(WITHDRAW_VERBS)})`;
const DEPOSIT = `(?:${capitalOptional(DEPOSIT_VERBS)})`;
const AGENT = `(?:(?:${capitalOptional(FLOW_AGENTS)})\\s+(?:have\\s+|had\\s+|also\\s+)?)`;

type Dir = "inflow" | "outflow" | "noun" | "context";
/** A paragraph that talks about fund flows, where "added $X" and "lost $X" are flows rather than price moves. */
const FLOW_CONTEXT = /\b(?:inflows?|outflows?|fund\s+flows|net\s+flows|new\s+assets|new\s+money|redemptions)\b/i;
const PATTERNS: { re: RegExp; dir: Dir; rule: string; confidence: number }[] = [
  // "X logged the third-largest inflows among bond ETFs"
  { re: new RegExp(`${F}${GAP}${HOLD}\\s+${RANK}\\s+${NOUN}(?:\\s+(?:of|at|with)\\s+${MONEY})?`, "gd"), dir: "noun", rule: "fund_flow.ranked", confidence: 0.85 },
  // "X saw outflows of $3.4 billion"
  { re: new RegExp(`${F}${GAP}${HOLD}\\s+(?:a\\s+)?${NOUN}\\s+(?:of|totaling|totalling|worth|amounting\\s+to)\\s+${MONEY}`, "gd"), dir: "noun", rule: "fund_flow.noun_of_amount", confidence: 0.9 },
  // "X drew $1.2 billion of inflows" / "X had $72 million in outflows"
  { re: new RegExp(`${F}${GAP}(?:${HOLD}|${INFLOW})\\s+${MONEY}\\s+(?:of|in|worth\\s+of)\\s+${NOUN}`, "gd"), dir: "noun", rule: "fund_flow.amount_of_noun", confidence: 0.9 },
  // "X lost $2 billion in redemptions"
  { re: new RegExp(`${F}${GAP}${LOSS}\\s+${MONEY}\\s+(?:in|of|to|through|from|via)\\s+(?:net\\s+)?(?:redemptions|outflows|withdrawals)`, "gd"), dir: "outflow", rule: "fund_flow.lost_to_redemptions", confidence: 0.9 },
  // "X saw $967 million exit the fund"
  { re: new RegExp(`${F}${GAP}(?:saw|sees|had|watched)\\s+${MONEY}\\s+(?:exit|leave|flee|pulled\\s+from|withdrawn\\s+from|flow\\s+out)(?:\\s+(?:of\\s+)?the\\s+fund)?`, "gd"), dir: "outflow", rule: "fund_flow.saw_money_exit", confidence: 0.85 },
  { re: new RegExp(`${F}${GAP}(?:saw|sees|had|watched)\\s+${MONEY}\\s+(?:flow|pour|come)\\s+in(?:to\\s+the\\s+fund)?`, "gd"), dir: "inflow", rule: "fund_flow.saw_money_enter", confidence: 0.85 },
  // "X added $98 million to its assets" / "X gained $1 billion in new assets"
  {
    re: new RegExp(`${F}${GAP}(?:added|adds|gained|gains)\\s+${MONEY}\\s+(?:to\\s+(?:its|${MENTION_SOURCE})\\s+(?:total\\s+)?assets|in\\s+(?:net\\s+)?new\\s+(?:assets|money|cash))`, "gd"),
    dir: "inflow",
    rule: "fund_flow.added_to_assets",
    confidence: 0.85,
  },
  // "X took in US$3.4 billion" / "X attracted $390 million"
  { re: new RegExp(`${F}${GAP}${INFLOW}\\s+${MONEY}`, "gd"), dir: "inflow", rule: "fund_flow.drew_amount", confidence: 0.8 },
  // "X led ETF inflows with $576 million"
  { re: new RegExp(`${F}${GAP}(?:led|leads|topped|tops)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?${NOUN}(?:\\s+with\\s+${MONEY})?`, "gd"), dir: "noun", rule: "fund_flow.led_flows", confidence: 0.8 },
  // "X kept limping along with $35 million of outflows"
  { re: new RegExp(`${F}(?:[^.;\\uE000]|\\.\\d){0,60}?\\bwith\\s+${MONEY}\\s+(?:of|in)\\s+${NOUN}`, "gd"), dir: "noun", rule: "fund_flow.with_amount_of_noun", confidence: 0.75 },
  // "the fund's redemptions eased, with outflows slowing to $4 million"
  {
    re: new RegExp(`${F}(?:[^.;\\uE000]|\\.\\d){0,60}?\\bwith\\s+${NOUN}\\s+(?:of|totaling|totalling|at|reaching|(?:slowing|falling|dropping|easing|shrinking|rising|climbing|jumping|swelling|growing)\\s+to)\\s+${MONEY}`, "gd"),
    dir: "noun",
    rule: "fund_flow.with_noun_at_amount",
    confidence: 0.75,
  },
  // "commodities ETFs added $632.7 million" — only where the paragraph is about flows (see FLOW_CONTEXT)
  { re: new RegExp(`${F}${GAP}(?<ctxverb>added|adds|gained|gains|lost|loses|shed|sheds|bled|bleeds)\\s+${MONEY}`, "gd"), dir: "context", rule: "fund_flow.flow_context_verb", confidence: 0.7 },
  // "investors pulled $500 million from X"
  { re: new RegExp(`${AGENT}?${WITHDRAW}\\s+${MONEY}\\s+(?:out\\s+)?(?:of|from)\\s+(?:the\\s+)?${F}`, "gd"), dir: "outflow", rule: "fund_flow.pulled_from", confidence: 0.85 },
  // "investors poured $2 billion into X"
  { re: new RegExp(`${AGENT}?${DEPOSIT}\\s+${MONEY}\\s+(?:into|in|to)\\s+(?:the\\s+)?${F}`, "gd"), dir: "inflow", rule: "fund_flow.poured_into", confidence: 0.85 },
  // "$6.1 billion was poured into X" / "$2 billion flowed out of X"
  {
    re: new RegExp(`${MONEY}\\s+(?:(?:was|were|has\\s+been|have\\s+been)\\s+(?:poured|plowed|ploughed|pumped|put|funneled|funnelled|added|invested|parked)\\s+(?:into|in|to)|(?:flowed|poured|flooded|went)\\s+into)\\s+(?:the\\s+)?${F}`, "gd"),
    dir: "inflow",
    rule: "fund_flow.passive_into",
    confidence: 0.85,
  },
  {
    re: new RegExp(`${MONEY}\\s+(?:(?:was|were|has\\s+been|have\\s+been)\\s+(?:pulled|withdrawn|yanked|redeemed|taken)\\s+(?:out\\s+of|from)|(?:flowed|poured|leaked|bled)\\s+out\\s+of|(?:left|exited|fled))\\s+(?:the\\s+)?${F}`, "gd"),
    dir: "outflow",
    rule: "fund_flow.passive_out_of",
    confidence: 0.85,
  },
  // "a flow of $380 million into gold ETFs" / "net outflows of $2 billion from X"
  {
    re: new RegExp(`(?:(?<=\\b[Aa]\\s+)|(?<![\\w-]))(?:net\\s+)?(?<noun>flow|[Ii]nflows?|[Oo]utflows?|[Rr]edemptions|[Ww]ithdrawals)\\s+of\\s+${MONEY}\\s+(?<prep>into|to|in|from|out\\s+of)\\s+(?:the\\s+)?${F}`, "gd"),
    dir: "noun",
    rule: "fund_flow.flow_of_amount_into",
    confidence: 0.85,
  },
  // "The Vanguard Growth ETF saw outflows this week": a named fund's flow, without an amount.
  { re: new RegExp(`${F}${GAP}${HOLD}\\s+(?:net\\s+)?(?<noun>inflows|outflows|redemptions|withdrawals)(?!\\s+(?:of|from|into|to|in)\\b)`, "gd"), dir: "noun", rule: "fund_flow.bare_noun", confidence: 0.7 },
  // "Outflows from X totaled $3 billion"
  {
    re: new RegExp(`(?:[Nn]et\\s+)?(?<noun>[Ii]nflows?|[Oo]utflows?|[Rr]edemptions|[Ww]ithdrawals)\\s+(?:into|to|for|in|from|out\\s+of)\\s+(?:the\\s+)?${F}\\s+(?:totaled|totalled|reached|hit|were|was|amounted\\s+to|came\\s+to|topped|rose\\s+to|climbed\\s+to|jumped\\s+to|of)\\s+${MONEY}`, "gd"),
    dir: "noun",
    rule: "fund_flow.flows_into_totaled",
    confidence: 0.85,
  },
];

const ORD_SOURCE = `(?:${alternation(Object.keys(ORDINAL_WORDS))}|\\d{1,2}(?:st|nd|rd|th))`;
/** A rank stated after the amount: ", the second-largest inflows", ", the biggest among crypto funds", ", ranking third". */
const RANK_AFTER = new RegExp(
  `^(?:[^,;:.\\uE000]|\\.\\d){0,60}?,\\s+(?:(?:(?:which\\s+was|making\\s+it|good\\s+for)\\s+)?the\\s+(?:(?<ord>${ORD_SOURCE})[- ])?(?<sup>largest|biggest|most|heaviest|strongest|highest|greatest)` +
    `(?:\\s+(?:net\\s+)?(?:weekly\\s+)?(?:inflows?|outflows?|withdrawals|redemptions|haul|intake|take))?` +
    `(?=\\s*(?:$|[,.;)])|\\s+(?:among|of\\s+any|of\\s+all|in\\s+the|in\\s+its|across|for\\s+any|by\\s+any|on\\s+the)\\b)` +
    `|(?:ranking|ranked|placing\\s+it|to\\s+rank)\\s+(?<ord2>${ORD_SOURCE})(?![\\w-]))`,
);
/** The amount after a ranked flow: "posted the biggest outflows among bond ETFs, with $1.6 billion pulled", "..., at $690 million". */
const AMOUNT_AFTER = new RegExp(
  `^(?:[^;:.\\uE000]|\\.\\d){0,80}?(?:,\\s+|\\s+)(?:with|at|shedding|losing|taking\\s+in|drawing|attracting|as\\s+(?:investors|traders|buyers|holders)\\s+(?:pulled|withdrew|yanked|redeemed|poured|added|put|plowed))\\s+${MONEY}`,
);

const CLAUSE_BREAK = /;|,\s+(?:while|and|but|as|according|which|bringing|taking|whereas|compared|after|before)\b|\s(?:as|while|whereas)\s+(?!of\b|much\b|many\b|well\b)|\.\s+(?=[A-Z])|\.$|\u2014|--/;

function directionOf(dir: Dir, noun: string | undefined, verb: string | undefined, prep?: string): "inflow" | "outflow" {
  if (dir === "context") return /^(?:add|gain)/i.test(verb ?? "") ? "inflow" : "outflow";
  if (dir !== "noun") return dir;
  if (noun?.toLowerCase() === "flow") return /^(?:from|out)/.test(prep ?? "") ? "outflow" : "inflow";
  return /^(?:outflows?|redemptions|withdrawals)$/i.test(noun ?? "") ? "outflow" : "inflow";
}

function rankOf(ord: string | undefined, sup: string | undefined): number | null {
  if (!sup) return null;
  if (!ord) return 1;
  const word = ORDINAL_WORDS[ord.toLowerCase()];
  if (word) return word;
  const n = Number.parseInt(ord, 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}

function extract(input: ExtractionInput): Draft[] {
  const drafts: Draft[] = [];
  // Units come in body order, so the paragraph of each is found by walking forward, and each paragraph is tested for
  // flow words once (testing it again for every unit was quadratic in a long paragraph).
  let paragraphAt = 0;
  const flowParagraphs = new Map<number, boolean>();
  const isFlowParagraph = (i: number) => {
    let flow = flowParagraphs.get(i);
    if (flow === undefined) flowParagraphs.set(i, (flow = FLOW_CONTEXT.test(input.paragraphs[i]!.text)));
    return flow;
  };
  for (const unit of clauseUnits(input)) {
    if (!/\d|largest|biggest|most/.test(unit.text)) continue;
    const funds = unitFundMentions(input, unit, { classes: true });
    while (paragraphAt < input.paragraphs.length && input.paragraphs[paragraphAt]!.end <= unit.start) paragraphAt++;
    const paragraph = input.paragraphs[paragraphAt];
    const flowParagraph = paragraph !== undefined && paragraph.start <= unit.start && isFlowParagraph(paragraphAt);
    if (flowParagraph) {
      for (const a of assetClassObjects(unit.text, unit.start)) if (!funds.some((f) => a.start < f.end && f.start < a.end)) funds.push(a);
      funds.sort((a, b) => a.start - b.start);
    }
    if (funds.length === 0) continue;
    const masked = maskMentions(unit.text, unit.start, funds);
    // Classes of funds may stand inside a tail ("the biggest outflows among bond ETFs, with $1.6 billion pulled").
    const namedMasked = maskMentions(unit.text, unit.start, funds.filter((f) => f.how !== "class"));
    const taken: [number, number][] = [];
    for (const { re, dir, rule, confidence } of PATTERNS) {
      for (const m of allMatches(re, masked)) {
        let s = m.index!;
        let e = s + m[0].length;
        if (taken.some(([a, b]) => s < b && a < e)) continue;
        const g = m.groups!;
        if (dir === "context") {
          // ... or where the sentence already states a flow ("US equity ETFs attracted $31 billion, while bond funds lost $3.9 billion").
          if (!flowParagraph && taken.length === 0) continue;
          // A percentage right after the amount ("lost $2 billion, or 5%") is a change in value, not a flow.
          if (/^\s*(?:,\s*or|\()\s*[\d.]+\s?%/.test(masked.slice(e))) continue;
        }
        const [fs] = groupSpan(m, re, "f")!;
        const mention = funds.find((x) => x.start === unit.start + fs);
        if (!mention) continue;
        let amount = g.money ? parseMoney(g.money) : null;
        if (g.money && !amount) continue;
        // A bare "flows" needs an amount or a rank to be a fact, except when a named fund saw them.
        let rank = rankOf(g.ord, g.sup);
        if (!amount && rank === null && (rule !== "fund_flow.bare_noun" || mention.how === "class")) continue;
        taken.push([s, e]);
        // The amount after a ranked flow ("..., with $1.6 billion pulled") and the rank after an amount
        // ("..., the second-largest"), read from the end of the core, before or after the period.
        const core = e;
        let stated = e;
        if (!amount) {
          const tail = AMOUNT_AFTER.exec(namedMasked.slice(core));
          const money = tail ? parseMoney(tail.groups!.money!) : null;
          if (tail && money) {
            amount = money;
            stated = Math.max(stated, core + tail[0].length);
          }
        }
        if (rank === null) {
          const tail = RANK_AFTER.exec(namedMasked.slice(stated));
          if (tail) {
            rank = tail.groups!.ord2 ? rankOf(tail.groups!.ord2, "largest") : rankOf(tail.groups!.ord, tail.groups!.sup);
            stated += tail[0].length;
          }
        }
        // The period: after the core, in the same clause; or just before the subject ("Last week, X drew ...").
        let period: Period | null = null;
        let rest = unit.text.slice(core);
        const cut = CLAUSE_BREAK.exec(rest);
        if (cut) rest = rest.slice(0, cut.index);
        const after = findPeriod(rest);
        if (after && after.start <= 70) {
          period = after.period;
          e = Math.max(stated, core + after.end);
        } else {
          e = stated;
          const before = unit.text.slice(Math.max(0, s - 40), s);
          const lead = /(?:^|[\s,])((?:[Ll]ast|[Tt]his)\s+(?:week|month|quarter|year)|[Ss]o\s+far\s+this\s+year|[Yy]ear\s+to\s+date|[Ii]n\s+the\s+(?:past|latest|last)\s+week|[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday))\s*,\s*(?:the\s+)?$/.exec(before);
          // ... or a period that opens the sentence ("Since their launch in January, spot bitcoin ETFs have drawn ...").
          const opening = lead ? null : /^\s*([^,;]{4,60}?)\s*,\s*(?:the\s+)?$/.exec(unit.text.slice(0, s));
          const whole = opening ? findPeriod(opening[1]!) : null;
          if (lead) {
            const p = findPeriod(lead[1]!);
            if (p) {
              period = p.period;
              s = s - before.length + lead.index! + lead[0].indexOf(lead[1]!);
            }
          } else if (opening && whole && whole.start === 0 && whole.end === opening[1]!.length) {
            period = whole.period;
            s = opening.index + opening[0].indexOf(opening[1]!);
          }
        }
        taken[taken.length - 1] = [s, e];
        let text = unit.text.slice(s, e).replace(/[\s.,;:]+$/, "");
        const start = unit.start + s;
        const end = start + text.length;
        drafts.push({
          type: "fund_flow",
          evidence: { start, end, text: input.body.slice(start, end) },
          rule,
          confidence: mention.how === "class" ? Math.min(confidence, 0.7) : confidence,
          fund: { ...mention.fund },
          direction: directionOf(dir, g.noun, g.ctxverb, g.prep),
          amount,
          rank,
          period,
        });
      }
    }
  }
  return drafts.sort((a, b) => a.evidence.start - b.evidence.start);
}

export const fundFlow: Extractor<"fund_flow"> = {
  name: "fund_flow",
  type: "fund_flow",
  extract,
  examples,
};
