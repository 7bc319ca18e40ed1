// Word lists, in one place, apart from the code that uses them. Each section names its users.
// Lists are plain data; patterns that combine them are built once, in the extractor that uses them.

// ── Numbers and amounts (quantities.ts) ────────────────────────────────────────────────────────────
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, t: 1e12,
};

export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: "USD", "US$": "USD", "U.S.$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "C$": "CAD", "A$": "AUD", "HK$": "HKD",
};

export const CURRENCY_WORDS: Record<string, string> = {
  dollars: "USD", dollar: "USD", euros: "EUR", euro: "EUR", pounds: "GBP", yen: "JPY", yuan: "CNY", francs: "CHF",
};

export const CURRENCY_CODES = ["USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "INR"];
