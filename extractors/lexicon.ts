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

// ── Themes (pipeline/refine.ts): subjects of quotes and signals that are not a single instrument ───────
/** A theme's aliases, and the instrument whose moves stand for it where one does. */
export const THEMES: { id: string; name: string; aliases: string[]; proxy: string | null }[] = [
  { id: "theme:small-caps", name: "small caps", aliases: ["small caps", "small-cap stocks", "small-cap", "smaller companies", "small companies"], proxy: "index:russell-2000" },
  { id: "theme:big-tech", name: "big tech", aliases: ["big tech", "megacaps", "megacap tech", "tech stocks", "technology shares", "tech shares"], proxy: "index:nasdaq-100" },
  { id: "theme:us-stocks", name: "US stocks", aliases: ["US stocks", "U.S. stocks", "US equities", "U.S. equities", "American stocks", "Wall Street"], proxy: "index:sp-500" },
  { id: "theme:treasuries", name: "Treasuries", aliases: ["Treasuries", "Treasury market", "bond market", "bonds"], proxy: "yield:us-10y" },
  { id: "theme:rates", name: "interest rates", aliases: ["rate cuts", "rate cut", "rate hikes", "rate hike", "interest rates", "the Fed", "Federal Reserve"], proxy: null },
  { id: "theme:oil", name: "oil", aliases: ["oil prices", "crude prices", "oil"], proxy: "commodity:oil" },
  { id: "theme:crypto", name: "crypto", aliases: ["crypto", "cryptocurrencies", "digital assets"], proxy: "crypto:btc" },
  { id: "theme:emerging-markets", name: "emerging markets", aliases: ["emerging markets", "emerging-market stocks", "EM stocks"], proxy: "index:msci-emerging-markets" },
];

// ── Quotes and speakers (quote.ts, speakers.ts) ────────────────────────────────────────────────────
/** Verbs that attribute speech or writing ("according to" is matched apart). */
export const SPEECH_VERBS = [
  "said", "says", "say", "noted", "notes", "wrote", "writes", "added", "adds", "told", "tells", "explained", "argued",
  "warned", "warns", "cautioned", "predicted", "commented", "remarked", "observed", "stated", "found", "concluded",
  "continued", "cautions", "observes", "argues",
];
/** Words after which a quoted span is a name, not speech ('so-called "soft landing"'). */
export const SCARE_QUOTE_INTRODUCERS = ["so-called", "so called", "dubbed", "called", "known as", "titled", "nicknamed", "labeled", "labelled", "branded", "entitled", "named"];
/** Last words of a job title: a phrase ending in one of these is a role. */
export const ROLE_HEADS = [
  "strategist", "analyst", "economist", "officer", "executive", "ceo", "cio", "cfo", "coo", "cto", "co-cio", "president",
  "chairman", "chairwoman", "chair", "founder", "co-founder", "director", "head", "manager", "advisor", "adviser",
  "partner", "trader", "investor", "technician", "specialist", "researcher", "professor", "governor", "minister",
  "secretary", "principal", "strategists", "analysts", "economists", "chief", "consultant", "fellow", "associate",
  "owner", "counsel", "treasurer", "dealer", "broker", "editor", "commentator", "pm",
];
/** Teams that speak for their firm ("Goldman Sachs strategists", "strategists led by X"). */
export const TEAM_NOUNS = ["strategists", "analysts", "economists", "researchers", "traders", "strategist", "analyst", "economist"];
/** Words that mark a capitalised phrase as an organisation rather than a person. */
export const ORG_WORDS = [
  "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "lp", "plc", "ag", "sa", "se", "nv", "srl", "group", "capital",
  "markets", "securities", "bank", "banks", "management", "partners", "research", "investments", "investment", "advisors",
  "advisers", "advisory", "associates", "asset", "assets", "wealth", "financial", "holdings", "fund", "funds", "trust",
  "economics", "analytics", "insight", "insights", "services", "solutions", "global", "international", "sachs", "stanley",
  "america", "citigroup", "jpmorgan", "barclays", "ubs", "hsbc", "nomura", "bnp", "societe", "generale", "deutsche",
  "blackrock", "vanguard", "fidelity", "pimco", "bloomberg", "reuters", "ameritrade", "schwab", "brothers", "exchange",
  "institute", "university", "council", "agency", "ministry", "reserve", "fed", "ecb", "imf", "equities", "equity",
  "mutual", "company", "companies", "partnership", "private", "office", "trading", "finance", "isi", "macro", "index",
];
/** Titles written before a name that belong to no job ("Mr.", "Dr."). */
export const NAME_TITLES = ["Mr.", "Ms.", "Mrs.", "Dr.", "Sir", "Prof."];
/** Abbreviations whose period does not end a sentence. */
export const NON_FINAL_ABBREVIATIONS = ["Mr.", "Ms.", "Mrs.", "Dr.", "St.", "Jr.", "Sr.", "Prof.", "U.S.", "U.K.", "Gov.", "Sen.", "Rep.", "No.", "vs.", "e.g.", "i.e."];
/** Abbreviations that end a company name ("Miller Tabak & Co.") and keep their period. */
export const COMPANY_ABBREVIATIONS = ["Co.", "Inc.", "Ltd.", "Corp.", "L.P.", "S.A.", "N.V.", "A.G.", "Cos."];

// ── Market moves (market-move.ts) ──────────────────────────────────────────────────────────────────
/** Verbs (every tense a wrap uses) that state a price move up. */
export const MOVE_VERBS_UP = [
  "rose", "rises", "rising", "risen", "advanced", "advances", "advancing", "climbed", "climbs", "climbing",
  "gained", "gains", "gaining", "added", "adding", "jumped", "jumps", "jumping", "rallied", "rallies", "rallying",
  "surged", "surges", "surging", "soared", "soars", "soaring", "increased", "increasing", "rebounded", "rebounds",
  "rebounding", "edged up", "edged higher", "edging up", "edging higher", "ticked up", "ticked higher", "inched up",
  "inched higher", "moved higher", "traded higher", "spiked", "spiking", "strengthened", "strengthening",
  "appreciated", "climbed back", "popped", "leaped", "leapt", "rocketed", "skyrocketed", "firmed", "recovered",
];
/** Verbs that state a price move down. */
export const MOVE_VERBS_DOWN = [
  "fell", "falls", "falling", "fallen", "declined", "declines", "declining", "dropped", "drops", "dropping",
  "slid", "slides", "sliding", "sank", "sinks", "sinking", "sunk", "lost", "loses", "losing", "retreated",
  "retreats", "retreating", "slumped", "slumps", "slumping", "tumbled", "tumbles", "tumbling", "plunged", "plunges",
  "plunging", "plummeted", "plummeting", "decreased", "decreasing", "edged down", "edged lower", "edging down",
  "edging lower", "ticked down", "ticked lower", "inched down", "inched lower", "moved lower", "traded lower",
  "slipped", "slips", "slipping", "eased", "eases", "easing", "dipped", "dips", "dipping", "shed", "sheds", "shedding",
  "weakened", "weakening", "depreciated", "sagged", "skidded", "tanked", "cratered", "crashed", "slid back",
];
/** Phrases (after the subject) that state no move. */
export const MOVE_VERBS_FLAT = [
  "was little changed", "were little changed", "is little changed", "are little changed", "was little-changed",
  "held steady", "holds steady", "was steady", "were steady", "was unchanged", "were unchanged", "is unchanged",
  "was flat", "were flat", "is flat", "held flat", "little changed", "holding steady", "ended flat", "closed flat",
  "finished flat", "ended little changed", "closed little changed", "finished little changed", "closed unchanged",
  "ended unchanged",
];
/** Verbs that take a direction word ("closed up 2%", "was lower by five basis points"). */
export const MOVE_STATE_VERBS = [
  "is", "was", "are", "were", "has been", "have been", "had been", "ended", "closed", "finished", "settled", "traded",
  "ended the session", "closed the session", "finished the session", "ended the day", "closed the day",
  "finished the day", "ended trading", "closed trading", "stood", "ends", "closes", "ending", "closing", "finishing",
];
export const MOVE_DIRECTION_WORDS: Record<string, "up" | "down" | "flat"> = {
  up: "up", higher: "up", down: "down", lower: "down", unchanged: "flat", flat: "flat",
};
/** Nouns of a stated move ("the S&P 500's 19% gain", "posted a 2% drop"). */
export const MOVE_NOUNS_UP = ["gain", "gains", "advance", "rally", "jump", "rise", "increase", "climb", "rebound", "surge", "pop", "upswing"];
export const MOVE_NOUNS_DOWN = [
  "loss", "losses", "drop", "decline", "slide", "fall", "slump", "selloff", "sell-off", "retreat", "plunge", "tumble",
  "decrease", "dip", "rout", "downturn",
];
/** Verbs that report a move as a noun ("posted its biggest drop since 2020", "notched a 2% gain"). */
export const MOVE_REPORT_VERBS = ["posted", "posts", "had", "has had", "notched", "recorded", "saw", "logged", "booked", "suffered", "registered", "clocked", "marked", "scored"];
/** Words of size qualification, to the schema's qualifiers. */
export const MOVE_QUALIFIERS: Record<string, "about" | "more_than" | "less_than" | "nearly" | "as_much_as" | "at_least"> = {
  about: "about", around: "about", roughly: "about", approximately: "about", some: "about", "an estimated": "about",
  "more than": "more_than", over: "more_than", "in excess of": "more_than", "upwards of": "more_than", "north of": "more_than",
  "less than": "less_than", "under": "less_than", "just under": "nearly", "fewer than": "less_than",
  nearly: "nearly", almost: "nearly", "close to": "nearly", "just shy of": "nearly",
  "as much as": "as_much_as", "up to": "as_much_as", "as high as": "as_much_as",
  "at least": "at_least",
};
/** Words between a verb and the size that do not change it ("up just 1.6%"). */
export const MOVE_SIZE_FILLERS = ["just", "only", "another", "a further", "an additional", "a", "an", "by", "a whopping", "a modest"];
/** Units of a change, to the schema's units. */
export const MOVE_UNITS: Record<string, "percent" | "bp" | "points"> = {
  "%": "percent", percent: "percent", "per cent": "percent", pct: "percent", "basis points": "bp", "basis point": "bp",
  bps: "bp", bp: "bp", points: "points", point: "points", pts: "points", "percentage points": "points", "percentage point": "points",
};
/** Lower-case descriptive words before an instrument's name ("the small-cap Russell 2000"); not part of the name. */
export const NAME_MODIFIERS = [
  "benchmark", "broad", "broader", "wider", "main", "blue-chip", "small-cap", "large-cap", "mid-cap", "tech-heavy",
  "tech-laden", "technology-heavy", "equal-weighted", "equal-weight", "underlying", "key", "global", "policy-sensitive",
  "rate-sensitive", "closely-watched", "closely watched", "world's", "popular", "exchange-traded",
];
/** Words in front of a subject that leave it the subject ("with the 10-year yield falling", "while Ether fell"). */
export const SUBJECT_INTRODUCERS = ["with", "while", "and", "as", "but", "whereas", "after", "before", "when", "even as", "meanwhile"];
/** Prepositions that make a following instrument name an object, not the subject ("demand for gold rose"). */
export const OBJECT_PREPOSITIONS = [
  "in", "of", "for", "from", "to", "into", "by", "on", "at", "than", "like", "including", "about", "over", "versus",
  "vs.", "against", "behind", "through", "tracking", "tracks", "track", "toward", "towards", "across", "among",
];
/** Heads of a back reference to an earlier index ("The benchmark sank 4%"). */
export const INDEX_ANAPHORS = ["benchmark", "gauge", "index", "measure", "benchmark index", "benchmark gauge", "stock gauge", "equity gauge"];
/** Heads of a back reference to an earlier stock ("Its shares jumped 13%"). */
export const STOCK_ANAPHORS = ["its shares", "the shares", "the stock", "its stock", "shares"];
/** Suffixes that make a capitalised phrase a company ("Apple Inc."). */
export const COMPANY_SUFFIXES = ["Inc.", "Corp.", "Co.", "Ltd.", "Plc", "PLC", "plc", "AG", "SE", "NV", "N.V.", "SA", "S.A.", "Holdings", "Cos."];
/** Capitalised words that start a sentence or a clause but never a company name. */
export const NOT_NAME_STARTS = [
  "The", "A", "An", "And", "But", "In", "On", "At", "For", "Meanwhile", "Elsewhere", "Shares", "While", "With", "As",
  "Also", "Even", "Still", "Its", "Their", "His", "Her", "That", "This", "Those", "These", "After", "Before", "When",
  "Then", "Of", "Since", "Google", "Facebook", "Investors", "Traders", "US", "U.S.", "Treasury", "Treasuries", "It",
];
/** Last words that make a capitalised phrase an index or a fund ("Cboe Volatility Index", "Goldman Sachs Fund"). */
export const INDEX_HEADS = ["Index", "Average", "Composite"];
export const FUND_HEADS = ["ETF", "Fund", "Trust"];
/** Countries of a government bond yield: words → [ISO code, name]. */
export const YIELD_COUNTRIES: Record<string, [string, string]> = {
  US: ["us", "US"], "U.S.": ["us", "US"], American: ["us", "US"], Treasury: ["us", "US"], Treasuries: ["us", "US"],
  Germany: ["de", "Germany"], German: ["de", "Germany"], bund: ["de", "Germany"], bunds: ["de", "Germany"], Bund: ["de", "Germany"],
  Britain: ["gb", "UK"], UK: ["gb", "UK"], "U.K.": ["gb", "UK"], British: ["gb", "UK"], gilt: ["gb", "UK"], gilts: ["gb", "UK"],
  Japan: ["jp", "Japan"], Japanese: ["jp", "Japan"], JGB: ["jp", "Japan"], JGBs: ["jp", "Japan"],
  Italy: ["it", "Italy"], Italian: ["it", "Italy"], BTP: ["it", "Italy"], France: ["fr", "France"], French: ["fr", "France"],
  Spain: ["es", "Spain"], Spanish: ["es", "Spain"], Australia: ["au", "Australia"], Australian: ["au", "Australia"],
  Canada: ["ca", "Canada"], Canadian: ["ca", "Canada"], China: ["cn", "China"], Chinese: ["cn", "China"],
};
/** ISO codes of currencies quoted "per dollar", by name. */
export const CURRENCY_NAME_CODES: Record<string, string> = {
  yen: "JPY", yuan: "CNY", renminbi: "CNY", franc: "CHF", won: "KRW", rupee: "INR", "Taiwanese dollar": "TWD",
  "Taiwan dollar": "TWD", "Canadian dollar": "CAD", loonie: "CAD", ringgit: "MYR", peso: "MXN", rand: "ZAR", lira: "TRY",
  ruble: "RUB", rouble: "RUB", krona: "SEK", krone: "NOK", "Hong Kong dollar": "HKD", baht: "THB", rupiah: "IDR",
  "Singapore dollar": "SGD", real: "BRL", euro: "EUR", pound: "GBP", sterling: "GBP",
};
/** What a price is quoted per ("$98.43 a barrel"): these keep the currency as the level unit. */
export const PRICE_UNITS = ["barrel", "ounce", "troy ounce", "ton", "tonne", "metric ton", "bushel", "share", "coin", "token", "pound", "gallon", "megawatt-hour", "million British thermal units", "mmBtu"];

// ── Periods (period.ts) ────────────────────────────────────────────────────────────────────────────
/** Units of a counted period ("the past five sessions"), to the schema's period kinds. */
export const PERIOD_UNITS: Record<string, "sessions" | "week" | "month" | "quarter" | "year"> = {
  session: "sessions", sessions: "sessions", day: "sessions", days: "sessions", "trading day": "sessions",
  "trading days": "sessions", "trading session": "sessions", "trading sessions": "sessions",
  week: "week", weeks: "week", month: "month", months: "month", quarter: "quarter", quarters: "quarter", year: "year", years: "year",
};
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
];
/** Words naming a low or high a move is measured from ("from its nadir in mid-June"). */
export const PERIOD_ANCHOR_NOUNS = ["low", "lows", "high", "highs", "bottom", "nadir", "trough", "peak", "record", "close", "level"];
/** Back references to a period stated earlier in the sentence ("in that time"). */
export const PERIOD_BACK_REFERENCES = ["in that time", "over that time", "in that period", "over that period", "during that time", "in that span", "over the same period", "in the same period", "during the same period", "over the same stretch", "in the same span"];
