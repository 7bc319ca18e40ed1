// Examples of market_move: each positive text is exactly the evidence of the one fact it yields (the clause
// from the instrument to the end of its size, level and period words), with the values it must have.
// Sentences written for these examples; none is copied from an article.
import type { DraftOf, Examples } from "./types.ts";

const idx = (name: string, ticker: string | null) => ({ name, kind: "index" as const, ticker, entity: null });
type Qualifier = NonNullable<NonNullable<DraftOf<"market_move">["change"]>["qualifier"]>;
const pct = (value: number, qualifier: Qualifier | null = null) => ({ value, unit: "percent" as const, qualifier });
const session = (text: string) => ({ kind: "session" as const, count: 1, text });

export const examples: Examples<DraftOf<"market_move">> = {
  positive: [
    // verb + size
    { text: "The S&P 500 climbed 0.8%", expect: { instrument: idx("S&P 500", "SPX"), direction: "up", change: pct(0.8), level: null, period: null, rule: "market_move.verb-size" } },
    { text: "The Dow Jones Industrial Average slid 1.3%", expect: { instrument: idx("Dow Jones Industrial Average", "INDU"), direction: "down", change: pct(1.3) } },
    {
      text: "West Texas Intermediate crude fell 2.4% to $81.16 a barrel",
      expect: { instrument: { name: "West Texas Intermediate crude", kind: "commodity", ticker: "CL1" }, direction: "down", change: pct(2.4), level: { value: 81.16, unit: "USD" } },
    },
    {
      text: "The yen was little changed at 148.32 per dollar",
      expect: { instrument: { name: "Japanese yen", kind: "currency", ticker: "USDJPY" }, direction: "flat", change: null, level: { value: 148.32, unit: "JPY_per_USD" } },
    },
    {
      text: "The yield on 10-year Treasuries climbed 11 basis points to 4.37%",
      expect: { instrument: { name: "10-year Treasury yield", kind: "yield", ticker: "USGG10YR" }, direction: "up", change: { value: 11, unit: "bp", qualifier: null }, level: { value: 4.37, unit: "percent" } },
    },
    {
      text: "Germany’s 10-year yield rose five basis points to 2.47%",
      expect: { instrument: { name: "Germany 10-year yield", kind: "yield", ticker: "GDBR10" }, change: { value: 5, unit: "bp" }, level: { value: 2.47, unit: "percent" } },
    },
    {
      text: "Italy’s 10-year yield dropped six basis points to 3.58%",
      expect: { instrument: { name: "Italy 10-year yield", kind: "yield" }, direction: "down", change: { value: 6, unit: "bp" }, level: { value: 3.58, unit: "percent" } },
    },
    {
      text: "two-year Treasury yields dropped 15 basis points",
      expect: { instrument: { name: "2-year Treasury yield", kind: "yield", ticker: "USGG2YR" }, direction: "down", change: { value: 15, unit: "bp" } },
    },
    { text: "The euro slipped 0.3% to $1.0842", expect: { instrument: { name: "euro", kind: "currency" }, direction: "down", change: pct(0.3), level: { value: 1.0842, unit: "USD" } } },
    { text: "The offshore yuan weakened 0.5% to 7.12 per dollar", expect: { instrument: { name: "yuan", kind: "currency", ticker: "USDCNY" }, direction: "down", change: pct(0.5), level: { value: 7.12, unit: "CNY_per_USD" } } },
    { text: "Bitcoin rose 2.1% to $68,410", expect: { instrument: { name: "Bitcoin", kind: "crypto", ticker: "BTC" }, direction: "up", change: pct(2.1), level: { value: 68410, unit: "USD" } } },
    // the same move in other units set off before the level
    { text: "The Dow Jones Industrial Average dropped 212.6 points, or 0.5%, to 43,980.2", expect: { direction: "down", change: { value: 212.6, unit: "points" }, level: { value: 43980.2, unit: "points" } } },
    // the size restated in other units, then the day, then the level
    {
      text: "The DAX Index is up 61.4 points or 0.28% today to 22,146.9",
      expect: { instrument: idx("DAX", "DAX"), direction: "up", change: { value: 61.4, unit: "points" }, level: { value: 22146.9, unit: "points" }, period: session("today") },
    },
    {
      text: "The Nikkei 225 fell 310.5 points, or 0.8%, on Thursday to 38,402.7",
      expect: { direction: "down", change: { value: 310.5, unit: "points" }, level: { value: 38402.7, unit: "points" }, period: session("on Thursday") },
    },
    // an appositive naming the gauge between subject and verb
    {
      text: "The Cboe Volatility Index, known to traders as the fear gauge, jumped 9.2% on Tuesday to 21.4",
      expect: { instrument: idx("Cboe Volatility Index", "VIX"), direction: "up", change: pct(9.2), level: { value: 21.4, unit: "points" }, period: session("on Tuesday") },
    },
    { text: "The Kospi gained 1.1% or 28.4 points at 2,611.9", expect: { direction: "up", change: pct(1.1), level: { value: 2611.9, unit: "points" } } },
    // bare "Nasdaq futures" are the Nasdaq 100 contract
    { text: "Nasdaq futures slipped 0.7%", expect: { instrument: idx("Nasdaq 100 futures", null), direction: "down", change: pct(0.7) } },
    // a company's possessive before "shares" is no part of its name
    { text: "Kelbrook Foods' shares rose 3.2%", expect: { instrument: { name: "Kelbrook Foods", kind: "stock" }, direction: "up", change: pct(3.2) } },
    { text: "Marrowind's shares slid 4.4%", expect: { instrument: { name: "Marrowind", kind: "stock" }, direction: "down", change: pct(4.4) } },
    // a level in a currency written after the number, or as "Rs" before it
    { text: "Samsung Electronics rose 2.1% to 56,300 won", expect: { direction: "up", change: pct(2.1), level: { value: 56300, unit: "KRW" } } },
    { text: "Copper fell 0.8% to 76,950 yuan a ton", expect: { direction: "down", change: pct(0.8), level: { value: 76950, unit: "CNY", per: "ton" } } },
    { text: "Reliance Industries climbed 1.4% to Rs 1,262.50", expect: { direction: "up", change: pct(1.4), level: { value: 1262.5, unit: "INR" } } },
    { text: "The dollar was little changed at 152.40 yen", expect: { instrument: { name: "US dollar", kind: "currency" }, direction: "flat", level: { value: 152.4, unit: "JPY_per_USD" } } },
    { text: "U.S. crude climbed 0.9% to settle at $74.15 a barrel", expect: { direction: "up", change: pct(0.9), level: { value: 74.15, unit: "USD", per: "barrel" } } },
    { text: "The Kospi rose 1.2% to end at an all-time high of 2,968.40", expect: { direction: "up", change: pct(1.2), level: { value: 2968.4, unit: "points" } } },
    { text: "Samsung Electronics slid 3% to close at 53,400 won", expect: { direction: "down", change: pct(3), level: { value: 53400, unit: "KRW" } } },
    { text: "The Nikkei 225 gained 150 points to 38,500", expect: { instrument: idx("Nikkei 225", "NKY"), direction: "up", change: { value: 150, unit: "points" }, level: { value: 38500, unit: "points" } } },
    // qualifiers
    { text: "The Nasdaq 100 rose as much as 3.4%", expect: { direction: "up", change: pct(3.4, "as_much_as") } },
    { text: "Brent crude climbed more than 2%", expect: { instrument: { name: "Brent crude", kind: "commodity" }, change: pct(2, "more_than") } },
    { text: "The Stoxx Europe 600 index dropped almost 2%", expect: { instrument: idx("Stoxx Europe 600", "SXXP"), direction: "down", change: pct(2, "nearly") } },
    // state verbs with a direction word
    { text: "The Nasdaq 100 ended the session up 1.7%", expect: { direction: "up", change: pct(1.7), period: session("ended the session") } },
    { text: "The Hang Seng Index is down 0.9%", expect: { instrument: idx("Hang Seng Index", "HSI"), direction: "down", change: pct(0.9), period: null } },
    { text: "The Kospi closed 0.7% higher", expect: { instrument: idx("Kospi", "KOSPI"), direction: "up", change: pct(0.7), rule: "market_move.state-size" } },
    // periods
    {
      text: "The Russell 2000 is up 7% over the past six sessions",
      expect: { direction: "up", change: pct(7), period: { kind: "sessions", count: 6, text: "over the past six sessions" } },
    },
    { text: "Ether has climbed 40% this year", expect: { instrument: { name: "Ether", kind: "crypto" }, change: pct(40), period: { kind: "ytd", count: null, text: "this year" } } },
    { text: "The Topix dropped 2.4% this week", expect: { instrument: idx("Topix", "TPX"), change: pct(2.4), period: { kind: "week", count: 1, text: "this week" } } },
    {
      text: "The MSCI Asia Pacific Index has rallied 18% since October 2022",
      expect: { change: pct(18), period: { kind: "since", count: null, text: "since October 2022", since: "October 2022" } },
    },
    {
      text: "Futures on the S&P 500 slid 0.6% as of 5:12 p.m. New York time",
      expect: { instrument: idx("S&P 500 futures", null), direction: "down", change: pct(0.6), period: session("as of 5:12 p.m. New York time") },
    },
    // a list sharing one period; "in that time" takes it from the first clause
    {
      context: "Small caps have rallied 9% over the past four sessions, their best run since March 2021, while",
      text: "the S&P 500 has risen 1.1% in that time",
      expect: { instrument: idx("S&P 500", "SPX"), change: pct(1.1), period: { kind: "sessions", count: 4, text: "over the past four sessions" } },
    },
    // a daily wrap's closing list: the period is the session
    {
      context: "Some of the main moves in markets:\n\nStocks\n\n*",
      text: "The MSCI World index slid 0.9%",
      expect: { instrument: idx("MSCI World Index", "MXWO"), change: pct(0.9), period: session("Some of the main moves in markets") },
    },
    // possessive and reported moves
    {
      context: "Small caps have lagged far behind",
      text: "the S&P 500’s 21% gain this year",
      expect: { instrument: idx("S&P 500", "SPX"), direction: "up", change: pct(21), period: { kind: "ytd", count: null, text: "this year" }, rule: "market_move.possessive" },
    },
    { text: "The Cboe Volatility Index posted its biggest drop", expect: { instrument: idx("Cboe Volatility Index", "VIX"), direction: "down", change: null, rule: "market_move.report" } },
    // companies, unknown instruments, ETFs
    { text: "Apple Inc. rose 2%", expect: { instrument: { name: "Apple Inc.", kind: "stock", ticker: "AAPL", entity: null }, direction: "up", change: pct(2) } },
    { text: "Harbor Freight Logistics Corp. tumbled 14%", expect: { instrument: { name: "Harbor Freight Logistics Corp.", kind: "stock", ticker: null }, direction: "down", change: pct(14) } },
    { text: "The Solactive Clean Hydrogen Index jumped 6.2%", expect: { instrument: { name: "Solactive Clean Hydrogen Index", kind: "index", ticker: null }, change: pct(6.2) } },
    {
      text: "The largest ETF that tracks the Russell 2000 advanced 1.8%",
      expect: { instrument: { name: "iShares Russell 2000 ETF", kind: "etf", ticker: "IWM" }, direction: "up", change: pct(1.8) },
    },
    // relative clause, continuation, back reference, ellipsis
    {
      context: "The Nasdaq 100 was weighed down by",
      text: "Nvidia Corp., which fell as much as 4.7%",
      expect: { instrument: { name: "Nvidia Corp.", kind: "stock", ticker: "NVDA" }, direction: "down", change: pct(4.7, "as_much_as"), rule: "market_move.relative" },
    },
    // a move that was undone, stated with its intraday extreme
    { text: "The Nasdaq 100 nearly erased a drop that topped 1.8%", expect: { instrument: idx("Nasdaq 100", "NDX"), direction: "down", change: pct(1.8, "more_than"), rule: "market_move.undone" } },
    // a stock that stands out among a group, then the participle of its move
    {
      text: "Costco Wholesale Corp. was among the session’s biggest decliners in the Nasdaq 100, sliding 3.2%",
      expect: { instrument: { name: "Costco Wholesale Corp.", kind: "stock" }, direction: "down", change: pct(3.2) },
    },
    // a back reference that opens a clause, resolved in the same sentence or the one before
    {
      context: "Short interest in the ProShares UltraPro Short QQQ has doubled this month, but",
      text: "the leveraged fund has sunk 14% over the past three weeks",
      expect: { instrument: { name: "ProShares UltraPro Short QQQ", kind: "etf" }, direction: "down", change: pct(14), period: { kind: "week", count: 3 } },
    },
    {
      context: "Traders sold Nasdaq 100 futures in Asian trading after",
      text: "the underlying index fell 1.1% on Monday",
      expect: { instrument: { name: "Nasdaq 100", kind: "index" }, direction: "down", change: pct(1.1), period: session("on Monday") },
    },
    // a possessive pronoun for the one instrument of the sentence before
    {
      context: "The Stoxx Europe 600 drifted for most of the day. Yet",
      text: "its monthly gain of 3.4%",
      trailing: " is the best since January.",
      expect: { instrument: { name: "Stoxx Europe 600", kind: "index" }, direction: "up", change: pct(3.4), period: { kind: "month", count: 1 } },
    },
    // a move stated before its subject, with nothing but a period between
    {
      text: "Despite a 9% slide since its March peak, the Hang Seng Index",
      trailing: " still trades at a premium to its peers.",
      expect: { instrument: { name: "Hang Seng Index", kind: "index" }, direction: "down", change: pct(9), period: { kind: "since" } },
    },
    // a sector sub-index of the market the paragraph is about
    {
      context: "Traders in London watched the Stoxx Europe 600 closely.",
      text: "The basic resources sub-index fell 2.6%",
      expect: { instrument: { name: "Stoxx Europe 600 basic resources index", kind: "index", ticker: null }, direction: "down", change: pct(2.6) },
    },
    // an issuer's product named with "Shares"
    { text: "Direxion Daily Gold Miners Bull 2X Shares tumbled 7.5%", expect: { instrument: { name: "Direxion Daily Gold Miners Bull 2X Shares", kind: "etf" }, direction: "down", change: pct(7.5) } },
    // periods measured from a turn or an event
    { text: "The Russell 2000 has climbed 18% from its October low", expect: { instrument: idx("Russell 2000", "RTY"), change: pct(18), period: { kind: "since", since: "its October low" } } },
    { text: "Two-year Treasury yields have fallen 40 basis points since the Fed decision", expect: { instrument: { name: "2-year Treasury yield", kind: "yield" }, change: { value: 40, unit: "bp" }, period: { kind: "since", since: "the Fed decision" } } },
    { text: "The Kospi has rallied 11% so far in May", expect: { instrument: { name: "Kospi", kind: "index" }, change: pct(11), period: { kind: "month", count: 1 } } },
    { text: "The Nikkei 225 fell 0.4% in after-hours trading", expect: { instrument: { name: "Nikkei 225", kind: "index" }, change: pct(0.4), period: { kind: "other" } } },
    { text: "Ether slumped 9% over the past 14 days", expect: { instrument: { name: "Ether", kind: "crypto" }, change: pct(9), period: { kind: "week", count: 2 } } },
    // a paragraph that opens with a back reference to the one instrument of the paragraph before
    { context: "Spot gold hit a record in London trading.\n\n", text: "The metal has gained 30% this year", expect: { instrument: { name: "gold", kind: "commodity" }, direction: "up", change: pct(30), period: { kind: "ytd" } } },
    { context: "The Nasdaq Composite extended its slide in afternoon trading.", text: "The gauge sank 2.7% on Tuesday", expect: { instrument: idx("Nasdaq Composite", "CCMP"), change: pct(2.7), period: session("on Tuesday"), confidence: 0.7 } },
    // participles after a verb of standing out
    {
      text: "Platinum outperformed, surging 3.4% to $1,012.80 an ounce",
      expect: { instrument: { name: "platinum", kind: "commodity", ticker: "XPT" }, direction: "up", change: pct(3.4), level: { value: 1012.8, unit: "USD" } },
    },
    // currency verbs: strengthened is up, weakened is down, for the currency named
    {
      text: "The Chilean peso strengthened 0.9% to 931.20 per dollar",
      expect: { instrument: { name: "Chilean peso", kind: "currency", ticker: "USDCLP" }, direction: "up", change: pct(0.9), level: { value: 931.2, unit: "CLP_per_USD" } },
    },
    {
      text: "India’s rupee weakened 0.3% to 87.95 per dollar",
      expect: { instrument: { name: "Indian rupee", kind: "currency" }, direction: "down", change: pct(0.3), level: { value: 87.95, unit: "INR_per_USD" } },
    },
    // a price change before the percentage: the dollars are no level
    {
      text: "Brent crude futures settled up $1.87, or 2.6%, at $73.40 a barrel",
      expect: { instrument: { name: "Brent crude futures", kind: "commodity" }, direction: "up", change: pct(2.6), level: { value: 73.4, unit: "USD" } },
    },
    // a place's possessive, futures and contracts on a foreign index
    { text: "Japan’s Topix index closed down 1.7%", expect: { instrument: idx("Topix", "TPX"), direction: "down", change: pct(1.7) } },
    { text: "Futures for Australia’s S&P/ASX 200 climbed 0.9%", expect: { instrument: idx("S&P/ASX 200 futures", null), direction: "up", change: pct(0.9) } },
    { text: "Contracts for Hong Kong’s Hang Seng Index slipped 0.4%", expect: { instrument: idx("Hang Seng Index futures", null), direction: "down", change: pct(0.4) } },
    // yields of other countries
    {
      text: "The yield on Brazil’s 10-year local bonds rose 14 basis points to 13.62%",
      expect: { instrument: { name: "Brazil's 10-year yield", kind: "yield", ticker: null }, direction: "up", change: { value: 14, unit: "bp", qualifier: null }, level: { value: 13.62, unit: "percent" } },
    },
    {
      text: "Australia’s 10-year yield fell four basis points",
      expect: { instrument: { name: "Australia 10-year yield", kind: "yield", ticker: "GACGB10" }, direction: "down", change: { value: 4, unit: "bp", qualifier: null } },
    },
    // a company without its suffix before "shares"; a sub-index; a name extended by its description or its market
    { text: "Korvale shares slumped 9.2%", expect: { instrument: { name: "Korvale", kind: "stock", ticker: null }, direction: "down", change: pct(9.2) } },
    { text: "The Stoxx 600 utilities index fell 0.8%", expect: { instrument: idx("Stoxx Europe 600 utilities index", null), direction: "down", change: pct(0.8) } },
    { text: "The Russell 2000 index of smaller companies rose 1.3%", expect: { instrument: idx("Russell 2000", "RTY"), direction: "up", change: pct(1.3) } },
    { text: "Copper futures in New York fell 2.2% to $4.41 a pound", expect: { instrument: { name: "copper", kind: "commodity" }, direction: "down", change: pct(2.2), level: { value: 4.41, unit: "USD" } } },
    // back references to an instrument of a compatible kind in the previous sentences of the paragraph
    {
      context: "Spot gold hovered near its record.",
      text: "The metal has risen 24% this year",
      expect: { instrument: { name: "gold", kind: "commodity" }, direction: "up", change: pct(24), period: { kind: "ytd", count: null, text: "this year" } },
    },
    { context: "Traders kept a close eye on Bitcoin.", text: "The token slid as much as 6.8% on Sunday", expect: { instrument: { name: "Bitcoin", kind: "crypto" }, change: pct(6.8, "as_much_as") } },
    { context: "The Vanguard S&P 500 ETF drew $1.1 billion of inflows last week.", text: "The fund has gained 3.3% this quarter", expect: { instrument: { name: "Vanguard S&P 500 ETF", kind: "etf" }, change: pct(3.3) } },
    { context: "Short sellers have targeted Orlanth Mining Corp., a copper producer.", text: "The stock fell 3.8% on Thursday", expect: { instrument: { name: "Orlanth Mining Corp.", kind: "stock" }, direction: "down", change: pct(3.8) } },
    {
      context: "The Nasdaq 100 and the Russell 2000 hit records.",
      text: "The tech-heavy gauge has added 5.2% this quarter",
      expect: { instrument: idx("Nasdaq 100", "NDX"), change: pct(5.2), period: { kind: "quarter", count: 1, text: "this quarter" } },
    },
    // a move stated before the name it belongs to
    {
      context: "Small caps have trailed badly, compared with",
      text: "a 5.1% gain for the S&P 500",
      expect: { instrument: idx("S&P 500", "SPX"), direction: "up", change: pct(5.1), rule: "market_move.move-for" },
    },
    // direction only: a named instrument as the subject
    { text: "The Nasdaq 100 also rose", expect: { instrument: idx("Nasdaq 100", "NDX"), direction: "up", change: null, level: null, confidence: 0.6 } },
  ],
  negative: [
    "Consumer prices climbed 0.4% in March from the prior month.",
    "The consumer price index rose 7.4% from a year earlier.",
    "CPI rose 6.2% in the twelve months through October.",
    "Job openings eased a little in April but stayed close to an all-time high.",
    "Quarterly profit rose 12% on higher margins.",
    "Revenue climbed 8% to $4.1 billion, beating estimates.",
    "Net income fell 3% in the fourth quarter.",
    "Strategists say the S&P 500 could reach 6,800 before next December.",
    "Halvern Securities sees the S&P 500 at 6,250 by year-end.",
    "The bank expects the index to gain 10% next year.",
    "About 44% of respondents said they expect a recession.",
    "Economists now put the chance of a downturn within twelve months at 41%, a survey showed.",
    "The Russell 2000 and the S&P 500 are widely followed benchmarks.",
    "Roughly 17% of the $12 billion fund's free float is sold short.",
    "The Cboe VIX Index has not breached the 35 points level since the rout started.",
    "For a few weeks the Russell 2000 moved in step with the S&P 500.",
    "The Russell 2000 is now more overbought than at any point since 2019.",
    "The number of Russell 2000 profit forecasts being revised higher is rising too.",
    "Stocks rose 1% and US equities extended their rally while Treasuries fell.",
    "European stocks dropped 0.6% as energy shares slid.",
    "If the S&P 500 falls 10% from here, buyers will step in.",
    "Demand for gold rose 18% in the quarter, the council said.",
    "Apple Inc.'s profit rose 12% in the quarter.",
    // groups before "shares" are no company
    "Australian shares were poised to open little changed.",
    "European shares fell 1.2% on Friday.",
    "Bank shares rallied 2% after the stress tests.",
    // back references without one compatible instrument before them in the paragraph
    "The metal has advanced 30% this year.",
    "Gold and copper both hit records. The metal has advanced 30% this year.",
    "Gold and copper both hit records.\n\nThe metal has gained 30% this year.",
    "Bitcoin hit a record. The stock fell 4% on Tuesday.",
    "It has advanced 46% since March.",
    // a place's possessive before something that is no instrument; conditions and forecasts
    "Germany's economy grew 0.3% in the quarter.",
    "Futures for Japan's Nikkei 225 could rise 2% if the yen weakens.",
    "Strategists expect a 12% gain for the S&P 500, compared with a 6% gain for the Stoxx Europe 600.",
    // look-alikes of the newer forms: data and earnings before a company, a pronoun without one instrument before it
    "Despite a 3% rise in quarterly sales, Apple Inc. cut its outlook.",
    "After a 12% jump in profit, Nvidia Corp. raised its dividend.",
    "Gold and silver both slipped. Yet its monthly gain of 3.4% is intact.",
    "Retail sales reversed a decline of 0.4% in March.",
    "The company erased losses of as much as $2 billion from its balance sheet.",
    "Consumer confidence was one of the few gainers in the data, rising 2%.",
    "The basic resources sub-index fell 2.6%.",
    "Inflation has slowed 2 percentage points since its June peak.",
    "Apple, which held 24% of the market a year ago, dropped to 15%.",
    "Intel Corp. declined to comment on Tuesday.",
    "“We are pleased with the quarter,” Boeing added on Monday.",
    "The iShares Bitcoin Trust added $63.2 million of new money.",
    "Already Tencent Holdings Ltd. is under a review.",
  ],
};
