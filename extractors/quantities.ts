// Resolution of the quantities facts are made of: numbers (digits or words), percentages, basis points and
// money. Extractors find spans with the pattern sources below; these functions turn the spans into values.
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, NUMBER_WORDS, SCALE_WORDS } from "./lexicon.ts";
import type { Money } from "../schemas/record.ts";
import { escapeRegExp } from "./patterns.ts";

const alternation = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");

const NUMBER_WORD_SOURCE = `(?:${alternation(Object.keys(NUMBER_WORDS))})(?:-(?:${alternation(Object.keys(NUMBER_WORDS))}))?`;
/** A number in digits ("1,739.60", ".5") or in words ("eight", "twenty-five"). */
export const NUMBER_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+|${NUMBER_WORD_SOURCE})`;
/** Scale words as written in lower case, capitalised or in capitals ("$68bn", "$68B", "$5 Million", "$68 BN"). */
const SCALE_SOURCE = `(?:${alternation(
  new Set(Object.keys(SCALE_WORDS).flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])),
)})`;
/** A symbol not glued to a letter before it: "S$50" is Singapore dollars, never "$50". */
const SYMBOL_SOURCE = `(?<![A-Za-z$€£¥₹₩])(?:${alternation(Object.keys(CURRENCY_SYMBOLS))})`;
const CODE_SOURCE = `(?:\\b(?:${CURRENCY_CODES.join("|")}))`;
const CURRENCY_WORD_SOURCE = `(?:${alternation(Object.keys(CURRENCY_WORDS))})`;
const CURRENCY_BY_WORD = new Map(Object.entries(CURRENCY_WORDS).map(([w, c]) => [w.toLowerCase(), c]));
/**
 * After the number: its scale ("$68 billion", "$68bn", "a $68-billion fund"), or the upper end of a range that shares
 * the scale ("$3-4 billion", "$3 to $4 billion"); never a scale letter that starts a word ("$2 M&A").
 */
const AMOUNT_TAIL = `(?:(?:(?:\\s?[-–—]\\s?|\\s+to\\s+)(?:${SYMBOL_SOURCE})?\\d[\\d,]*(?:\\.\\d+)?)?[\\s-]?${SCALE_SOURCE}(?![\\w&]))?`;

/**
 * Money: "$68 billion", "$68bn", "US$68 billion", "€2.1 billion", "USD 3 billion", "68 billion dollars", "S$50 million",
 * and ranges sharing one scale ("$3-4 billion", resolved to their lower end).
 */
export const MONEY_SOURCE =
  `(?:(?:${SYMBOL_SOURCE}|${CODE_SOURCE})\\s?${NUMBER_SOURCE}${AMOUNT_TAIL}` +
  `|${NUMBER_SOURCE}${AMOUNT_TAIL}\\s(?:${CURRENCY_WORD_SOURCE}|${CODE_SOURCE})\\b)`;

/** The value of a number in digits or words; null when the text is not a number. */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^[\d,]*\.?\d+$/.test(t)) {
    const n = Number(t.replace(/,/g, ""));
    return Number.isFinite(n) ? n : null;
  }
  const parts = t.split("-");
  if (parts.every((p) => p in NUMBER_WORDS)) return parts.reduce((sum, p) => sum + NUMBER_WORDS[p]!, 0);
  return null;
}

/** Multiplies through the decimal string, so "4.7" billion is exactly 4700000000, not 4700000000.000001. */
function scaled(numberText: string, scale: number): number {
  const digits = numberText.replace(/,/g, "");
  if (/^\d*\.?\d+$/.test(digits)) return Number(`${digits}e${Math.round(Math.log10(scale))}`);
  return (parseNumber(numberText) ?? NaN) * scale;
}

const MONEY_PARTS = new RegExp(
  `^(?:(${SYMBOL_SOURCE})|(${CODE_SOURCE}))?\\s?(${NUMBER_SOURCE})(?:(?:(?:\\s?[-–—]\\s?|\\s+to\\s+)(?:${SYMBOL_SOURCE})?\\d[\\d,]*(?:\\.\\d+)?)?[\\s-]?(${SCALE_SOURCE}))?(?:\\s(${CURRENCY_WORD_SOURCE}|${CODE_SOURCE}))?$`,
  "i",
);

/**
 * The amount and ISO currency of a money span matched by MONEY_SOURCE; null when it is not money. A range gives its
 * lower end, so "$3-4 billion" is 3000000000 (never 3).
 */
export function parseMoney(text: string): Money | null {
  const m = MONEY_PARTS.exec(text.trim());
  if (!m) return null;
  const [, symbol, code, numberText, scaleWord, trailing] = m;
  const currency =
    (symbol && CURRENCY_SYMBOLS[symbol]) ??
    code?.toUpperCase() ??
    (trailing ? (CURRENCY_BY_WORD.get(trailing.toLowerCase()) ?? trailing.toUpperCase()) : undefined);
  if (!currency || parseNumber(numberText!) === null) return null;
  const scale = scaleWord ? SCALE_WORDS[scaleWord.toLowerCase()]! : 1;
  return { amount: scaled(numberText!, scale), currency };
}
