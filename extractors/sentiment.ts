// A finance-aware, explainable sentiment scorer (no model, no downloaded lexicon: the word lists are ours, in
// lexicon.ts). A text is read for, in order:
//   1. moves of a result or a price, where the polarity depends on what moved ("operating profit rose" +,
//      "costs rose" −, "loss narrowed" +, "cut its sales forecast" −) and a swing past zero ("up from a loss" +);
//   2. a result stated against an earlier figure ("EUR 3.2 mn compared to EUR 3.6 mn"): the numbers decide;
//   3. a swing to a profit or a loss ("swung to a net profit");
//   4. lexicon terms with polarity, flipped by a negator just before them.
// Then the words around the cues adjust them: a reversal ("the selling looks overdone"), bad news priced in, what
// is set aside ("rather than"), a denied clause ("we are not convinced …"), conditions and questions weigh little,
// hedges damp the total, and in a quote what follows a contrast ("a nice rally, but …") decides. Every rule that
// counted is returned as a cue. A quote's stance (bullish/bearish/neutral) is its sentiment read as a market
// outlook, with the market words of speech (QUOTE_TERMS) added.
import { allMatches } from "./patterns.ts";
import {
  ATTRIBUTIVE_DIRECTIONS,
  BAD_WHEN_UP,
  CLAUSE_BREAK_WORDS,
  CLAUSE_CONDITION_MARKERS,
  CLAUSE_NEGATORS,
  COMPARATIVE_DIRECTIONS,
  COMPARISON_WORDS,
  CONDITION_MARKERS,
  CONTRAST_MARKERS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DIRECTION_WORDS,
  DISCOUNT_MARKERS,
  GOOD_WHEN_UP,
  HEDGES,
  MOVE_FOLLOWERS,
  NEGATORS,
  NOT_NEGATING,
  QUOTE_GOOD_WHEN_UP,
  QUOTE_TERMS,
  REVERSAL_MARKERS,
  SCALE_WORDS,
  SENTIMENT_TERMS,
  SET_ASIDE_MARKERS,
  SWING_WORDS,
  UNDECIDED_MARKERS,
} from "./lexicon.ts";

export type SentimentLabel = "positive" | "negative" | "neutral";
export type Stance = "bullish" | "bearish" | "neutral";

export interface SentimentScore {
  /** In [-1, 1]. */
  score: number;
  label: SentimentLabel;
  cues: string[];
}

export interface SentimentOptions {
  /** The text is someone's spoken outlook (a quote): a contrast turns it ("…, but …"). */
  quote?: boolean;
}

/** |sum of polarities| below this is neutral. */
const NEUTRAL_BAND = 0.35;
const NEGATION_WINDOW = 4;
/** How far back (tokens) a direction word looks for what moved ("operating profit for the period … rose"). */
const SUBJECT_BEFORE = 12;
/** How far ahead a direction word looks for what moved ("cut its outlook for annual revenue"). */
const SUBJECT_AFTER = 6;
/** How far ahead a result looks for its amount and the earlier amount it is compared with. */
const AMOUNT_WINDOW = 10;
/** How far after that amount the comparison word may come ("EUR 31 mn in June compared to …"). */
const COMPARISON_WINDOW = 6;
const HEDGE_FACTOR = 0.7;
const CONDITION_FACTOR = 0.25;
const NEGATED_FACTOR = 0.8;
/** A move with a size but no named result ("was down 1.1 pct") in company news is the share price. */
const BARE_MOVE_WEIGHT = 0.5;
const BEFORE_CONTRAST_FACTOR = 0.5;
/** A question ("Are we going into recession?") states no outlook. */
const QUESTION_FACTOR = 0.3;
/** Bad news said to be priced in turns this mildly good (times −1). */
const DISCOUNTED_FACTOR = 0.5;
/** A speaker who sees no clear direction ("we don't know") leans little either way. */
const UNDECIDED_FACTOR = 0.5;
const MAX_PHRASE = 5;

/** Phrases (space-separated words) with a value; the first and last words are indexed so that a token that starts
 * or ends no phrase costs one set lookup. */
class Phrases {
  private readonly values = new Map<string, number>();
  private readonly firstWords = new Set<string>();
  private readonly lastWords = new Set<string>();

  constructor(entries: Iterable<string> | Record<string, number>) {
    const pairs: [string, number][] = Symbol.iterator in entries ? [...(entries as Iterable<string>)].map((p) => [p, 1]) : Object.entries(entries);
    for (const [phrase, value] of pairs) {
      const words = phrase.split(" ");
      this.values.set(phrase, value);
      this.firstWords.add(words[0]!);
      this.lastWords.add(words[words.length - 1]!);
    }
  }
  has(phrase: string): boolean {
    return this.values.has(phrase);
  }
  value(phrase: string): number {
    return this.values.get(phrase) ?? 0;
  }
  startsWith(word: string): boolean {
    return this.firstWords.has(word);
  }
  endsWith(word: string): boolean {
    return this.lastWords.has(word);
  }
}

const SUBJECT_WEIGHTS = { ...GOOD_WHEN_UP, ...Object.fromEntries(Object.entries(BAD_WHEN_UP).map(([p, w]) => [p, -w])) };
const SUBJECTS = new Phrases(SUBJECT_WEIGHTS);
const QUOTE_SUBJECTS = new Phrases({ ...QUOTE_GOOD_WHEN_UP, ...SUBJECT_WEIGHTS });
const LEXICON = new Phrases(SENTIMENT_TERMS);
const QUOTE_LEXICON = new Phrases({ ...SENTIMENT_TERMS, ...QUOTE_TERMS });
const DIRECTIONS = new Phrases(DIRECTION_WORDS);
const NEGATOR_PHRASES = new Phrases(NEGATORS);
const NOT_NEGATING_PHRASES = new Phrases(NOT_NEGATING);
const REVERSAL_PHRASES = new Phrases(REVERSAL_MARKERS);
const DISCOUNT_PHRASES = new Phrases(DISCOUNT_MARKERS);
const SET_ASIDE_PHRASES = new Phrases(SET_ASIDE_MARKERS);
const UNDECIDED_PHRASES = new Phrases(UNDECIDED_MARKERS);
const HEDGE_PHRASES = new Phrases(HEDGES);
const CONDITION_PHRASES = new Phrases(CONDITION_MARKERS);
const CLAUSE_CONDITION_PHRASES = new Phrases(CLAUSE_CONDITION_MARKERS);
const CLAUSE_NEGATOR_PHRASES = new Phrases(CLAUSE_NEGATORS);
const ATTRIBUTIVE_PHRASES = new Phrases(ATTRIBUTIVE_DIRECTIONS);
const CONTRAST_PHRASES = new Phrases(CONTRAST_MARKERS);
const COMPARISON_PHRASES = new Phrases(COMPARISON_WORDS);
const SWING_PHRASES = new Phrases(SWING_WORDS);
const COMPARATIVE_PHRASES = new Phrases(COMPARATIVE_DIRECTIONS);
/** A profit or a loss: what a result "slipped to" or "swung to" is a state, not what moved. */
const STATE_RESULT = /(?:^|\s)(?:profits?|loss(?:es)?)$/;
/** Words that end the search for what moved: another clause has begun. */
const CLAUSE_BREAKS = new Set([";", ".", "?", "!", ":", ...CLAUSE_BREAK_WORDS]);
/** Marks that end a condition's scope or a negation's reach. */
const PUNCT_BREAKS = new Set([",", ";", ".", "?", "!", ":"]);
const PERCENT_WORDS = new Set(["%", "pct", "percent"]);
const AFTER_MOVE = new Set(MOVE_FOLLOWERS);
/** Scale words after a number ("2.1 m", "EUR 5 mn"), as the tokenizer sees them (lower case). */
const SCALES = new Map(Object.entries(SCALE_WORDS).map(([word, scale]) => [word.toLowerCase(), scale]));
/** Currency words, codes and symbols before an amount: a number after one is not a year. */
const CURRENCY_TOKENS = new Set([...Object.keys(CURRENCY_WORDS), ...CURRENCY_CODES, ...Object.keys(CURRENCY_SYMBOLS)].map((w) => w.toLowerCase()));

const TOKEN = /(\d+(?:,\d{3})*(?:\.\d+)?(?: \.\d+)?)|([a-z]+(?:['\-&][a-z0-9]+)*)|([%,;:.!?€$£])/g;

interface Token {
  word: string;
  /** Amount for a number token (scale words applied: "2.1 m" → 2100000), else null. */
  value: number | null;
  /** A number that is a year (no currency before, no scale after). */
  year: boolean;
  negator: boolean;
  punct: boolean;
}

function tokenize(text: string): Token[] {
  const normalised = text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\bper cent\b/g, "percent")
    .replace(/([a-z€$£])(?=\d)/g, "$1 ")
    .replace(/(\d)(?=[a-z])/g, "$1 ");
  const tokens: Token[] = [];
  for (const m of allMatches(TOKEN, normalised)) {
    if (m[1]) {
      const value = Number(m[1].replace(/,/g, "").replace(" ", ""));
      tokens.push({ word: m[1], value, year: false, negator: false, punct: false });
    } else if (m[2]) {
      const word = m[2];
      tokens.push({ word, value: null, year: false, negator: word.endsWith("n't"), punct: false });
    } else tokens.push({ word: m[3]!, value: null, year: false, negator: false, punct: true });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.value === null) continue;
    const scale = SCALES.get(tokens[i + 1]?.word ?? "");
    if (scale) t.value *= scale;
    const currency = i > 0 && CURRENCY_TOKENS.has(tokens[i - 1]!.word);
    t.year = !scale && !currency && Number.isInteger(t.value) && t.value >= 1900 && t.value <= 2100;
  }
  return tokens;
}

/** The longest of `phrases` starting at token i: [end (exclusive), phrase]. */
function phraseStartingAt(tokens: Token[], i: number, phrases: Phrases): [number, string] | null {
  if (i >= tokens.length || !phrases.startsWith(tokens[i]!.word)) return null;
  let phrase = "";
  let found: [number, string] | null = null;
  for (let n = 1; n <= MAX_PHRASE && i + n <= tokens.length; n++) {
    const t = tokens[i + n - 1]!;
    if (t.punct && t.word !== "%") break;
    phrase = n === 1 ? t.word : `${phrase} ${t.word}`;
    if (phrases.has(phrase)) found = [i + n, phrase];
  }
  return found;
}

/** The longest of `phrases` ending at token i: [start, phrase]. */
function phraseEndingAt(tokens: Token[], i: number, phrases: Phrases): [number, string] | null {
  if (!phrases.endsWith(tokens[i]!.word)) return null;
  let phrase = "";
  let found: [number, string] | null = null;
  for (let n = 1; n <= MAX_PHRASE && i - n + 1 >= 0; n++) {
    const t = tokens[i - n + 1]!;
    if (t.punct) break;
    phrase = n === 1 ? t.word : `${t.word} ${phrase}`;
    if (phrases.has(phrase)) found = [i - n + 1, phrase];
  }
  return found;
}

/** The negator within a few tokens before i (not across a comma or a clause), or null. */
function negatorBefore(tokens: Token[], i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - NEGATION_WINDOW); k--) {
    const t = tokens[k]!;
    if (PUNCT_BREAKS.has(t.word) || CLAUSE_BREAKS.has(t.word)) return null;
    // "has not priced in a recession": the negator is the pricing's, not the recession's
    if (phraseEndingAt(tokens, k, DISCOUNT_PHRASES)) return null;
    if (phraseStartingAt(tokens, k, NOT_NEGATING_PHRASES)) continue;
    if (t.negator) return t.word;
    const phrase = phraseEndingAt(tokens, k, NEGATOR_PHRASES);
    if (phrase) return phrase[1];
  }
  return null;
}

/** Each token's clause (between commas and stops) and sentence (between stops), as ids. */
function spans(tokens: Token[]): { clause: number[]; sentence: number[]; question: Set<number> } {
  const clause: number[] = [];
  const sentence: number[] = [];
  const question = new Set<number>();
  let c = 0;
  let s = 0;
  for (const t of tokens) {
    clause.push(c);
    sentence.push(s);
    if (PUNCT_BREAKS.has(t.word)) c++;
    if (t.word === "." || t.word === "?" || t.word === "!") {
      if (t.word === "?") question.add(s);
      s++;
    }
  }
  return { clause, sentence, question };
}

/** Where `phrases` occur in the text, as [start, end) token ranges. */
function occurrences(tokens: Token[], phrases: Phrases): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseStartingAt(tokens, i, phrases);
    if (phrase) {
      found.push([i, phrase[0]]);
      i = phrase[0] - 1;
    }
  }
  return found;
}

interface Item {
  at: number;
  polarity: number;
  cue: string;
  /** Already flipped by a negator just before it. */
  negated?: boolean;
}

interface Subject {
  start: number;
  end: number;
  phrase: string;
  /** Signed weight: + good when up, − bad when up. */
  weight: number;
}

function subjectBefore(tokens: Token[], used: boolean[], i: number, subjects: Phrases): Subject | null {
  for (let k = i - 1; k >= Math.max(0, i - SUBJECT_BEFORE); k--) {
    if (used[k] || CLAUSE_BREAKS.has(tokens[k]!.word)) return null;
    const found = phraseEndingAt(tokens, k, subjects);
    if (found) return { start: found[0], end: k + 1, phrase: found[1], weight: subjects.value(found[1]) };
  }
  return null;
}

function subjectAfter(tokens: Token[], used: boolean[], from: number, subjects: Phrases, window = SUBJECT_AFTER): Subject | null {
  for (let k = from; k < Math.min(tokens.length, from + window); k++) {
    if (used[k] || tokens[k]!.punct || CLAUSE_BREAKS.has(tokens[k]!.word) || COMPARISON_PHRASES.has(tokens[k]!.word)) return null;
    const found = phraseStartingAt(tokens, k, subjects);
    if (found) return { start: k, end: found[0], phrase: found[1], weight: subjects.value(found[1]) };
  }
  return null;
}

/** After a comparison word within a few tokens of `from`: a result of the other sign ("up from a loss", "compared with
 * a negative SEK 7.2 million"), which means the figure crossed zero. Returns the end of the reference, or -1. */
function crossedZero(tokens: Token[], from: number, subject: Subject): number {
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
    const comparison = phraseStartingAt(tokens, k, COMPARISON_PHRASES);
    if (!comparison) continue;
    for (let r = comparison[0]; r < Math.min(tokens.length, comparison[0] + 6); r++) {
      if (CLAUSE_BREAKS.has(tokens[r]!.word)) return -1;
      if (tokens[r]!.word === "negative" && subject.weight > 0) return r + 1;
      const ref = phraseStartingAt(tokens, r, SUBJECTS);
      if (ref && Math.sign(SUBJECTS.value(ref[1])) !== Math.sign(subject.weight)) return ref[0];
    }
    return -1;
  }
  return -1;
}

/** Token index of the first amount (not a year) in [from, to), or -1. */
function amountIn(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < Math.min(to, tokens.length); k++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAKS.has(t.word)) return -1;
    if (t.value !== null && !t.year) return k;
  }
  return -1;
}

/** True when a percentage sits next to the direction word at [i, end) ("up 0.92 pct", "8.69 pct lower", "a rise of
 * 0.8 percent"). */
function sizedMove(tokens: Token[], i: number, end: number): boolean {
  if (i > 0 && PERCENT_WORDS.has(tokens[i - 1]!.word)) return true;
  for (let k = end; k < Math.min(tokens.length, end + 4); k++) {
    const t = tokens[k]!;
    if (PERCENT_WORDS.has(t.word)) return true;
    if (t.punct || CLAUSE_BREAKS.has(t.word)) return false;
  }
  return false;
}

function markUsed(used: boolean[], from: number, to: number): void {
  for (let k = from; k < to; k++) used[k] = true;
}

/** The first occurrence of `phrases` in each clause (or sentence): id → [start, end). */
function firstPer(ids: number[], found: [number, number][]): Map<number, [number, number]> {
  const first = new Map<number, [number, number]>();
  for (const range of found) if (!first.has(ids[range[0]]!)) first.set(ids[range[0]]!, range);
  return first;
}

/** A quote's or sentence's tokens with their clause and sentence ids, and its scored items grouped by both. */
interface CueContext {
  tokens: Token[];
  items: Item[];
  clause: number[];
  sentence: number[];
  question: Set<number>;
  /** Items by clause and by sentence, in text order, so that each marker looks only at its own. */
  byClause: Map<number, Item[]>;
  bySentence: Map<number, Item[]>;
  quote: boolean;
}

function addTo(groups: Map<number, Item[]>, id: number, item: Item): void {
  const group = groups.get(id);
  if (group) group.push(item);
  else groups.set(id, [item]);
}

function readContext(tokens: Token[], items: Item[], options: SentimentOptions): CueContext {
  const { clause, sentence, question } = spans(tokens);
  const byClause = new Map<number, Item[]>();
  const bySentence = new Map<number, Item[]>();
  for (const it of [...items].sort((x, y) => x.at - y.at)) {
    addTo(byClause, clause[it.at]!, it);
    addTo(bySentence, sentence[it.at]!, it);
  }
  return { tokens, items, clause, sentence, question, byClause, bySentence, quote: options.quote === true };
}

/** "the selling looks overdone": the first cue of the clause before the marker flips (else the cue right after it,
 * "limited downside"), and the marker adds nothing of its own; each cue turns at most once. */
function reverseCues({ tokens, items, clause, byClause }: CueContext): void {
  const reversed = new Set<Item>();
  const nextInClause = new Map<number, number>();
  const itemAt = new Map(items.map((it) => [it.at, it]));
  for (const [at, end] of occurrences(tokens, REVERSAL_PHRASES)) {
    const bucket = byClause.get(clause[at]!) ?? [];
    let k = nextInClause.get(clause[at]!) ?? 0;
    while (k < bucket.length && (bucket[k]!.polarity === 0 || reversed.has(bucket[k]!))) k++;
    nextInClause.set(clause[at]!, k);
    const before = k < bucket.length && bucket[k]!.at < at ? bucket[k]! : undefined;
    const next = itemAt.get(end);
    const after = before || !next || clause[end] !== clause[at] || next.polarity === 0 || reversed.has(next) ? undefined : next;
    const target = before ?? after;
    if (!target) continue;
    reversed.add(target);
    target.polarity = -target.polarity;
    target.cue = `${target.cue} … ${tokens[at]!.word}`;
    const own = itemAt.get(at);
    if (own && own !== target) own.polarity = 0;
  }
}

/** "already discount a lot of bad news" (in a quote): the clause's bad cues turn mildly good. */
function discountPricedIn({ tokens, clause, byClause, quote }: CueContext): void {
  if (!quote) return;
  const discounted = occurrences(tokens, DISCOUNT_PHRASES).filter(([at]) => !negatorBefore(tokens, at));
  for (const [id] of firstPer(clause, discounted)) {
    for (const it of byClause.get(id) ?? []) if (it.polarity < 0) it.polarity *= -DISCOUNTED_FACTOR;
  }
}

/** "we are not convinced the meeting will be a negative shock": the rest of the clause is denied. */
function denyClauses({ tokens, clause, byClause }: CueContext): void {
  for (const [id, [at, end]] of firstPer(clause, occurrences(tokens, CLAUSE_NEGATOR_PHRASES))) {
    const denial = tokens.slice(at, end).map((t) => t.word).join(" ");
    for (const it of byClause.get(id) ?? []) {
      if (it.at < end || it.negated) continue;
      it.polarity = -it.polarity * NEGATED_FACTOR;
      it.negated = true;
      it.cue = `${denial} … ${it.cue}`;
    }
  }
}

/** "a gradual cooling rather than a sharp slowdown": what is set aside does not count. */
function setAside({ tokens, clause, byClause }: CueContext): void {
  for (const [id, [at]] of firstPer(clause, occurrences(tokens, SET_ASIDE_PHRASES))) {
    for (const it of byClause.get(id) ?? []) if (it.at > at) it.polarity = 0;
  }
}

/** Terms inside a condition ("until growth picks up", "if the talks stall,") weigh little; its scope ends with
 * the clause. */
function weakenConditions({ tokens, clause, byClause }: CueContext): void {
  const clauseStarts = occurrences(tokens, CLAUSE_CONDITION_PHRASES).filter(([at]) => at === 0 || PUNCT_BREAKS.has(tokens[at - 1]!.word));
  const conditions = [...occurrences(tokens, CONDITION_PHRASES), ...clauseStarts].sort((x, y) => x[0] - y[0]);
  for (const [id, [, end]] of firstPer(clause, conditions)) {
    for (const it of byClause.get(id) ?? []) if (it.at >= end) it.polarity *= CONDITION_FACTOR;
  }
}

function weakenQuestions({ items, sentence, question }: CueContext): void {
  for (const it of items) if (question.has(sentence[it.at]!)) it.polarity *= QUESTION_FACTOR;
}

/** In a quote, what follows the last contrast of a sentence decides ("a nice relief rally, but …"). */
function decideByContrast({ tokens, sentence, bySentence, quote }: CueContext): void {
  if (!quote) return;
  const lastContrast = new Map<number, number>();
  for (const [at] of occurrences(tokens, CONTRAST_PHRASES)) {
    if (at > 0 && sentence[at - 1] === sentence[at]) lastContrast.set(sentence[at]!, at);
  }
  for (const [id, at] of lastContrast) {
    const inSentence = bySentence.get(id) ?? [];
    if (!inSentence.some((it) => it.at > at && it.polarity !== 0)) continue;
    for (const it of inSentence) if (it.at < at) it.polarity *= BEFORE_CONTRAST_FACTOR;
  }
}

/** What the words around the cues do to them, in order. Each marker acts on its own clause or sentence, once, so
 * the whole stays linear in the length of the text. */
const CONTEXT_RULES: readonly ((context: CueContext) => void)[] = [
  reverseCues,
  discountPricedIn,
  denyClauses,
  setAside,
  weakenConditions,
  weakenQuestions,
  decideByContrast,
];

function adjustForContext(tokens: Token[], items: Item[], options: SentimentOptions): void {
  const context = readContext(tokens, items, options);
  for (const rule of CONTEXT_RULES) rule(context);
}

/** The steps of scoreSentiment, in order: each marks the tokens it reads as used, so that later steps skip them. */
interface Scoring {
  tokens: Token[];
  used: boolean[];
  /** Tokens inside a lexicon phrase of several words, left to step 4 ("rate cuts", "higher for longer"). */
  inPhrase: boolean[];
  items: Item[];
  terms: Phrases;
  subjects: Phrases;
}

/**
 * Step 0: phrases that look like cues but are not ("declined to comment") are taken out first, and a lexicon
 * phrase of several words keeps its direction word for step 4 ("rate cuts", "leg lower", "higher for longer").
 */
function setAsideNonCues({ tokens, used, inPhrase, terms }: Scoring): void {
  for (let i = 0; i < tokens.length; i++) {
    const term = phraseStartingAt(tokens, i, terms);
    if (!term) continue;
    if (terms.value(term[1]) === 0) markUsed(used, i, term[0]);
    else if (term[0] - i > 1) markUsed(inPhrase, i, term[0]);
  }
}

/** Step 1: a result or a price that moved: "operating profit rose", "increase in sales", "lowered its sales estimate". */
function movedResults({ tokens, used, inPhrase, items, subjects }: Scoring): void {
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || inPhrase[i]) continue;
    const dir = phraseStartingAt(tokens, i, DIRECTIONS);
    if (!dir) continue;
    const [dirEnd, dirPhrase] = dir;
    const next = tokens[dirEnd];
    // "fuel higher prices": an adjective before its noun; only that noun can be what moves
    const attributive = ATTRIBUTIVE_PHRASES.has(dirPhrase) && next !== undefined && next.value === null && !next.punct && !AFTER_MOVE.has(next.word);
    const subject = attributive
      ? subjectAfter(tokens, used, dirEnd, subjects, 2)
      : subjectBefore(tokens, used, i, subjects) ?? (COMPARATIVE_PHRASES.has(dirPhrase) ? null : subjectAfter(tokens, used, dirEnd, subjects));
    if (!subject) {
      if (sizedMove(tokens, i, dirEnd)) {
        items.push({ at: i, polarity: DIRECTIONS.value(dirPhrase) * BARE_MOVE_WEIGHT, cue: dirPhrase });
        markUsed(used, i, dirEnd);
      }
      continue;
    }
    const crossedEnd = crossedZero(tokens, dirEnd, subject);
    const reached = subject.start >= dirEnd && (tokens[dirEnd]?.word === "to" || tokens[dirEnd]?.word === "into") && STATE_RESULT.test(subject.phrase);
    let polarity = crossedEnd >= 0 || reached ? subject.weight : subject.weight * DIRECTIONS.value(dirPhrase);
    let cue = subject.start < i ? `${subject.phrase} ${dirPhrase}` : `${dirPhrase} ${subject.phrase}`;
    const negator = negatorBefore(tokens, Math.min(i, subject.start)) ?? (subject.start < i ? negatorBefore(tokens, i) : null);
    if (negator && crossedEnd < 0) {
      polarity = -polarity * NEGATED_FACTOR;
      cue = `${negator} … ${cue}`;
    }
    items.push({ at: i, polarity, cue, negated: negator !== null && crossedEnd < 0 });
    markUsed(used, i, Math.max(dirEnd, crossedEnd));
    markUsed(used, subject.start, subject.end);
  }
}

/** Step 2: a result against an earlier figure: "EPS came to EUR 0.31 versus EUR 0.22", "from EUR 76m". */
function comparedResults({ tokens, used, items }: Scoring): void {
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const found = phraseStartingAt(tokens, i, SUBJECTS);
    if (!found) continue;
    const subject: Subject = { start: i, end: found[0], phrase: found[1], weight: SUBJECTS.value(found[1]) };
    const now = amountIn(tokens, subject.end, subject.end + AMOUNT_WINDOW);
    if (now < 0) continue;
    let comparison: [number, string] | null = null;
    for (let k = now + 1; k < Math.min(tokens.length, now + COMPARISON_WINDOW) && !comparison; k++) {
      if (CLAUSE_BREAKS.has(tokens[k]!.word)) break;
      comparison = phraseStartingAt(tokens, k, COMPARISON_PHRASES);
    }
    if (!comparison) continue;
    const crossedEnd = crossedZero(tokens, comparison[0] - comparison[1].split(" ").length, subject);
    if (crossedEnd >= 0) {
      items.push({ at: i, polarity: subject.weight, cue: `${subject.phrase} ${comparison[1]} ${subject.weight > 0 ? "a loss" : "a profit"}` });
      markUsed(used, i, crossedEnd);
      continue;
    }
    const before = amountIn(tokens, comparison[0], comparison[0] + 6);
    if (before < 0) continue;
    const a = tokens[now]!.value!;
    const b = tokens[before]!.value!;
    if (a === b) continue;
    items.push({ at: i, polarity: subject.weight * Math.sign(a - b), cue: `${subject.phrase} ${tokens[now]!.word} ${comparison[1]} ${tokens[before]!.word}` });
    markUsed(used, i, before + 1);
  }
}

/** Step 3: a swing past zero without a comparison: "swung to a net profit", "returned to an operating loss". */
function swings({ tokens, used, items }: Scoring): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (used[i] || !SWING_PHRASES.has(tokens[i]!.word) || tokens[i + 1]!.word !== "to") continue;
    for (let k = i + 2; k < Math.min(tokens.length, i + 6); k++) {
      const found = phraseStartingAt(tokens, k, SUBJECTS);
      if (!found) continue;
      const weight = SUBJECTS.value(found[1]);
      if (STATE_RESULT.test(found[1])) {
        items.push({ at: i, polarity: weight, cue: `${tokens[i]!.word} to ${found[1]}` });
        markUsed(used, i, found[0]);
      }
      break;
    }
  }
}

/** Step 4: lexicon terms, longest phrase first; a negator just before flips them. */
function lexiconTerms({ tokens, used, items, terms }: Scoring): void {
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const term = phraseStartingAt(tokens, i, terms);
    if (!term) continue;
    const [end, phrase] = term;
    let polarity = terms.value(phrase);
    let cue = phrase;
    const negator = negatorBefore(tokens, i);
    if (negator) {
      polarity = -polarity * NEGATED_FACTOR;
      cue = `${negator} … ${phrase}`;
    }
    items.push({ at: i, polarity, cue, negated: negator !== null });
    markUsed(used, i, end);
    i = end - 1;
  }
}

export function scoreSentiment(text: string, options: SentimentOptions = {}): SentimentScore {
  const tokens = tokenize(text);
  const scoring: Scoring = {
    tokens,
    used: new Array<boolean>(tokens.length).fill(false),
    inPhrase: new Array<boolean>(tokens.length).fill(false),
    items: [],
    terms: options.quote ? QUOTE_LEXICON : LEXICON,
    subjects: options.quote ? QUOTE_SUBJECTS : SUBJECTS,
  };
  setAsideNonCues(scoring);
  movedResults(scoring);
  comparedResults(scoring);
  swings(scoring);
  lexiconTerms(scoring);
  const { items } = scoring;
  adjustForContext(tokens, items, options);
  let sum = items.reduce((s, it) => s + it.polarity, 0);
  // a speaker who says the direction is unclear leans little either way
  if (options.quote && occurrences(tokens, UNDECIDED_PHRASES).length > 0) sum *= UNDECIDED_FACTOR;
  // each hedge (up to three) damps the whole: "may gain slightly" is weaker than "may gain"; a condition in company
  // news is one more hedge ("… if the merger is approved"), while a quote's outlook is conditional by nature and its
  // conditions already weigh little
  const conditional = !options.quote && occurrences(tokens, CONDITION_PHRASES).length > 0 ? 1 : 0;
  sum *= HEDGE_FACTOR ** Math.min(3, occurrences(tokens, HEDGE_PHRASES).length + conditional);
  const score = Math.max(-1, Math.min(1, sum / (Math.abs(sum) + 1)));
  const label: SentimentLabel = sum >= NEUTRAL_BAND ? "positive" : sum <= -NEUTRAL_BAND ? "negative" : "neutral";
  const cues = items
    .filter((it) => it.polarity !== 0 && (label === "positive" ? it.polarity > 0 : label === "negative" ? it.polarity < 0 : true))
    .sort((x, y) => x.at - y.at)
    .map((it) => it.cue);
  return { score: Math.round(score * 1000) / 1000, label, cues };
}

/** The stance of a quote on markets: bullish / bearish / neutral, with its sentiment and cues. */
export function stanceOf(text: string): { stance: Stance; sentiment: number; cues: string[] } {
  const { score, label, cues } = scoreSentiment(text, { quote: true });
  const stance: Stance = label === "positive" ? "bullish" : label === "negative" ? "bearish" : "neutral";
  return { stance, sentiment: score, cues };
}
