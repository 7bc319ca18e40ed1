// Examples of fund flows, written for this project. Evidence runs from the fund (or the investors who move the money)
// to the last part of the fact that is stated: amount, flow noun, rank or period.
import type { DraftOf, Examples } from "./types.ts";

export const examples: Examples<DraftOf<"fund_flow">> = {
  positive: [
    {
      context: "Small caps rallied hard, and",
      text: "the largest exchange-traded fund that tracks the Russell posted the second-largest inflows among bond and stock ETFs last week",
      expect: {
        fund: { name: "iShares Russell 2000 ETF", ticker: "IWM", entity: null },
        direction: "inflow",
        amount: null,
        rank: 2,
        period: { kind: "week", count: 1, text: "last week" },
      },
    },
    {
      context: "Bond demand picked up as yields fell. The",
      text: "Vanguard Total Bond Market ETF drew $1.2 billion of inflows",
      expect: { fund: { name: "Vanguard Total Bond Market ETF", ticker: null }, direction: "inflow", amount: { amount: 1_200_000_000, currency: "USD" }, rank: null, period: null },
    },
    {
      text: "Investors pulled $500 million from the SPDR S&P 500 ETF Trust in the past five sessions",
      expect: {
        fund: { name: "SPDR S&P 500 ETF Trust", ticker: "SPY" },
        direction: "outflow",
        amount: { amount: 500_000_000, currency: "USD" },
        period: { kind: "sessions", count: 5, text: "in the past five sessions" },
      },
    },
    {
      context: "Tech lost its shine: the",
      text: "Invesco QQQ Trust saw outflows of $3.4 billion this month",
      expect: {
        fund: { name: "Invesco QQQ Trust Series 1", ticker: "QQQ" },
        direction: "outflow",
        amount: { amount: 3_400_000_000, currency: "USD" },
        period: { kind: "month", count: 1, text: "this month" },
      },
    },
    {
      context: "It was a rough stretch for the growth fund. The",
      text: "ARK Innovation ETF lost $2 billion in redemptions this year",
      expect: { fund: { name: "ARK Innovation ETF", ticker: "ARKK" }, direction: "outflow", amount: { amount: 2_000_000_000 }, period: { kind: "ytd", count: null, text: "this year" } },
    },
    {
      context: "In Hong Kong, the",
      text: "Harbour Tracker Fund took in US$3.4 billion",
      expect: { fund: { name: "Harbour Tracker Fund", ticker: null }, direction: "inflow", amount: { amount: 3_400_000_000, currency: "USD" }, period: null },
    },
    {
      text: "US stock funds had outflows of $10.2 billion in the week to Oct. 4",
      expect: { fund: { name: "US stock funds", ticker: null }, direction: "outflow", amount: { amount: 10_200_000_000 }, period: { kind: "week", count: 1 } },
    },
    {
      context: "Gold buyers were back. The",
      text: "SPDR Gold Shares (GLD) received inflows of $238 million on Tuesday",
      expect: { fund: { name: "SPDR Gold Shares", ticker: "GLD" }, direction: "inflow", amount: { amount: 238_000_000 }, period: { kind: "session", count: 1, text: "on Tuesday" } },
    },
    {
      text: "Traders poured $1.1 billion into the iShares 20+ Year Treasury Bond ETF year to date",
      expect: { fund: { name: "iShares 20+ Year Treasury Bond ETF", ticker: "TLT" }, direction: "inflow", amount: { amount: 1_100_000_000 }, period: { kind: "ytd", count: null, text: "year to date" } },
    },
    {
      context: "Crypto demand cooled.",
      text: "Grayscale Bitcoin Trust (GBTC) posted the biggest outflows among bitcoin funds this week",
      expect: { fund: { name: "Grayscale Bitcoin Trust", ticker: "GBTC" }, direction: "outflow", amount: null, rank: 1, period: { kind: "week", count: 1 } },
    },
    {
      context: "On the other side, the",
      text: "iShares Core S&P 500 ETF had $1.1 billion in outflows",
      expect: { fund: { name: "iShares Core S&P 500 ETF", ticker: "IVV" }, direction: "outflow", amount: { amount: 1_100_000_000 }, rank: null, period: null },
    },
    {
      text: "About $6.3 billion was poured into money-market funds in the latest week",
      expect: { fund: { name: "money-market funds" }, direction: "inflow", amount: { amount: 6_300_000_000 }, period: { kind: "week", count: 1 } },
    },
    {
      context: "ETF inflows were uneven on Thursday.",
      text: "Leveraged funds lost $410 million",
      expect: { fund: { name: "leveraged funds", ticker: null }, direction: "outflow", amount: { amount: 410_000_000, currency: "USD" } },
    },
    {
      context: "Ether products lagged, and the",
      text: "Northwind Ether Trust kept struggling with $58 million in outflows",
      expect: { fund: { name: "Northwind Ether Trust" }, direction: "outflow", amount: { amount: 58_000_000 } },
    },
    {
      context: "Bond demand was broad: the",
      text: "Corvid Short Duration ETF took in $310 million, the third-largest inflows",
      trailing: " among bond ETFs.",
      expect: { fund: { name: "Corvid Short Duration ETF" }, direction: "inflow", amount: { amount: 310_000_000, currency: "USD" }, rank: 3 },
    },
    {
      context: "Inflows were broad. The",
      text: "Meridian Value ETF added $90 million, ranking fifth",
      trailing: " for the week.",
      expect: { fund: { name: "Meridian Value ETF" }, direction: "inflow", amount: { amount: 90_000_000 }, rank: 5 },
    },
    {
      context: "Precious metals were bid. The",
      text: "Lakeshore Gold Trust drew $75 million last week, the biggest",
      trailing: " among precious-metals funds.",
      expect: { fund: { name: "Lakeshore Gold Trust" }, direction: "inflow", amount: { amount: 75_000_000 }, rank: 1, period: { kind: "week", count: 1, text: "last week" } },
    },
    {
      context: "Duration was dumped. The",
      text: "Harrow Long Treasury ETF posted the biggest outflows among bond ETFs, with $700 million",
      trailing: " pulled.",
      expect: { fund: { name: "Harrow Long Treasury ETF" }, direction: "outflow", amount: { amount: 700_000_000 }, rank: 1 },
    },
    {
      context: "Nordic stocks drew buyers. The",
      text: "Fjordline Nordic Equity UCITS ETF, which manages €4.5 billion, drew €120 million",
      trailing: ".",
      expect: { fund: { name: "Fjordline Nordic Equity UCITS ETF" }, direction: "inflow", amount: { amount: 120_000_000, currency: "EUR" }, rank: null },
    },
    {
      text: "Investors pulled $200 million from the ProShares UltraShort QQQ",
      trailing: " as tech rallied.",
      expect: { fund: { name: "ProShares UltraShort QQQ", ticker: null }, direction: "outflow", amount: { amount: 200_000_000 } },
    },
    {
      context: "The Kestrel Uranium Miners ETF rallied 6% this week.",
      text: "The fund took in $85 million",
      trailing: ".",
      expect: { fund: { name: "Kestrel Uranium Miners ETF" }, direction: "inflow", amount: { amount: 85_000_000 } },
    },
    {
      context: "The Quarry Bitcoin Trust ETF kept shrinking:",
      text: "it had $90 million of outflows",
      trailing: ".",
      expect: { fund: { name: "Quarry Bitcoin Trust ETF" }, direction: "outflow", amount: { amount: 90_000_000 } },
    },
  ],
  negative: [
    "The ARK Innovation ETF lost $2 billion in market value as its holdings slumped.",
    "CPI rose 3% in May.",
    "25% of respondents said they plan to buy more ETFs.",
    "The fund returned 12% this year.",
    "Short-term rates rose as investors pulled back from risk.",
    "The company agreed to the $68 billion deal last week.",
    "Profit rose to $2 billion in the quarter.",
    "About 25% of the $68 billion iShares Russell 2000 ETF’s free float is held short.",
    "The SPDR S&P 500 ETF Trust rose 2% last week.",
    "The iShares Russell 2000 ETF, which has $68 billion in assets, slipped 1%.",
    "Apple drew $1 billion in new orders for its bonds.",
    "Inflows into equity funds have slowed, strategists said.",
    "The fund took in $40 million.",
    "Hedge funds lost $3 billion, the biggest loss since 2020.",
    "The Harbour Bitcoin ETF, which manages $900 million, fell 2%.",
    "The Solent Ether ETN lost $20 million in value, the most since March.",
  ],
};
