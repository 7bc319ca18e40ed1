// A finance-aware, explainable sentiment scorer: lexicon terms with polarity, direction rules ("profit rose" +,
// "costs rose" −, "loss narrowed" +), negation flipping the next polarity term, hedges damping the magnitude.
// Every term that counted is returned as a cue.
import { BAD_WHEN_UP, CONDITION_MARKERS, DIRECTION_WORDS, GOOD_WHEN_UP, HEDGES, NEGATORS, SENTIMENT_TERMS } from "./lexicon.ts";

export type SentimentLabel = "positive" | "negative" | "neutral";
export type Stance = "bullish" | "bearish" | "neutral";

export interface SentimentScore {
  /** In [-1, 1]. */
  score: number;
  label: SentimentLabel;
  cues: string[];
}

/** |sum of polarities| below this is neutral. */
const NEUTRAL_BAND = 0.35;
const NEGATION_WINDOW = 4;
const SUBJECT_WINDOW = 6;
const HEDGE_FACTOR = 0.7;
const CONDITION_FACTOR = 0.25;
const CONDITION_SET = new Set(CONDITION_MARKERS);

interface Token {
  word: string;
  negator: boolean;
}

const MAX_PHRASE = 4;
const GOOD = new Set(GOOD_WHEN_UP);
const BAD = new Set(BAD_WHEN_UP);
const NEGATOR_SET = new Set(NEGATORS);
const HEDGE_SET = new Set(HEDGES);

function tokenize(text: string): Token[] {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9]+(?:['\-][a-z0-9]+)*/g) ?? [];
  return words.map((word) => ({ word, negator: NEGATOR_SET.has(word) || /n't$/.test(word) }));
}

/** The longest phrase of `set` ending at token i (inclusive), as [start, phrase]. */
function phraseEndingAt(tokens: Token[], i: number, set: Set<string>): [number, string] | null {
  for (let n = MAX_PHRASE; n >= 1; n--) {
    if (i - n + 1 < 0) continue;
    const phrase = tokens.slice(i - n + 1, i + 1).map((t) => t.word).join(" ");
    if (set.has(phrase)) return [i - n + 1, phrase];
  }
  return null;
}

function phraseStartingAt(tokens: Token[], i: number, set: Set<string> | Record<string, number>): [number, string] | null {
  const has = (p: string) => (set instanceof Set ? set.has(p) : Object.prototype.hasOwnProperty.call(set, p));
  for (let n = MAX_PHRASE; n >= 1; n--) {
    if (i + n > tokens.length) continue;
    const phrase = tokens.slice(i, i + n).map((t) => t.word).join(" ");
    if (has(phrase)) return [i + n, phrase];
  }
  return null;
}

function negated(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - NEGATION_WINDOW); k < i; k++) if (tokens[k]!.negator) return true;
  return false;
}

export function scoreSentiment(text: string): SentimentScore {
  const tokens = tokenize(text);
  const used = new Array<boolean>(tokens.length).fill(false);
  const items: { at: number; polarity: number; cue: string }[] = [];

  // 1. direction rules: a result or cost that moved ("operating profit rose", "increase in sales", "loss narrowed")
  for (let i = 0; i < tokens.length; i++) {
    const dir = phraseStartingAt(tokens, i, DIRECTION_WORDS);
    if (!dir) continue;
    const [dirEnd, dirPhrase] = dir;
    const sign = DIRECTION_WORDS[dirPhrase]!;
    let subject: { polarity: number; phrase: string; at: number } | null = null;
    for (let k = i - 1; k >= Math.max(0, i - SUBJECT_WINDOW) && !subject; k--) {
      if (used[k]) break;
      const good = phraseEndingAt(tokens, k, GOOD);
      const bad = phraseEndingAt(tokens, k, BAD);
      if (good) subject = { polarity: 1, phrase: good[1], at: good[0] };
      else if (bad) subject = { polarity: -1, phrase: bad[1], at: bad[0] };
    }
    if (!subject && (tokens[dirEnd]?.word === "in" || tokens[dirEnd]?.word === "of")) {
      for (let k = dirEnd + 1; k < Math.min(tokens.length, dirEnd + 4) && !subject; k++) {
        const good = phraseStartingAt(tokens, k, GOOD);
        const bad = phraseStartingAt(tokens, k, BAD);
        if (good) subject = { polarity: 1, phrase: good[1], at: k };
        else if (bad) subject = { polarity: -1, phrase: bad[1], at: k };
      }
    }
    if (!subject) continue;
    let polarity = subject.polarity * sign;
    if (negated(tokens, Math.min(i, subject.at))) polarity = -polarity * 0.8;
    items.push({ at: i, polarity, cue: subject.at < i ? `${subject.phrase} ${dirPhrase}` : `${dirPhrase} ${subject.phrase}` });
    for (let k = i; k < dirEnd; k++) used[k] = true;
    for (let k = subject.at; k < subject.at + subject.phrase.split(" ").length; k++) used[k] = true;
    i = dirEnd - 1;
  }

  // 2. lexicon terms, longest phrase first
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const term = phraseStartingAt(tokens, i, SENTIMENT_TERMS);
    if (!term) continue;
    const [end, phrase] = term;
    let polarity = SENTIMENT_TERMS[phrase]!;
    let cue = phrase;
    if (negated(tokens, i)) {
      polarity = -polarity * 0.8;
      const neg = tokens.slice(Math.max(0, i - NEGATION_WINDOW), i).find((t) => t.negator)!;
      cue = `${neg.word} … ${phrase}`;
    }
    items.push({ at: i, polarity, cue });
    for (let k = i; k < end; k++) used[k] = true;
    i = end - 1;
  }

  // terms inside a condition ("until growth picks up") weigh little
  const condition = tokens.findIndex((t) => CONDITION_SET.has(t.word));
  if (condition >= 0) for (const it of items) if (it.at > condition) it.polarity *= CONDITION_FACTOR;
  let sum = items.reduce((s, it) => s + it.polarity, 0);
  // each hedge (up to three) damps the whole: "may gain slightly if" is weaker than "may gain"
  sum *= HEDGE_FACTOR ** Math.min(3, tokens.filter((t) => HEDGE_SET.has(t.word)).length);
  const score = Math.max(-1, Math.min(1, sum / (Math.abs(sum) + 1)));
  const label: SentimentLabel = sum >= NEUTRAL_BAND ? "positive" : sum <= -NEUTRAL_BAND ? "negative" : "neutral";
  const cues = items
    .filter((it) => (label === "positive" ? it.polarity > 0 : label === "negative" ? it.polarity < 0 : true))
    .map((it) => it.cue);
  return { score: Math.round(score * 1000) / 1000, label, cues };
}

/** The stance of a quote on markets: bullish / bearish / neutral, with its sentiment and cues. */
export function stanceOf(text: string): { stance: Stance; sentiment: number; cues: string[] } {
  const { score, label, cues } = scoreSentiment(text);
  const stance: Stance = label === "positive" ? "bullish" : label === "negative" ? "bearish" : "neutral";
  return { stance, sentiment: score, cues };
}
