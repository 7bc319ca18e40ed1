// Labelled sentences for the sentiment scorer and the quote stance, all written for this project (none copied from
// any data set). Each rule of sentiment.ts has examples here; `cue` is a cue the score must report.
import type { SentimentLabel, Stance } from "./sentiment.ts";

export interface SentimentExample {
  text: string;
  label: SentimentLabel;
  /** A cue the score must give (the words that decided it). */
  cue?: string;
}

export interface StanceExample {
  text: string;
  stance: Stance;
  cue?: string;
}

export const sentimentExamples: SentimentExample[] = [
  // what moved decides: results good when up, costs and losses bad when up
  { text: "Quarterly operating profit rose to 14 million euros from 9 million a year earlier.", label: "positive", cue: "operating profit rose" },
  { text: "The group's net loss narrowed to 3 million dollars in the second quarter.", label: "positive", cue: "net loss narrowed" },
  { text: "Net sales fell 12% as demand for paper products weakened.", label: "negative", cue: "net sales fell" },
  { text: "Raw material costs rose sharply and squeezed the margin.", label: "negative", cue: "costs rose" },
  { text: "Fourth-quarter revenue fell short of the company's own guidance.", label: "negative", cue: "fell short" },
  { text: "Order intake increased 18% year on year, driven by export markets.", label: "positive", cue: "order intake increased" },
  { text: "Earnings per share improved to 0.42 from 0.31.", label: "positive", cue: "earnings per share improved" },
  { text: "Unemployment in the region climbed to 7.2% in March.", label: "negative", cue: "unemployment climbed" },
  { text: "Personnel expenses decreased by 5 percent in the period.", label: "positive", cue: "expenses decreased" },
  { text: "The brewer cut its logistics costs by a third through a new warehouse.", label: "positive", cue: "cut costs" },
  { text: "The toolmaker lowered its full-year revenue guidance on Tuesday.", label: "negative", cue: "lowered revenue" },
  { text: "The chain reported an increase in sales at its city stores.", label: "positive", cue: "increase sales" },
  { text: "Operating profit fell while net sales grew by 4%.", label: "negative", cue: "operating profit fell" },
  { text: "The operator warned of lower deliveries in the autumn.", label: "negative", cue: "lower deliveries" },
  // a result against an earlier figure: the numbers decide
  { text: "Operating profit totalled EUR 7.1 mn, up from EUR 5.2 mn a year earlier.", label: "positive", cue: "operating profit up" },
  { text: "Pre-tax profit was EUR 3.0 mn compared with EUR 4.4 mn in the previous year.", label: "negative", cue: "pre-tax profit 3.0 compared with 4.4" },
  { text: "The operating margin was 6.5% against 8.0% a year ago.", label: "negative", cue: "operating margin 6.5 against 8.0" },
  { text: "Loss per share was SEK 0.08 versus SEK 0.19 in the comparable period.", label: "positive", cue: "loss per share 0.08 versus 0.19" },
  { text: "The order book stood at EUR 31 mn in June compared to EUR 24 mn in 2023.", label: "positive", cue: "order book 31 compared to 24" },
  // a result that crossed zero
  { text: "Operating profit reached SEK 24 million, compared to a loss of SEK 9 million in the spring quarter of 2023.", label: "positive", cue: "operating profit compared to a loss" },
  { text: "The furniture maker swung to a net profit of SEK 63 million for July-September.", label: "positive", cue: "swung to net profit" },
  { text: "The shipyard slipped to an operating loss of EUR 2.5 mn from a profit of EUR 1.9 mn.", label: "negative", cue: "slipped operating loss" },
  { text: "The cable unit's operating loss reached SEK 12 million, down from a profit of SEK 4 million a year earlier.", label: "negative", cue: "operating loss down" },
  // a sized move of the share price
  { text: "The shares were down 3.4 pct at 12.10 euros in early trading.", label: "negative", cue: "shares down" },
  // lexicon terms, negation, hedges
  { text: "Analysts upgraded the shares to outperform, citing attractive valuations.", label: "positive", cue: "upgraded shares" },
  { text: "Strategists turned bullish on small caps as rate cuts came into view.", label: "positive", cue: "bullish" },
  { text: "The selloff deepened as recession fears spread across credit markets.", label: "negative", cue: "selloff" },
  { text: "A hawkish central bank and rising yields are a headwind for equities.", label: "negative", cue: "hawkish" },
  { text: "We are not chasing this rally at current levels.", label: "negative" },
  { text: "The outlook is no longer weak, and orders have started to recover.", label: "positive" },
  { text: "Investors remain optimistic about a strong recovery in travel demand.", label: "positive", cue: "optimistic" },
  { text: "The index looks overbought and the downside risk is growing.", label: "negative", cue: "overbought" },
  { text: "The lender plans temporary layoffs at two of its plants.", label: "negative", cue: "layoffs" },
  { text: "Chipmakers underperformed the broader market for a third week.", label: "negative", cue: "underperformed" },
  { text: "Management did not see any improvement, and the quarter was poor.", label: "negative", cue: "poor" },
  { text: "Management is pleased with the strong start to the year.", label: "positive", cue: "pleased" },
  { text: "The plant will close for six weeks and 120 workers will be laid off.", label: "negative", cue: "laid off" },
  { text: "The engineering group has been awarded a contract to modernise two harbour cranes.", label: "positive", cue: "awarded" },
  { text: "Shares may gain slightly if the merger is approved.", label: "neutral" },
  { text: "Demand is not strong enough to lift prices this winter.", label: "negative", cue: "not … strong" },
  // what is set aside, conditions and questions count little
  { text: "The data point to a gradual cooling rather than a sharp slowdown.", label: "neutral" },
  { text: "Is a recession coming this year?", label: "neutral" },
  // neutral: descriptions, agreements, appointments, plain figures
  { text: "The board appointed a new chief financial officer effective next month.", label: "neutral" },
  { text: "The company operates 40 stores across three countries.", label: "neutral" },
  { text: "The contract is worth about 5 million euros and runs for three years.", label: "neutral" },
  { text: "The meeting will be held in Helsinki on Thursday afternoon.", label: "neutral" },
  { text: "A spokesman declined to comment on the report.", label: "neutral" },
  { text: "The new chief executive will take up the post on 1 June.", label: "neutral" },
  { text: "Sales in the first half were EUR 12 mn.", label: "neutral" },
  { text: "The company makes packaging materials for the food industry.", label: "neutral" },
];

export const stanceExamples: StanceExample[] = [
  { text: "A dovish turn from the central bank could spark a broad rally in small caps.", stance: "bullish", cue: "dovish" },
  { text: "We are not chasing this move at these levels.", stance: "bearish", cue: "not … chasing" },
  { text: "Investors should stay cautious until inflation is clearly under control.", stance: "bearish", cue: "cautious" },
  { text: "Rising yields are a headwind for equities.", stance: "bearish", cue: "rising yields" },
  { text: "Inflation has peaked, and that should let the Fed pause.", stance: "bullish", cue: "inflation peaked" },
  { text: "It is hard to build a bullish case right now.", stance: "bearish", cue: "hard to … bullish" },
  // in a quote, the instrument that moves is the subject: its price going up is bullish
  { text: "Gold could climb further as central banks keep buying.", stance: "bullish", cue: "gold climb" },
  { text: "Oil prices are likely to fall further into the winter.", stance: "bearish", cue: "oil prices fall" },
  // reversal: the move before the marker turns (or the one right after it)
  { text: "Every bounce in this market has been a selling opportunity.", stance: "bearish" },
  { text: "The selling in chip stocks looks overdone.", stance: "bullish" },
  { text: "We think the worst-case scenario now looks less likely.", stance: "bullish" },
  { text: "From these levels we see limited downside for the group.", stance: "bullish", cue: "downside … limited" },
  // bad news priced in, or not yet
  { text: "A lot of bad news is already priced in.", stance: "bullish" },
  { text: "The market has not priced in a recession yet.", stance: "bearish", cue: "recession" },
  // a clause denied as a whole
  { text: "We are not convinced the meeting will be a negative shock for stocks.", stance: "bullish" },
  // a contrast: what follows decides
  { text: "It was a strong week, but the rally is likely to fade.", stance: "bearish" },
  // neutral: no direction, questions, descriptions
  { text: "We don't know yet whether the next move is up or down.", stance: "neutral" },
  { text: "Is a recession coming? Nobody can say for sure.", stance: "neutral" },
  { text: "Markets will take their cue from Friday's payrolls report.", stance: "neutral" },
  { text: "We moved some money from bonds into cash last month.", stance: "neutral" },
];
