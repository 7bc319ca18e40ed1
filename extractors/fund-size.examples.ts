// Examples of fund sizes, written for this project. Evidence runs from the amount to the fund's name when the size
// stands before the name, else from the name to the amount or to "in assets".
import type { DraftOf, Examples } from "./types.ts";

export const examples: Examples<DraftOf<"fund_size">> = {
  positive: [
    {
      context: "Traders piled into the",
      text: "$70 billion iShares Russell 2000 ETF",
      expect: { fund: { name: "iShares Russell 2000 ETF", ticker: "IWM", entity: null }, assets: { amount: 70_000_000_000, currency: "USD" } },
    },
    {
      context: "Options activity picked up in the",
      text: "SPDR S&P 500 ETF Trust, which has $580 billion in assets",
      expect: { fund: { name: "SPDR S&P 500 ETF Trust", ticker: "SPY" }, assets: { amount: 580_000_000_000, currency: "USD" } },
    },
    {
      context: "Cathie Wood’s",
      text: "ARK Innovation ETF slid again on Tuesday, and the $6.2 billion fund",
      expect: { fund: { name: "ARK Innovation ETF", ticker: "ARKK" }, assets: { amount: 6_200_000_000, currency: "USD" } },
    },
    {
      context: "Demand for European credit lifted the",
      text: "Northwind Euro Corporate Bond Fund, with assets of €2.1 billion",
      expect: { fund: { name: "Northwind Euro Corporate Bond Fund", ticker: null }, assets: { amount: 2_100_000_000, currency: "EUR" } },
    },
    {
      context: "Tech bulls favor the",
      text: "$310 billion Invesco QQQ Trust Series 1",
      expect: { fund: { name: "Invesco QQQ Trust Series 1", ticker: "QQQ" }, assets: { amount: 310_000_000_000, currency: "USD" } },
    },
    {
      context: "Bond buyers have turned to the",
      text: "Vanguard Total Bond Market ETF, which manages about $120 billion in assets",
      expect: { fund: { name: "Vanguard Total Bond Market ETF", ticker: null }, assets: { amount: 120_000_000_000, currency: "USD" } },
    },
    {
      context: "Gold demand is visible in the",
      text: "SPDR Gold Shares (GLD), with $75 billion of assets",
      expect: { fund: { name: "SPDR Gold Shares", ticker: "GLD" }, assets: { amount: 75_000_000_000, currency: "USD" } },
    },
    {
      context: "Its biggest product, the",
      text: "$13.5 billion Harbor Large Cap Equity ETF (HLCE)",
      expect: { fund: { name: "Harbor Large Cap Equity ETF", ticker: "HLCE" }, assets: { amount: 13_500_000_000, currency: "USD" } },
    },
    {
      context: "Crypto inflows continued.",
      text: "iShares Bitcoin Trust’s assets rose to $52 billion",
      expect: { fund: { name: "iShares Bitcoin Trust", ticker: "IBIT" }, assets: { amount: 52_000_000_000, currency: "USD" } },
    },
    {
      context: "Among sector funds, the",
      text: "Energy Select Sector SPDR Fund ($38 billion in assets)",
      expect: { fund: { name: "Energy Select Sector SPDR Fund", ticker: "XLE" }, assets: { amount: 38_000_000_000, currency: "USD" } },
    },
    {
      context: "Regional lenders rallied, and the",
      text: "SPDR S&P Regional Banking ETF pulled in $300 million on Monday, bringing its total assets under management to $4.1 billion",
      expect: { fund: { name: "SPDR S&P Regional Banking ETF", ticker: "KRE" }, assets: { amount: 4_100_000_000, currency: "USD" } },
    },
    {
      context: "Water stocks had a good week, and the",
      text: "Northgate Clean Water ETF, the largest water-themed fund at roughly $3.4 billion",
      trailing: ", gained 1.2% on Monday.",
      expect: { fund: { name: "Northgate Clean Water ETF", ticker: null }, assets: { amount: 3_400_000_000, currency: "USD" } },
    },
    {
      context: "Among sterling bond funds, the",
      text: "Thamesbridge Gilt UCITS ETF, at £800 million",
      trailing: ", slipped 0.3%.",
      expect: { fund: { name: "Thamesbridge Gilt UCITS ETF" }, assets: { amount: 800_000_000, currency: "GBP" } },
    },
    {
      context: "Nordic stocks drew buyers. The",
      text: "Fjordline Nordic Equity UCITS ETF, which tracks large caps and manages €4.5 billion",
      trailing: ", rose 0.8%.",
      expect: { fund: { name: "Fjordline Nordic Equity UCITS ETF" }, assets: { amount: 4_500_000_000, currency: "EUR" } },
    },
    {
      context: "Leveraged tech bets were back in favor: the",
      text: "ProShares Ultra QQQ, which has about $8 billion in assets",
      trailing: ", jumped 4%.",
      expect: { fund: { name: "ProShares Ultra QQQ", ticker: null }, assets: { amount: 8_000_000_000, currency: "USD" } },
    },
    {
      context: "In London, the",
      text: "Solent Ether ETN reached £150 million in assets",
      trailing: " on Friday.",
      expect: { fund: { name: "Solent Ether ETN" }, assets: { amount: 150_000_000, currency: "GBP" } },
    },
    {
      context: "Silver demand is spreading to Europe, where the",
      text: "WisdomTree Alpine Silver ETP has grown to €1.9 billion",
      trailing: " this year.",
      expect: { fund: { name: "WisdomTree Alpine Silver ETP" }, assets: { amount: 1_900_000_000, currency: "EUR" } },
    },
    {
      context: "The Kestrel Uranium Miners ETF rallied 6% this week.",
      text: "The fund now holds $2.3 billion in assets",
      trailing: ", double its size a year ago.",
      expect: { fund: { name: "Kestrel Uranium Miners ETF" }, assets: { amount: 2_300_000_000, currency: "USD" } },
    },
    {
      context: "Short-dated debt stayed popular:",
      text: "Corvid Short Duration ETF drew $50 million of inflows, and its assets stand at $900 million",
      trailing: ".",
      expect: { fund: { name: "Corvid Short Duration ETF" }, assets: { amount: 900_000_000, currency: "USD" } },
    },
  ],
  negative: [
    "CPI rose 3% in May.",
    "The company agreed to the $68 billion deal on Monday.",
    "Profit rose to $2 billion in the second quarter.",
    "About 25% of the iShares Russell 2000 ETF’s free float is held short, according to data from S3 Partners.",
    "Investors pulled $500 million from the SPDR S&P 500 ETF Trust last week.",
    "The Vanguard Total Bond Market ETF drew $1.2 billion of inflows this month.",
    "The fund returned 12% this year.",
    "BlackRock, which manages $10 trillion in assets, cut its fees.",
    "The International Monetary Fund approved a $3 billion loan.",
    "Northern Trust, which oversees $1.4 trillion in assets, reported earnings.",
    "25% of respondents said they own the SPDR S&P 500 ETF Trust.",
    "The Harbour Bitcoin Strategy ETF, which holds $200 million of bitcoin futures, fell 3%.",
    "The Harbour Bitcoin Strategy ETF has $40 million of inflows this week.",
    "The fund now holds $2 billion in assets.",
    "Apple Shares, at $4 billion, is a made-up name.",
    "Holdings of the largest fund of its kind rose to a record.",
  ],
};
