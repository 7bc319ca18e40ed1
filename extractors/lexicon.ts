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

/** Scale words after a number, matched in lower case, capitalised or in capitals ("$68bn", "$68B", "$5 Million", "$5mm"). */
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, mm: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, t: 1e12, lakh: 1e5, crore: 1e7,
};

/** Symbols before an amount; a letter-prefixed dollar ("S$", "HK$") is its own currency, never USD. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: "USD", "US$": "USD", "U.S.$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "C$": "CAD", "CA$": "CAD", "A$": "AUD",
  "AU$": "AUD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "₹": "INR", "Rs.": "INR",
  "Rs": "INR", "₩": "KRW",
};

/** Currency names after an amount ("68 billion dollars", "2 billion Swiss francs"). */
export const CURRENCY_WORDS: Record<string, string> = {
  dollars: "USD", dollar: "USD", "US dollars": "USD", "U.S. dollars": "USD", euros: "EUR", euro: "EUR", pounds: "GBP",
  "pounds sterling": "GBP", yen: "JPY", yuan: "CNY", renminbi: "CNY", francs: "CHF", "Swiss francs": "CHF",
  "Hong Kong dollars": "HKD", "Canadian dollars": "CAD", "Australian dollars": "AUD", "Singapore dollars": "SGD",
  "New Zealand dollars": "NZD", "Taiwan dollars": "TWD", rupees: "INR", "Indian rupees": "INR", reais: "BRL",
};

export const CURRENCY_CODES = [
  "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "INR", "SGD", "NZD", "TWD", "KRW", "BRL", "MXN", "SEK",
  "NOK", "DKK", "ZAR",
];

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
  "continued", "cautions", "observes", "argues", "pointed out", "points out", "emphasized", "emphasised", "stressed",
  "declared", "insisted", "acknowledged", "admitted", "explains", "asserted", "opined", "quipped", "replied", "responded",
  "reiterated", "recalled", "conceded", "posted", "tweeted", "testified", "announced", "conveyed", "highlighted",
  "elaborated", "affirmed", "maintained", "contended", "stresses", "emphasizes", "revealed", "shared",
  "demanded", "retorted", "asked", "urged", "countered",
];
/** Words after which a quoted span is a name, not speech ('so-called "soft landing"'). */
export const SCARE_QUOTE_INTRODUCERS = ["so-called", "so called", "dubbed", "called", "known as", "titled", "nicknamed", "labeled", "labelled", "branded", "entitled", "named"];
/** Last words of a job title: a phrase ending in one of these is a role. */
export const ROLE_HEADS = [
  "strategist", "analyst", "economist", "officer", "executive", "ceo", "cio", "cfo", "coo", "cto", "co-cio", "president",
  "chairman", "chairwoman", "chair", "founder", "co-founder", "director", "head", "manager", "advisor", "adviser",
  "partner", "trader", "investor", "technician", "specialist", "researcher", "professor", "governor", "minister",
  "secretary", "principal", "strategists", "analysts", "economists", "chief", "consultant", "fellow", "associate",
  "owner", "counsel", "treasurer", "dealer", "broker", "editor", "commentator", "pm", "evp", "svp", "vp", "md",
  "investigator", "spokesperson", "spokesman", "spokeswoman", "lead", "leader", "official", "scientist", "lawyer",
  "attorney", "expert", "chairperson", "planner", "architect", "commissioner", "senator", "representative",
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
/** Nouns that point back at a firm named before ("chief economist of the firm’s wealth arm"). */
export const FIRM_BACK_REFERENCES = ["firm", "company", "bank", "lender", "brokerage", "insurer", "asset manager", "money manager", "fund manager", "group"];
/** Organisation words of public bodies, which are not the firm a "the firm" points back at. */
export const PUBLIC_BODY_WORDS = ["fed", "reserve", "ecb", "imf", "ministry", "agency", "council", "treasury", "government", "index", "exchange", "university", "institute"];
/** Capitalised words of a title written before a name ("Vice President", "Treasury Secretary"), never part of the name. */
export const NAME_TITLE_WORDS = [
  "Vice", "Deputy", "Prime", "Senior", "Executive", "Managing", "General", "Lead", "Research", "Chief", "Senator", "Sen.",
  "Rep.", "Representative", "Speaker", "Commissioner", "Mayor", "Ambassador", "Judge", "Justice", "Attorney", "Secretary",
  "Minister", "Governor", "Chairman", "Chairwoman", "Chair", "President", "Director", "Founder", "Co-Founder", "CEO",
  "CFO", "COO", "CIO", "CTO", "EVP", "SVP", "VP", "MD", "Analyst", "Strategist", "Economist", "Portfolio", "Manager",
  "Investor", "Billionaire", "Commerce", "Finance", "Foreign", "Trade", "Energy", "Defense", "Defence", "Economy",
  "Labor", "Labour", "Health", "Interior", "Home", "State", "House", "Senate", "Majority", "Minority", "Leader",
  "Former", "Acting", "Interim", "Designate", "Elect", "King", "Queen", "Prince", "Crown", "Sheikh", "Pope", "Professor", "Prof", "Dr", "Mr",
  "Ms", "Mrs", "U.S.", "U.K.", "EU", "UN", "Union", "Bank", "Central", "Premier", "Chancellor", "Lieutenant", "Congressman",
  "Congresswoman", "Lawmaker", "Spokesperson", "Spokesman", "Spokeswoman", "Head", "Co-Head", "Officer", "Partner",
];
/** Capitalised words inside a title before its job word ("Chief Financial Officer", "Chief Medical Officer"). */
export const TITLE_MODIFIER_WORDS = [
  "Financial", "Operating", "Technology", "Technical", "Investment", "Information", "Marketing", "Medical", "Scientific",
  "Commercial", "Legal", "Strategy", "Operations", "Product", "Revenue", "Risk", "Compliance", "Data", "Digital",
  "Security", "People", "Human", "Resources", "Communications", "Accounting", "Business", "Development", "Sales",
  "Growth", "Customer", "Creative", "Content", "Innovation", "Administrative", "Transformation", "Sustainability",
  "Press", "Cabinet", "Industry", "Affairs", "External", "Transport", "Transportation", "Agriculture", "Education",
  "Environment",
];
/** Titles written as initials, and their words ("the CFO" is the "Chief Financial Officer" named before). */
export const TITLE_INITIALS: Record<string, string> = {
  CEO: "chief executive", CFO: "chief financial officer", COO: "chief operating officer", CTO: "chief technology officer",
  CIO: "chief investment officer", CMO: "chief marketing officer", CSO: "chief strategy officer", MD: "managing director",
};
/** Of those, the words that name no job ("U.S. Vice President": the role is "Vice President"). */
export const NOT_JOB_TITLE_WORDS = ["U.S.", "U.K.", "EU", "UN", "Union", "Bank", "Central", "Former", "Mr", "Ms", "Mrs", "Dr", "Prof", "Crown", "State", "House", "Home"];
/** Lower-case particles inside a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
export const NAME_PARTICLES = ["von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le", "bin", "al", "ter"];
/** Titles written before a name that belong to no job ("Mr.", "Dr."). */
export const NAME_TITLES = ["Mr.", "Ms.", "Mrs.", "Dr.", "Sir", "Prof."];
/** Abbreviations whose period does not end a sentence. */
export const NON_FINAL_ABBREVIATIONS = ["Mr.", "Ms.", "Mrs.", "Dr.", "St.", "Jr.", "Sr.", "Prof.", "U.S.", "U.K.", "Gov.", "Sen.", "Rep.", "No.", "vs.", "e.g.", "i.e."];
/** Abbreviations that end a company name ("Miller Tabak & Co.") and keep their period. */
export const COMPANY_ABBREVIATIONS = ["Co.", "Inc.", "Ltd.", "Corp.", "L.P.", "S.A.", "N.V.", "A.G.", "Cos."];

// ── Sentence boundaries (pipeline/sentences.ts) ───────────────────────────────────────────────────
/** Abbreviations that stand before a name, a number or a date and so never end a sentence ("Dr. Ng", "No. 2"). */
export const LEADING_ABBREVIATIONS = [
  "Mr.", "Ms.", "Mrs.", "Messrs.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Adm.",
  "Rev.", "Hon.", "Pres.", "Supt.", "St.", "Mt.", "Ft.", "No.", "Nos.", "Vol.", "Fig.", "Art.", "Sec.", "Ch.", "pp.", "p.",
  "vs.", "v.", "cf.", "approx.", "ca.", "e.g.", "i.e.", "al.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
  "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun.",
  "Rs.", "Rp.", "Re.", "Nr.", "Ref.", "Est.", "Dept.",
];
/**
 * Abbreviations that may end a sentence as well as sit inside one ("Apple Inc. rose", "… of Apple Inc. The stock").
 * Dotted letters ("U.S.", "p.m.") belong here too; the splitter recognises them by shape.
 */
/** Degrees and suffixes written between a name and its title ("Maren Holt, Ph.D., Chief Medical Officer"). */
export const NAME_CREDENTIALS = ["Ph.D.", "PhD", "M.D.", "MD", "J.D.", "CFA", "CPA", "MBA", "Jr.", "Sr.", "Esq."];
/** Verbs of a firm's statement or view ("UBS says", "UBS expects"): the firm then speaks for its analysts. */
export const FIRM_STATEMENT_VERBS = ["says", "said", "adds", "added", "notes", "noted", "writes", "wrote", "expects", "sees", "thinks", "believes", "estimates", "warns"];
/**
 * Head nouns of institutions whose names go on with "of", "for" or "on" ("the Council of Economic Advisers",
 * "the Institute for Fiscal Studies", "Lawyers for Civil Rights"): a title's "of" before such a name is not where
 * the firm starts.
 */
export const INSTITUTION_HEADS = [
  "Academy", "Agency", "Alliance", "Association", "Authority", "Bank", "Board", "Bureau", "Center", "Centre", "Chamber",
  "Coalition", "College", "Commission", "Committee", "Council", "Court", "Department", "Federation", "Forum", "Foundation",
  "Fund", "Institute", "Institution", "Lawyers", "League", "Ministry", "Office", "Organization", "Organisation",
  "School", "Society", "Union", "University",
];
/** Capitalised words before a title that say which side or country, never which firm ("Democratic strategist"). */
export const AFFILIATION_ADJECTIVES = [
  "Democratic", "Republican", "GOP", "Labour", "Conservative", "Liberal", "American", "British", "Chinese", "Indian",
  "Japanese", "German", "French", "European", "Russian", "Ukrainian", "Canadian", "Australian", "Israeli", "Iranian",
  "Saudi", "Korean", "Italian", "Spanish", "Swiss", "Dutch", "Irish", "Mexican", "Brazilian", "Turkish", "Asian",
  "African", "Danish", "Swedish", "Norwegian", "Finnish", "Polish", "Greek", "Belgian", "Austrian", "Czech",
  "Hungarian", "Romanian", "Egyptian", "Nigerian", "Kenyan", "Pakistani", "Indonesian", "Thai", "Vietnamese",
  "Filipino", "Malaysian", "Singaporean", "Taiwanese", "Argentine", "Chilean", "Colombian", "Peruvian", "Venezuelan",
  "Qatari", "Emirati", "Palestinian", "Syrian", "Iraqi", "Lebanese",
  "Federal", "State", "Former", "Independent",
];
/** Words before "Apple analyst" that make the firm the one covered, not the employer ("longtime Apple analyst"). */
export const COVERAGE_MODIFIERS = ["longtime", "long-time", "veteran", "star", "famed", "well-known", "prominent", "influential"];
/** Capitalised subjects of "says" that are places, never a firm ("U.S. says"). */
export const NOT_FIRM_NAMES = ["U.S", "US", "U.K", "UK", "EU", "UN", "America", "Europe", "China", "Japan"];
/** The index a futures contract named by a bare alias is on: "Nasdaq futures" are the Nasdaq 100 contract. */
export const FUTURES_INDEX_OF_ALIAS: Record<string, string> = { Nasdaq: "Nasdaq 100" };
/** Places written after a title in a credit line ("police chief in Palm Springs, Calif."): no firm. */
export const PLACE_ABBREVIATIONS = [
  "Calif", "Fla", "Mass", "Mich", "Minn", "Wash", "Ariz", "Colo", "Conn", "Ill", "Ind", "Md", "Mo", "N.J", "N.Y", "Pa",
  "Tenn", "Va", "Wis", "Ore", "Okla", "Nev", "Ky", "La", "Ala", "Ga", "N.C", "S.C", "Texas", "Ohio", "Iowa", "Utah",
];
export const TRAILING_ABBREVIATIONS = ["Inc.", "Corp.", "Co.", "Cos.", "Ltd.", "Bros.", "Jr.", "Sr.", "etc.", "Plc.", "Bhd.", "Pte.", "Pty.", "Tbk.", "Ph.D."];
/** Words that start a sentence and are rarely part of a name, so a sentence may end before them after "Inc." or "U.S.". */
export const SENTENCE_OPENERS = [
  "The", "This", "That", "These", "Those", "It", "Its", "It’s", "It's", "He", "She", "His", "Her", "They", "Their", "We",
  "Our", "I", "You", "There", "Here", "But", "And", "Yet", "So", "Or", "Nor", "In", "On", "At", "As", "For", "With",
  "While", "After", "Before", "Since", "When", "If", "Although", "Though", "Because", "A", "An", "Some", "Many", "Most",
  "Such", "Both", "Each", "All", "Other", "Others", "Meanwhile", "However", "Still", "Also", "Now", "Then", "Shares",
  "Stocks", "Analysts", "Investors", "Traders", "Despite", "Amid", "Unlike", "Following", "Including", "Without", "Until",
  "Unless", "Whether",
];

// ── Market moves (market-move.ts) ──────────────────────────────────────────────────────────────────
/** Verbs (every tense a wrap uses) that state a price move up. */
export const MOVE_VERBS_UP = [
  "rose", "rises", "rising", "risen", "advanced", "advances", "advancing", "climbed", "climbs", "climbing",
  "gained", "gains", "gaining", "added", "adding", "jumped", "jumps", "jumping", "rallied", "rallies", "rallying",
  "surged", "surges", "surging", "soared", "soars", "soaring", "increased", "increasing", "rebounded", "rebounds",
  "rebounding", "edged up", "edged higher", "edging up", "edging higher", "ticked up", "ticked higher", "inched up",
  "inched higher", "moved higher", "traded higher", "spiked", "spiking", "strengthened", "strengthening",
  "appreciated", "climbed back", "popped", "leaped", "leapt", "rocketed", "skyrocketed", "firmed", "recovered",
  "doubled", "tripled", "quadrupled",
];
/** Verbs that state a price move down. */
export const MOVE_VERBS_DOWN = [
  "fell", "falls", "falling", "fallen", "declined", "declines", "declining", "dropped", "drops", "dropping",
  "slid", "slides", "sliding", "sank", "sinks", "sinking", "sunk", "lost", "loses", "losing", "retreated",
  "retreats", "retreating", "slumped", "slumps", "slumping", "tumbled", "tumbles", "tumbling", "plunged", "plunges",
  "plunging", "plummeted", "plummeting", "decreased", "decreasing", "edged down", "edged lower", "edging down",
  "edging lower", "ticked down", "ticked lower", "inched down", "inched lower", "moved lower", "traded lower",
  "slipped", "slips", "slipping", "eased", "eases", "easing", "dipped", "dips", "dipping", "shed", "sheds", "shedding",
  "weakened", "weakening", "depreciated", "sagged", "skidded", "tanked", "cratered", "crashed", "slid back", "halved",
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
/** Nouns of a stated move ("the S&P 500's 21% gain", "posted a 2% drop"). */
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
/** Words before a subject that make its move hypothetical ("if the S&P 500 falls 10%"). */
export const CONDITIONAL_MARKERS = ["if", "unless", "should", "once", "until", "whether", "would", "could", "may", "might", "will"];
/** Words before a possessive move that make it a forecast ("expects the S&P 500's 10% gain to last"). */
export const FORECAST_MARKERS = ["expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts", "sees", "see", "target", "targets", "project", "projects", "estimate", "estimates", "bet on", "bets on", "wager"];
/** Verbs that move an object by a size ("pushed the Russell 2000 almost 15% lower"). */
export const CAUSATIVE_VERBS = ["sent", "sending", "sends", "pushed", "pushing", "pushes", "drove", "driving", "drives", "lifted", "lifting", "lifts", "dragged", "dragging", "drags", "took", "taking", "takes", "left", "leaving", "leaves", "put", "putting"];
/** Words after a size that give the direction of a caused move ("20% higher"). */
export const CAUSED_DIRECTIONS: Record<string, "up" | "down"> = { higher: "up", lower: "down", above: "up", below: "down" };
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
/** Words in front of a subject that leave it the subject ("with the two-year yield falling", "while Ether fell"). */
export const SUBJECT_INTRODUCERS = ["with", "while", "and", "as", "but", "whereas", "after", "before", "when", "even as", "meanwhile"];
/** Prepositions that make a following instrument name an object, not the subject ("demand for gold rose"). */
export const OBJECT_PREPOSITIONS = [
  "in", "of", "for", "from", "to", "into", "by", "on", "at", "than", "like", "including", "about", "over", "versus",
  "vs.", "against", "behind", "through", "tracking", "tracks", "track", "toward", "towards", "across", "among",
];
/** Heads of a back reference to an earlier index ("The benchmark sank 4%"). */
export const INDEX_ANAPHORS = ["benchmark", "gauge", "index", "measure", "benchmark index", "benchmark gauge", "stock gauge", "equity gauge"];
/** Heads of a back reference at a sentence's start, to the kind of instrument they can stand for ("The metal has
 * advanced 30%", "The token dropped 5%", "The fund has dropped 6.8%"). */
export const ANAPHOR_HEAD_KINDS: Record<string, "index" | "stock" | "commodity" | "crypto" | "etf" | "currency"> = {
  benchmark: "index", gauge: "index", index: "index", measure: "index", "benchmark index": "index", "benchmark gauge": "index",
  "stock gauge": "index", "equity gauge": "index", "equity benchmark": "index", "stock benchmark": "index",
  stock: "stock", shares: "stock", "company's shares": "stock", "company's stock": "stock",
  metal: "commodity", commodity: "commodity", token: "crypto", coin: "crypto", cryptocurrency: "crypto",
  "digital asset": "crypto", fund: "etf", ETF: "etf", currency: "currency",
};
/** Modifiers of a back reference that single out an instrument among several ("the tech-heavy gauge"): registry ids. */
export const ANAPHOR_MODIFIER_HINTS: Record<string, string[]> = {
  "tech-heavy": ["index:nasdaq-100", "index:nasdaq-composite"], "tech-laden": ["index:nasdaq-100", "index:nasdaq-composite"],
  "technology-heavy": ["index:nasdaq-100", "index:nasdaq-composite"], "small-cap": ["index:russell-2000", "index:sp-smallcap-600"],
  "large-cap": ["index:sp-500", "index:russell-1000"], "blue-chip": ["index:dow-jones-industrial-average", "index:euro-stoxx-50", "index:ftse-100"],
  "mid-cap": ["index:sp-midcap-400"], "chip": ["index:philadelphia-semiconductor"], "chipmaker": ["index:philadelphia-semiconductor"],
};
/** Places whose possessive leaves the instrument after it the subject ("Germany's DAX gained 1.1%", "Brazil's real"). */
export const PLACE_POSSESSORS = [
  "Japan", "China", "Hong Kong", "Germany", "France", "Britain", "UK", "U.K.", "US", "U.S.", "America", "Europe", "Italy",
  "Spain", "Switzerland", "Australia", "South Korea", "Korea", "India", "Taiwan", "Canada", "Brazil", "Mexico",
  "South Africa", "Turkey", "Chile", "Indonesia", "Russia", "Sweden", "Norway", "Netherlands", "Poland", "Israel",
  "Saudi Arabia", "Argentina", "Colombia", "Peru", "Thailand", "Malaysia", "Singapore", "Vietnam", "Philippines",
  "New Zealand", "Denmark", "Finland", "Belgium", "Austria", "Portugal", "Greece", "Ireland", "Egypt", "Nigeria",
  "Asia", "London", "Tokyo", "New York", "Shanghai", "Shenzhen", "Frankfurt", "Paris", "Seoul", "Mumbai", "Sydney",
  "Toronto", "Wall Street", "the world",
];
/** Words that turn what follows a mention into a sub-index of it ("The Stoxx 600 banks index"). */
export const SUB_INDEX_HEADS = ["index", "sub-index", "subindex", "gauge"];
/** Places that may follow an instrument's name before its verb ("copper futures in New York tumbled"). */
export const TRADING_PLACES = ["New York", "London", "Chicago", "Shanghai", "Tokyo", "Singapore", "Hong Kong", "Comex", "the London Metal Exchange", "the LME", "the Comex"];
/** Verbs that undo a move stated with its size ("erased a drop that topped 3%", "reversing gains of as much as 1.1%"). */
export const UNDOING_VERBS = [
  "erased", "erasing", "erase", "pared", "paring", "trimmed", "trimming", "reversed", "reversing", "wiped out", "wiping out",
  "recouped", "recouping", "recovered from", "recovering from", "gave up", "giving up", "gave back", "giving back",
  "shook off", "shaking off", "overcame", "overcoming",
];
/** "was one of the few gainers in the S&P 500, rising 1.7%": the groups a stock stands out among. */
export const STANDOUT_GROUPS = ["gainers", "decliners", "losers", "laggards", "winners", "advancers", "performers"];
/** Verbs of a subject standing out before a participle states its move ("Silver outperformed, jumping 2.3%"). */
export const STANDOUT_VERBS = ["outperformed", "underperformed", "outpaced", "lagged", "bucked the trend", "led gains", "led the gains", "led losses", "led the losses", "led the advance", "led the decline", "stood out"];
/** Heads of a back reference to an earlier stock ("Its shares jumped 13%"). */
export const STOCK_ANAPHORS = ["its shares", "the shares", "the stock", "its stock", "shares"];
/** Suffixes that make a capitalised phrase a company ("Apple Inc."). */
export const COMPANY_SUFFIXES = ["Inc.", "Corp.", "Co.", "Ltd.", "Plc", "PLC", "plc", "AG", "SE", "NV", "N.V.", "SA", "S.A.", "SpA", "S.p.A.", "AB", "ASA", "Oyj", "KK", "Holdings", "Cos."];
/** Capitalised words that start a sentence or a clause but never a company name. */
export const NOT_NAME_STARTS = [
  "The", "A", "An", "And", "But", "In", "On", "At", "For", "Meanwhile", "Elsewhere", "Shares", "While", "With", "As",
  "Also", "Even", "Still", "Its", "Their", "His", "Her", "That", "This", "Those", "These", "After", "Before", "When",
  "Then", "Of", "Since", "Google", "Facebook", "Investors", "Traders", "US", "U.S.", "Treasury", "Treasuries", "It",
  "Already", "Overall", "Separately", "Earlier", "Later", "Today", "Yesterday", "Now", "Instead", "Indeed", "However",
  "Similarly", "Likewise", "Notably", "Additionally", "Further", "Furthermore", "Moreover", "Yet", "So", "Thus", "Hence",
  "Here", "There", "Among", "Besides",
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
  Brazil: ["br", "Brazil"], Brazilian: ["br", "Brazil"], Mexico: ["mx", "Mexico"], Mexican: ["mx", "Mexico"],
  "South Africa": ["za", "South Africa"], "South African": ["za", "South Africa"], India: ["in", "India"], Indian: ["in", "India"],
  Turkey: ["tr", "Turkey"], Turkish: ["tr", "Turkey"], Switzerland: ["ch", "Switzerland"], Swiss: ["ch", "Switzerland"],
  "New Zealand": ["nz", "New Zealand"], "South Korea": ["kr", "South Korea"], Korea: ["kr", "South Korea"], Korean: ["kr", "South Korea"],
  Netherlands: ["nl", "Netherlands"], Dutch: ["nl", "Netherlands"], Portugal: ["pt", "Portugal"], Greece: ["gr", "Greece"], Greek: ["gr", "Greece"],
};
/** ISO codes of currencies quoted "per dollar", by name. */
export const CURRENCY_NAME_CODES: Record<string, string> = {
  yen: "JPY", yuan: "CNY", renminbi: "CNY", franc: "CHF", won: "KRW", rupee: "INR", "Taiwanese dollar": "TWD",
  "Taiwan dollar": "TWD", "Canadian dollar": "CAD", loonie: "CAD", ringgit: "MYR", peso: "MXN", rand: "ZAR", lira: "TRY",
  ruble: "RUB", rouble: "RUB", krona: "SEK", krone: "NOK", "Hong Kong dollar": "HKD", baht: "THB", rupiah: "IDR",
  "Singapore dollar": "SGD", real: "BRL", euro: "EUR", pound: "GBP", sterling: "GBP",
};
/**
 * Currencies written after a price level ("to close at 498,000 won", "23,715 yuan a ton"), by word; only words
 * that name one currency (no "peso", "franc", "krona", "pound": a weight too).
 */
export const LEVEL_CURRENCY_WORDS: Record<string, string> = {
  yuan: "CNY", renminbi: "CNY", won: "KRW", yen: "JPY", rupees: "INR", rupee: "INR", ringgit: "MYR", rupiah: "IDR",
  baht: "THB", rand: "ZAR", lira: "TRY", roubles: "RUB", rubles: "RUB", euros: "EUR", dong: "VND", shekels: "ILS",
  zloty: "PLN", forint: "HUF",
};
/** What a price is quoted per ("$81.16 a barrel"): these keep the currency as the level unit. */
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
/** Words naming a low or high a move is measured from ("from its nadir in late March"). */
export const PERIOD_ANCHOR_NOUNS = ["low", "lows", "high", "highs", "bottom", "nadir", "trough", "peak", "record", "close", "level"];
/** Words of a heading that give the list under it a period ("Weekly scorecard"). */
export const PERIODIC_HEADING_WORDS: Record<string, "week" | "month" | "quarter"> = {
  weekly: "week", "week in review": "week", "week ahead": "week", monthly: "month", "month in review": "month", quarterly: "quarter",
};
/** Turns a move is measured from ("since its April low", "above its June bottom"); no "close", which dates a session. */
export const PERIOD_TURN_NOUNS = ["low", "lows", "high", "highs", "bottom", "nadir", "trough", "peak", "record", "record high", "all-time high", "record close"];
/** Events a move is measured from ("since the Fed decision"). */
export const PERIOD_EVENT_NOUNS = [
  "decision", "election", "meeting", "announcement", "vote", "report", "selloff", "sell-off", "crash", "invasion", "pandemic",
  "collapse", "ruling", "speech", "release", "referendum", "outbreak", "attack", "deal", "rate cut", "rate hike", "inauguration",
];
/** Back references to a period stated earlier in the sentence ("in that time"). */
export const PERIOD_BACK_REFERENCES = ["in that time", "over that time", "in that period", "over that period", "during that time", "in that span", "over the same period", "in the same period", "during the same period", "over the same stretch", "in the same span"];

// ── Sentiment (sentiment.ts) ───────────────────────────────────────────────────────────────────────
/** Finance terms and their polarity for prices, markets or a company's results (+ good, − bad). A 0 entry is a
 * phrase that looks like a cue but is not one ("declined to comment"); it takes its words out of the count. */
export const SENTIMENT_TERMS: Record<string, number> = {
  // good
  rally: 1, rallies: 1, rallied: 1, rallying: 1, gain: 0.8, gains: 0.8, gained: 0.8, upside: 1, strong: 0.8,
  stronger: 0.8, strength: 0.7, strongest: 0.8, recovery: 0.9, recover: 0.7, recovered: 0.7, rebound: 0.8,
  rebounded: 0.8, optimistic: 1, optimism: 0.9, attractive: 0.9, bullish: 1.2, outperform: 1, outperformed: 1,
  outperforming: 1, cheap: 0.6, improve: 0.8, improved: 0.9, improvement: 0.9, improvements: 0.9, improving: 0.8,
  positive: 0.8, good: 0.7, great: 0.9, better: 0.6, best: 0.6, favorable: 0.8, favourable: 0.8, favorably: 0.8,
  favourably: 0.8, benign: 0.6, profitable: 0.8, boost: 0.8, boosted: 0.8, boosts: 0.8, grew: 0.6, expanded: 0.6,
  surge: 0.7, surged: 0.7, soared: 0.8, jumped: 0.6, climbed: 0.5, rose: 0.5, increased: 0.4, win: 0.7, won: 0.7,
  success: 0.8, successful: 0.8, robust: 0.8, solid: 0.6, healthy: 0.6, upgrade: 0.9, upgraded: 0.9, beat: 0.7,
  beats: 0.7, exceeded: 0.7, opportunity: 0.6, opportunities: 0.4, confidence: 0.6, confident: 0.6, welcome: 0.5,
  welcomed: 0.5, relief: 0.6, dovish: 0.8, resilient: 0.7, "rate cut": 0.6, "rate cuts": 0.6,
  "buying opportunity": 1.5, "risk-on": 1, "soft landing": 0.8, bottomed: 0.7, turnaround: 0.7, upbeat: 0.9,
  strengthen: 0.7, strengthened: 0.7, strengthens: 0.7, strengthening: 0.6, pleased: 0.9, glad: 0.8, proud: 0.8,
  happy: 0.8, delighted: 0.9, excited: 0.8, satisfied: 0.7, brisk: 0.8, "very well": 0.8, "performed well": 0.9,
  "doing well": 0.8, "done very well": 0.9, synergy: 0.5, synergies: 0.5, "signed a": 0.4, "signed an": 0.4, "has signed": 0.4, "have signed": 0.4, awarded: 0.7,
  "received an order": 0.8, "received orders": 0.8, "orders worth": 0.6, expansion: 0.4, expand: 0.4, expanding: 0.4,
  expands: 0.4, efficient: 0.5, efficiently: 0.5, promising: 0.7, impressive: 0.8, decent: 0.4, excellent: 0.8,
  excellently: 0.8, successfully: 0.7, "market leader": 0.6, bestseller: 0.7, milestone: 0.5, "creating jobs": 0.6,
  "generate jobs": 0.6, "create jobs": 0.6, "annual savings": 0.6, "cost savings": 0.6, "secured a": 0.5,
  "record high": 0.8, "all-time high": 0.8, "record profit": 1, "record sales": 1, "record earnings": 1,
  "better-than-expected": 0.9, "better-than-feared": 0.9, "stronger-than-expected": 0.5, "cooler-than-expected": 0.8,
  "lower-than-expected inflation": 1.2, "above expectations": 0.9, "above market expectations": 0.9,
  "ahead of expectations": 0.8, "exceeded expectations": 1, "beat expectations": 1, "beat estimates": 1,
  "tailwind": 0.7, tailwinds: 0.7, supportive: 0.7, sturdier: 0.6, bounce: 0.6, "re-rating": 0.7, comfortable: 0.6,
  nibbling: 0.5, chasing: 0.6, "good shape": 0.8, "good news": 0.8, "secular growth": 0.7, "early innings": 0.8,
  "coiled spring": 0.7, "catching up": 0.4, "dips are being bought": 0.8, "buy the dip": 0.8, "find a floor": 0.7,
  "finds a floor": 0.7, "found a floor": 0.7, "market bottom": 0.6, "be building positions": 0.8,
  "adding duration": 0.8, "add duration": 0.8, "fight the tape": -0.6, underestimating: 0.5, "less likely": 0.4,
  rewarded: 0.7, "structural shift": 0.5, "risk assets": 0, "risky assets": 0, "oversold": 0.4, "short covering": 0.2,
  // bad
  selloff: -1, "sell-off": -1, selloffs: -1, recession: -1, recessionary: -1, downside: -0.9, hawkish: -1,
  hawkishness: -1, weak: -0.9, weaker: -0.9, weakest: -0.9, weakness: -0.9, weakened: -0.8, weakening: -0.7,
  overbought: -0.9, risk: -0.5, risks: -0.5, risky: -0.4, fade: -1, fades: -0.8, caution: -0.8, cautious: -0.7,
  bearish: -1.2, underperform: -1, underperformed: -1, decline: -0.7, declined: -0.6, declines: -0.6, declining: -0.6,
  fell: -0.5, fall: -0.6, falling: -0.6, drop: -0.6, dropped: -0.6, plunge: -1, plunged: -1, plunging: -0.9,
  slump: -1, slumped: -1, tumble: -0.9, tumbled: -0.9, loss: -0.7, losses: -0.8, lost: -0.5, negative: -0.8,
  bad: -0.8, worse: -0.8, worst: -0.9, poor: -0.8, "concern about": -0.6, "concern over": -0.6,
  "concerns about": -0.6, "concerns over": -0.6, "concerned about": -0.6, "concerned that": -0.7,
  "our concerns": -0.6, "concern is": -0.6, worry: -0.7, worries: -0.7, worried: -0.7, fear: -0.7, fears: -0.7,
  pain: -0.7, stagflation: -1, stagflationary: -1, inflationary: -0.5, tighten: -0.6, tightens: -0.6,
  tightening: -0.6, hikes: -0.5, hike: -0.5, hiking: -0.5, restrictive: -0.7, slowdown: -0.8, slow: -0.3,
  slowing: -0.5, contraction: -0.8, crash: -1, crashes: -1, crisis: -1, turmoil: -0.9, volatile: -0.3,
  volatility: -0.3, uncertainty: -0.3, uncertainties: -0.3, uncertain: -0.3, challenging: -0.6, headwind: -0.7,
  headwinds: -0.7, pressure: -0.5, pressures: -0.5, downgrade: -0.9, downgraded: -0.9, downgrades: -0.9,
  layoffs: -0.8, "lay-offs": -0.8, "lay-off": -0.8, "lay off": -0.8, "laid off": -0.8, "job cuts": -0.9,
  redundancies: -0.8, bankruptcy: -1, bankrupt: -1, default: -0.8, skeptical: -0.7, sceptical: -0.7, treacherous: -1,
  horrible: -1, overdone: -0.6, overheated: -0.8, bubble: -0.7, "bear market": -1, "bear-market": -1,
  "hard landing": -1, "harder landing": -1, "hard-landing": -1, "risk-off": -1, deteriorated: -0.9, deteriorate: -0.8,
  deteriorating: -0.9, warning: -0.6, warned: -0.5, miss: -0.7, missed: -0.7, disappointing: -0.9, disappointed: -0.8,
  disappointment: -0.8, shortfall: -0.8, deficit: -0.5, losing: -0.6, struggling: -0.8, struggle: -0.7, problem: -0.6,
  problems: -0.5, difficult: -0.6, tough: -0.6, spook: -0.8, panic: -0.8, "not sustainable": -0.8,
  unsustainable: -0.8, "further to fall": -1, "rate hikes": -0.6, "rate hike": -0.5,
  "higher for longer": -0.8, "higher rates": -0.6, "rising rates": -0.6, "rising rate": -0.6, frustrating: -0.7,
  nonsense: -0.6, "too hot": -0.7, contracting: -0.7, "worse-than-expected": -0.9, "hotter-than-expected": -0.9,
  "weaker-than-expected": -0.6, "below expectations": -0.9, "below market expectations": -0.9, "fell short": -0.9,
  "profit warning": -1, impairment: -0.7, "write-down": -0.8, writedown: -0.8, lawsuit: -0.6, strike: -0.6,
  strikes: -0.5, "under threat": -0.8, threatening: -0.7, damaging: -0.9, suffering: -0.8, trouble: -0.7,
  canceled: -0.5, cancelled: -0.5, banned: -0.6, faller: -0.8, fallers: -0.8, "in the red": -0.8, "in red": -0.8,
  "bull trap": -1, "relief rally": -0.4, "bear-market rally": -1.4, "bear market rally": -1.4, "short-lived": -0.7,
  "throw in the towel": -0.9, correction: -0.7, pullback: -0.6, wobble: -0.6, fragile: -0.8, stretched: -0.6,
  "air pockets": -0.7, "go wrong": -0.6, badly: -0.8, harsh: -0.5, hammer: -0.7, hammered: -0.8, retreat: -0.5,
  slowest: -0.6, unwind: -0.6, brutal: -0.9, drawdowns: -0.7, overshoot: -0.4, overshoots: -0.5, "late-cycle": -0.7,
  crack: -0.7, punished: -0.7, biting: -0.6, bite: -0.5, "value traps": -0.6, "selling opportunity": -1.5,
  "at bay": -0.8, peril: -0.8, disruptions: -0.6, disruption: -0.6, anemic: -0.8, vulnerable: -0.8, stress: -0.6,
  "higher terminal rate": -0.8, "cheap for a reason": -1.5, "leg lower": -0.8, "leg down": -0.8, "leg higher": 0.8,
  "leg up": 0.8, "ahead of itself": -0.8, "too early": -0.4, "too far": -0.4, "too fast": -0.4, retrenchment: -0.7,
  "head fake": -0.6, choppier: -0.5, choppy: -0.5, "step in the right direction": 0.5, "take a loss": -0.5,
  "out of the woods": 0.6, "worst-case": -0.8, overextended: -0.5, overstretched: -0.5, overblown: -0.3,
  unwinding: -0.6,
  // not cues, though they look like ones
  "declined to comment": 0, "declined comment": 0, "made up": 0, "makes up": 0, "make up": 0,
  "making up": 0, "showed up": 0, "show up": 0, "shows up": 0,
  "showing up": 0, "set up": 0, "end up": 0, "ended up": 0, "ends up": 0, "gave up": 0, "give up": 0, "sum up": 0,
  "take up": 0, "takes up": 0, "took up": 0, "taken up": 0, "sign up": 0, "signed up": 0, "tied up": 0,
  "wrapped up": 0, "wound up": 0, "come up": 0, "came up": 0, "coming up": 0, "up to": 0, "home improvement": 0,
  "stand up": 0, "stands up": 0, "standing up": 0, "stood up": 0, "shape up": 0, "shapes up": 0, "line up": 0,
  "lined up": 0, "lining up": 0, "risk management": 0,
};
/** Market-outlook words of speech that mean something else in company news ("pause", "selling", "squeeze",
 * "underweight"): counted only in quotes. */
export const QUOTE_TERMS: Record<string, number> = {
  selling: -0.5, pause: 0.6, pauses: 0.5, pivot: 0.6, pivoting: 0.6, aggressive: -0.5, "more aggressive": -0.7,
  defensive: -0.5, "buy insurance": -0.4, "buying insurance": -0.4, "bought insurance": -0.4, "want insurance": -0.4, "wants insurance": -0.4, "need insurance": -0.4, "insurance against": -0.4, underweight: -0.6, overweight: 0.6, trimming: -0.6, squeeze: 0.5, gift: 0.6,
  momentum: 0.4, "talk down": -0.7, shock: -0.6, capitulation: 0.5, capitulating: -0.6, "chase this": 0.6,
  "chase this rally": 0.6, "chase the rally": 0.6, "chase it": 0.6, "red hot": -0.6, "running hot": -0.6,
  "higher prices": -0.5, buying: 0.4, "keep coming": 0.6, buy: 0.5, sell: -0.5, "take profits": -0.6,
  "taking profits": -0.5, "profit taking": -0.3, "profit-taking": -0.3, "room to run": 0.8, "has legs": 0.7,
  "further gains": 0.8, "more pain": -0.9, "further losses": -0.8, "tread carefully": -0.7, "well positioned": 0.6,
  undervalued: 0.7, overvalued: -0.7, expensive: -0.5, frothy: -0.8, euphoria: -0.6, complacency: -0.6,
  complacent: -0.6, exuberance: -0.6, bargain: 0.6, bargains: 0.6, cushion: 0.4, stabilize: 0.5, stabilizing: 0.5,
  stabilise: 0.5, stabilising: 0.5, breakout: 0.6, breakdown: -0.6, downturn: -0.8, contagion: -1, sticky: -0.5,
  stubborn: -0.5, stubbornly: -0.5, persistent: -0.4, disinflation: 0.6, goldilocks: 0.8, "melt-up": 0.6,
  "priced for perfection": -0.8, "bottom is in": 0.8, "top is in": -0.8, "bulled up": 0.6, "weakness to add": 0.8,
  "weakness to buy": 0.8, "dip to buy": 0.8, "dips to buy": 0.8, "into strength": 0,
};
/** Results and prices that are good when they rise (profit rose → positive; sales fell → negative), with their
 * weight: the bottom line counts more than the top line ("profit fell while sales rose" is negative). */
export const GOOD_WHEN_UP: Record<string, number> = {
  profit: 1.5, profits: 1.5, earnings: 1.5, "net profit": 1.5, "operating profit": 1.5, "pretax profit": 1.5,
  "pre-tax profit": 1.5, "net income": 1.5, "operating income": 1.5, ebit: 1.5, ebitda: 1.5, eps: 1.5,
  "earnings per share": 1.5, "profit per share": 1.5, "operating result": 1.5, result: 1.1, results: 1.1, margin: 1.1,
  margins: 1.1, "gross margin": 1.1, "operating margin": 1.1, "profit before taxes": 1.5, "return on investment": 1,
  "return on equity": 1, revenue: 1, revenues: 1, sales: 1, "net sales": 1, turnover: 1, income: 1, orders: 1,
  "order intake": 1, "order book": 1, "order backlog": 1, backlog: 0.8, demand: 1, output: 0.8, production: 0.8,
  dividend: 1, "market share": 1, "cash flow": 1, deliveries: 0.8, volumes: 0.8, volume: 0.8, traffic: 0.8,
  "share price": 1, shares: 1, stock: 1, stocks: 1, equities: 1, index: 1, "s&p": 1, "s&p 500": 1, nasdaq: 1, dow: 1,
  valuation: 0.8, valuations: 0.8, occupancy: 0.8, bookings: 1, subscribers: 1, customers: 0.8, clients: 0.8,
  passengers: 0.8, exports: 0.8, growth: 1, "fair value": 1, "target price": 1, "price target": 1, guidance: 1,
  forecast: 0.9, estimate: 0.9, estimates: 0.9, outlook: 1, rating: 0.9, "credit rating": 1, recommendation: 0.9,
  stake: 0.6, capacity: 0.6, jobs: 0.8, staff: 0.8, "staff levels": 0.8, workforce: 0.8, personnel: 0.8,
  employees: 0.8, headcount: 0.8, workers: 0.8, payrolls: 0.8, breadth: 0.8, flows: 0.8, inflows: 1, "risk assets": 1,
  "risky assets": 1, readers: 0.8, utilization: 0.8, "utilization rates": 0.8, efficiency: 0.8, invoicing: 1,
  "cash and cash equivalents": 0.8, "liquid assets": 0.8, productivity: 0.8, "capital return": 0.8, buybacks: 0.8,
};
/** In a quote, what a speaker says will rise or fall is the market's subject: its price going up is bullish ("oil
 * could climb further", "bitcoin fell"). */
export const QUOTE_GOOD_WHEN_UP: Record<string, number> = {
  "oil prices": 0.8, "gold prices": 0.8, "copper prices": 0.8, oil: 0.8, crude: 0.8, gold: 0.8,
  silver: 0.8, copper: 0.8, bitcoin: 0.8, ether: 0.8, crypto: 0.8, bonds: 0.8, treasuries: 0.8, "small caps": 1,
  "small-cap stocks": 1, banks: 0.8, "bank stocks": 1, chipmakers: 1, tech: 0.8,
};
/** Quantities that are bad when they rise (costs rose → negative; loss narrowed → positive). */
export const BAD_WHEN_UP: Record<string, number> = {
  loss: 1.5, losses: 1.5, "net loss": 1.5, "operating loss": 1.5, "pre-tax loss": 1.5, "pretax loss": 1.5,
  "loss per share": 1.5, costs: 1, cost: 1, expenses: 1, expense: 1, "expense ratio": 1, debt: 0.8, unemployment: 1,
  inflation: 1, layoffs: 1, deficit: 1, impairment: 1, charges: 0.8, risk: 0.8, risks: 0.8, volatility: 0.8, vix: 0.8,
  outflows: 1, "rate hikes": 1, "rates": 0.8, "interest rates": 0.8, yields: 0.8, yield: 0.8, "real yields": 0.8,
  "bond yields": 0.8, "borrowing costs": 1, arrears: 1, "bad loans": 1, "non-performing loans": 1, "wage growth": 0.6,
  indebtedness: 1, "raw material prices": 1, "raw materials prices": 1, "input prices": 1, "input costs": 1,
  "energy costs": 1, "jobless claims": 1, defaults: 1, "short interest": 0.5, "credit spreads": 0.8, spreads: 0.6,
  "basis point": 0.8, "basis points": 0.8, bp: 0.8, bps: 0.8, fear: 1, fears: 1, worries: 1, concerns: 1,
  "recession risk": 1, "odds of a recession": 1, pessimism: 1,
};
/** Direction words: +1 up, −1 down ("rose", "an increase of", "narrowed", "cut"). */
export const DIRECTION_WORDS: Record<string, number> = {
  rose: 1, rise: 1, rises: 1, rising: 1, increased: 1, increase: 1, increases: 1, increasing: 1, grew: 1, grow: 1,
  grows: 1, growing: 1, climbed: 1, climb: 1, jumped: 1, jump: 1, surged: 1, surge: 1, soared: 1, improved: 1, up: 1,
  higher: 1, doubled: 1, tripled: 1, quadrupled: 1, widened: 1, expanded: 1, gained: 1, advanced: 1, boosted: 1,
  strengthened: 1, "went up": 1, raised: 1, raise: 1, raises: 1, raising: 1, lifted: 1, upgraded: 1, "picked up": 1,
  "pick-up": 1, "pick up": 1, "picks up": 1, "shot up": 1, accelerated: 1, "higher than": 1, "bigger than": 1,
  "larger than": 1, exceeded: 1, "record high": 1, "held up": 0.6, "holding up": 0.6, fell: -1, fall: -1, falls: -1,
  falling: -1, decreased: -1, decrease: -1, decreases: -1, decreasing: -1, declined: -1, decline: -1, declines: -1,
  declining: -1, dropped: -1, drop: -1, drops: -1, down: -1, lower: -1, lowered: -1, lowers: -1, lowering: -1,
  narrowed: -1, narrowing: -1, shrank: -1, shrink: -1, contracted: -1, slipped: -1, plunged: -1, slumped: -1,
  tumbled: -1, weakened: -1, "went down": -1, "fell short": -1, halved: -1, eased: -1, easing: -1, ease: -1,
  cooled: -1, cooling: -1, slowed: -1, slowing: -1, dipped: -1, sank: -1, reduced: -1, reduce: -1, reduces: -1,
  reducing: -1, reduction: -1, reductions: -1, cut: -1, cuts: -1, cutting: -1, "smaller than": -1, "lower than": -1,
  "less than expected": -1, "to be less than": -1, "was less than": -1, "were less than": -1, "is less than": -1,
  "to remain below": -1, "come down": -1, "came down": -1, "coming down": -1, "comes down": -1, "rolled over": -1,
  peaked: -1, "remained high": 0.6, "remains high": 0.6, "remain high": 0.6, "stayed high": 0.6, moderated: -1,
  moderating: -1, moderates: -1, "to moderate": -1, moderation: -1, "dried up": -1, "dry up": -1, "dries up": -1,
  "drying up": -1, downgraded: -1, savings: -1, "axe": -1, "eliminate": -1,
};
/** Words that put the amount after them in the past ("up from EUR 8.7 mn", "compared to a loss of"). */
export const COMPARISON_WORDS = ["from", "compared to", "compared with", "versus", "vs", "against", "as compared to"];
/** Verbs of a result turning to a profit or a loss ("swung to a net profit"). */
export const SWING_WORDS = [
  "swung", "swing", "swings", "turned", "turn", "returned", "return", "returns", "moved", "move", "went", "slipped",
  "fell", "plunged", "sank", "dipped",
];
/** Direction words whose subject is always before them: comparatives ("sales were higher than …") and the bare
 * adverbs ("profit was up 5%"; not "standing up for workers"). */
export const COMPARATIVE_DIRECTIONS = [
  "up", "down", "higher than", "bigger than", "larger than", "smaller than", "lower than", "less than expected",
  "to be less than", "was less than", "were less than", "is less than", "to remain below",
];
/** Words that end the search for what moved: another clause has begun. */
export const CLAUSE_BREAK_WORDS = ["while", "whereas", "but", "although", "though", "however"];
/** Words that follow a move word rather than a noun it describes ("higher than", "lower at 11.35", "rising again"). */
export const MOVE_FOLLOWERS = [
  "than", "at", "to", "from", "by", "in", "on", "for", "and", "or", "now", "again", "still", "as", "over", "into",
  "year-on-year", "since", "this", "last", "after",
];
export const NEGATORS = [
  "not", "no", "never", "no longer", "nor", "without", "neither", "hardly", "barely", "nobody", "none", "nothing",
  "hard to", "difficult to", "far from", "fail to", "fails to", "failed to", "absent", "lack of", "less", "little",
  "stop", "stopping", "halt",
];
/** Words that deny the rest of their clause ("we are not convinced the meeting will be a negative shock"). */
export const CLAUSE_NEGATORS = [
  "not convinced", "don't think", "do not think", "don't believe", "do not believe", "don't expect", "do not expect",
  "doubt", "doubtful", "unlikely that", "quash", "quashed", "dash", "dashed", "rule out", "ruled out", "put to bed",
];
/** Direction words that also stand before a noun ("higher prices", "rising rates"): then that noun is what moves. */
export const ATTRIBUTIVE_DIRECTIONS = [
  "higher", "lower", "rising", "falling", "increasing", "declining", "growing", "slowing", "weakening", "improving",
];
/** "not" that does not negate ("not just a short squeeze"). */
export const NOT_NEGATING = ["not just", "not only", "not merely", "not simply"];
/** Words that say the move before them will turn ("the selling looks overdone", "rallies … can unwind"): the first
 * cue of their clause flips, or else the cue right after them ("limited downside"); alone they count as their own
 * lexicon term. */
export const REVERSAL_MARKERS = [
  "overdone", "overextended", "overstretched", "overblown", "unwind", "unwinding", "fade", "fades", "less likely",
  "buying opportunity", "selling opportunity", "limited", "capped",
];
/** Words that say bad news is already in the price ("already discount a lot of bad news", "braced for"): in a quote
 * the bad cues of their clause turn mildly good, unless the marker is negated ("has not priced in"). */
export const DISCOUNT_MARKERS = [
  "priced in", "discount", "discounts", "discounted", "discounting", "braced for", "already been felt", "baked in",
];
/** Words of a speaker who sees no clear direction ("we don't know", "a tug of war"): in a quote they halve the total. */
export const UNDECIDED_MARKERS = [
  "don't know", "do not know", "hard to say", "remains to be seen", "tug of war", "wait and see", "waiting to see",
  "waiting for", "figure out", "clear direction", "unclear", "two-way", "on the fence", "sideways", "mixed",
  "in a straight line",
];
/** Words after which the clause names what is set aside ("a gradual cooling rather than a sharp slowdown"). */
export const SET_ASIDE_MARKERS = ["rather than", "instead of", "more than"];
/** Words after which a clause is a condition, not an outlook ("fade until you see growth"): its terms count little. */
export const CONDITION_MARKERS = ["until", "unless", "once", "if", "whenever", "as long as"];
/** Condition words only at the start of a clause ("When the 10-year moves up, …", not "the question is when"). */
export const CLAUSE_CONDITION_MARKERS = ["when"];
/** Words that turn a sentence: what comes after them decides ("a nice rally, but …"). */
export const CONTRAST_MARKERS = ["but", "however", "though", "although", "nevertheless"];
export const HEDGES = [
  "may", "might", "could", "possibly", "perhaps", "somewhat", "slightly", "likely", "probably", "whether", "expects",
  "expected to", "expect to",
];

// ── Funds, flows and short interest ─────────────────────────────────────────────────────────────────
// Users: fund-names.ts, short-interest.ts, fund-size.ts, fund-flow.ts.

/** Words that end a fund's name ("... ETF", "... Fund", "... Trust", "... Trust Series 1"). */
export const FUND_HEAD_WORDS = ["ETF", "Fund", "Trust", "Exchange-Traded Fund", "Exchange Traded Fund"];

/** Capitalised words that start a sentence or a phrase but never a fund's name; stripped from the front. */
export const FUND_NAME_LEADING_STOPWORDS = [
  "The", "A", "An", "And", "But", "Or", "While", "Meanwhile", "Additionally", "Also", "In", "On", "At", "For", "From",
  "Its", "Their", "His", "Her", "Our", "Both", "Each", "Shares", "Meanwhile,", "However", "Still", "Yet", "By", "With",
  "Investors", "Traders", "Data", "According", "Since", "As", "That", "This", "These", "Those", "Then", "When",
];

/** Names ending in "Fund"/"Trust" that are not investment funds of the kind these facts are about. */
export const NOT_FUND_NAMES = [
  "International Monetary Fund", "Monetary Fund", "Highway Trust Fund", "Social Security Trust Fund", "Trust Fund",
  "Northern Trust", "Wilmington Trust", "Deutsche Bank Trust", "Investment Trust", "Unit Trust", "Brain Trust",
  "US-listed ETF", "U.S.-listed ETF", "US-listed Fund", "European-listed ETF", "Europe-listed ETF",
];

/** A name ending in "Trust" is a fund only when it also carries one of these words (else "Northern Trust"). */
export const TRUST_FUND_WORDS = [
  "ETF", "iShares", "SPDR", "Invesco", "Grayscale", "Vanguard", "ProShares", "Bitcoin", "Ethereum", "Ether", "Gold",
  "Silver", "Series", "Index", "QQQ", "Fidelity", "Schwab", "Direxion", "VanEck", "WisdomTree", "Franklin", "Osprey",
  "Solana", "XRP", "Crypto", "Oil", "Treasury", "Bond", "Income",
];

/** Fund issuers' brand words: a capitalised name led by one of these is one fund's name, even without a head word
 * ("ProShares UltraPro QQQ" is not the "QQQ" it ends with). */
export const FUND_ISSUER_WORDS = [
  "iShares", "SPDR", "Vanguard", "Invesco", "ProShares", "Direxion", "Xtrackers", "CoinShares", "21Shares", "WisdomTree",
  "VanEck", "Fidelity", "Grayscale", "Schwab", "Global X", "ARK", "Amundi", "Lyxor", "Franklin", "JPMorgan", "GraniteShares",
  "First Trust", "KraneShares", "Bitwise", "HSBC", "UBS", "Legal & General", "L&G", "Ossiam", "Leverage Shares",
];

/** Heads of product names that need an issuer word to be a fund ("SPDR Gold Shares", not "Apple Shares"). */
export const ISSUER_ONLY_HEAD_WORDS = ["Shares"];

/** Words before "fund"/"ETF" that never make an anaphor ("the largest fund", "the exchange-traded fund"). */
export const NOT_FUND_ANAPHOR_WORDS = [
  "exchange-traded", "US-listed", "U.S.-listed", "closed-end", "open-end", "so-called", "same", "other", "whole", "entire",
  "hedge", "mutual", "index", "largest", "biggest", "smallest", "oldest", "new", "first", "second", "only", "pension",
];

/** Words that describe a class of funds, for flows into or out of the class ("global equity funds"). */
export const FUND_CLASS_WORDS = [
  "US-listed", "U.S.-listed", "European-listed", "Europe-listed",
  "global", "US", "U.S.", "American", "European", "Europe", "Japan", "Japanese", "China", "Chinese", "Asian", "Asia",
  "emerging-market", "emerging-markets", "emerging market", "emerging markets", "international", "domestic",
  "equity", "stock", "bond", "fixed-income", "fixed income", "money-market", "money market", "cash", "high-yield",
  "high yield", "junk-bond", "junk bond", "government", "Treasury", "municipal", "muni", "corporate", "credit",
  "investment-grade", "investment grade", "gold", "bitcoin", "Bitcoin", "ether", "Ether", "Ethereum", "crypto",
  "spot", "spot bitcoin", "spot Bitcoin", "tech", "technology", "growth", "value", "small-cap", "large-cap",
  "dividend", "inflation-protected", "commodity", "commodities", "leveraged", "sector", "active", "passive",
];

/** Asset classes that money is said to flow into or out of, in a paragraph about fund flows ("poured into bonds"). */
export const FLOW_ASSET_CLASS_NOUNS = [
  "bonds", "stocks", "equities", "Treasuries", "gold", "cash", "money markets", "money-market accounts", "credit",
  "commodities", "cryptocurrencies", "crypto",
];

/** Nouns of "the company's float": a back-reference to the company the sentence before is about. */
export const SHORT_INTEREST_BACK_REFERENCES = [
  "company", "stock", "equity", "firm", "group", "lender", "bank", "retailer", "carmaker", "automaker", "chipmaker",
  "drugmaker", "biotech", "startup", "insurer", "miner", "fund", "ETF", "trust",
];

/** Hedges before a percentage or an amount, mapped to the schema's qualifier. */
export const QUALIFIER_WORDS: Record<string, "about" | "more_than" | "less_than" | "nearly" | "as_much_as" | "at_least"> = {
  about: "about", around: "about", roughly: "about", approximately: "about", some: "about", "an estimated": "about",
  "more than": "more_than", over: "more_than", above: "more_than", "upwards of": "more_than",
  "less than": "less_than", under: "less_than", below: "less_than", "fewer than": "less_than",
  nearly: "nearly", almost: "nearly", "close to": "nearly", "just under": "nearly", "just shy of": "nearly",
  "as much as": "as_much_as", "up to": "as_much_as", "at least": "at_least",
};

/** Verbs whose object is money coming into a fund ("drew $1.2 billion"). */
export const INFLOW_VERBS = [
  "drew", "draws", "drawn", "draw", "attracted", "attracts", "attract", "took in", "takes in", "taken in", "take in",
  "pulled in", "pulls in", "pull in", "gathered", "gathers", "raked in", "rakes in", "hauled in", "hauls in",
  "received", "receives", "absorbed", "absorbs", "lured", "lures", "garnered", "garners", "amassed", "amasses",
  "drawing", "attracting", "taking in", "pulling in", "gathering", "raking in", "hauling in", "receiving", "absorbing",
];

/** Verbs that take a flow noun ("saw outflows of $3.4 billion", "posted the third-biggest inflows"). */
export const FLOW_HOLDING_VERBS = [
  "saw", "sees", "seen", "see", "had", "has", "have", "posted", "posts", "post", "recorded", "records", "record",
  "registered", "registers", "logged", "logs", "reported", "reports", "suffered", "suffers", "experienced",
  "experiences", "notched", "notches", "enjoyed", "enjoys", "booked", "books", "received", "receives",
  "attracted", "attracts", "drew", "draws", "drawn", "led", "leads", "topped", "tops", "generated", "generates",
  "posting", "seeing", "having", "recording", "registering", "logging", "reporting", "suffering", "experiencing",
  "notching", "booking", "receiving", "attracting", "drawing",
];

/** Verbs of losing money to redemptions ("lost $2 billion in redemptions"). */
export const OUTFLOW_LOSS_VERBS = ["lost", "loses", "shed", "sheds", "bled", "bleeds", "hemorrhaged", "haemorrhaged"];

/** Verbs of investors taking money out of a fund ("pulled $500 million from"). */
export const WITHDRAW_VERBS = [
  "pulled", "pulls", "pull", "yanked", "yanks", "withdrew", "withdraws", "withdrawn", "redeemed", "redeems",
  "removed", "took out", "pulled out", "cashed out",
];

/** Verbs of investors putting money into a fund ("poured $2 billion into"). */
export const DEPOSIT_VERBS = [
  "poured", "pours", "pour", "plowed", "plows", "ploughed", "pumped", "pumps", "put", "puts", "funneled",
  "funnelled", "piled", "added", "adds", "invested", "parked", "shoveled", "shovelled", "sank", "plunged",
];

/** Who moves money in or out of funds. */
export const FLOW_AGENTS = [
  "investors", "traders", "clients", "customers", "shareholders", "money managers", "fund managers", "buyers",
  "institutions", "hedge funds", "retail investors", "savers", "advisers", "advisors", "allocators",
];
