// Labelled sentences for the sentiment scorer, all written for this project (none copied from any data set).
import type { SentimentLabel } from "./sentiment.ts";

export interface SentimentExample {
  text: string;
  label: SentimentLabel;
}

export const sentimentExamples: SentimentExample[] = [
  { text: "Quarterly operating profit rose to 14 million euros from 9 million a year earlier.", label: "positive" },
  { text: "The group's net loss narrowed to 3 million dollars in the second quarter.", label: "positive" },
  { text: "Net sales fell 12% as demand for paper products weakened.", label: "negative" },
  { text: "Raw material costs rose sharply and squeezed the margin.", label: "negative" },
  { text: "Fourth-quarter revenue fell short of the company's own guidance.", label: "negative" },
  { text: "The board appointed a new chief financial officer effective next month.", label: "neutral" },
  { text: "The company operates 40 stores across three countries.", label: "neutral" },
  { text: "Analysts upgraded the shares to outperform, citing attractive valuations.", label: "positive" },
  { text: "Strategists turned bullish on small caps as rate cuts came into view.", label: "positive" },
  { text: "The selloff deepened as recession fears spread across credit markets.", label: "negative" },
  { text: "A hawkish central bank and rising yields are a headwind for equities.", label: "negative" },
  { text: "We are not chasing this rally at current levels.", label: "negative" },
  { text: "The outlook is no longer weak, and orders have started to recover.", label: "positive" },
  { text: "Investors remain optimistic about a strong recovery in travel demand.", label: "positive" },
  { text: "The index looks overbought and the downside risk is growing.", label: "negative" },
  { text: "The contract is worth about 5 million euros and runs for three years.", label: "neutral" },
  { text: "Order intake increased 18% year on year, driven by export markets.", label: "positive" },
  { text: "The lender plans temporary layoffs at two of its plants.", label: "negative" },
  { text: "Earnings per share improved to 0.42 from 0.31.", label: "positive" },
  { text: "The meeting will be held in Helsinki on Thursday afternoon.", label: "neutral" },
  { text: "Chipmakers underperformed the broader market for a third week.", label: "negative" },
  { text: "Management did not see any improvement, and the quarter was poor.", label: "negative" },
  { text: "Shares may gain slightly if the merger is approved.", label: "neutral" },
];
