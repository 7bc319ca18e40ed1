// Examples of short-interest statements, written for this project. Evidence runs from the percentage (or the
// instrument) to the end of what states the fact, the data provider included when it closes a one-item sentence.
import type { DraftOf, Examples } from "./types.ts";

export const examples: Examples<DraftOf<"short_interest">> = {
  positive: [
    {
      text: "Around 14% of the $4 billion SPDR S&P Regional Banking ETF’s free float is currently held short, according to data from IHS Markit",
      expect: {
        instrument: { name: "SPDR S&P Regional Banking ETF", kind: "etf", ticker: "KRE", entity: null },
        percentOfFloat: 14,
        basis: "float",
        qualifier: "about",
        source: "IHS Markit",
      },
    },
    {
      text: "Short interest in Peloton Interactive rose to 3.4% of its float, according to Ortex",
      expect: { instrument: { name: "Peloton Interactive", kind: "stock", ticker: null }, percentOfFloat: 3.4, basis: "float", qualifier: null, source: "Ortex" },
    },
    {
      text: "Short interest in the SPDR S&P 500 ETF Trust stands at 8.2% of shares outstanding, according to data compiled by Markit",
      expect: {
        instrument: { name: "SPDR S&P 500 ETF Trust", kind: "etf", ticker: "SPY" },
        percentOfFloat: 8.2,
        basis: "shares_outstanding",
        source: "Markit",
      },
    },
    {
      text: "GameStop Corp. has short interest of 22% of its float",
      expect: { instrument: { name: "GameStop Corp.", kind: "stock" }, percentOfFloat: 22, basis: "float", source: null },
    },
    {
      text: "Nearly 18% of Carvana’s shares outstanding are sold short, Ortex data show",
      expect: {
        instrument: { name: "Carvana", kind: "stock" },
        percentOfFloat: 18,
        basis: "shares_outstanding",
        qualifier: "nearly",
        source: "Ortex",
      },
    },
    {
      text: "More than 40% of the ARK Innovation ETF’s float has been sold short",
      expect: { instrument: { name: "ARK Innovation ETF", ticker: "ARKK" }, percentOfFloat: 40, qualifier: "more_than", source: null },
    },
    {
      context: "Among crypto funds, the",
      text: "Grayscale Bitcoin Trust (GBTC) has short interest of 6.5% of its float, per S3 Partners",
      expect: {
        instrument: { name: "Grayscale Bitcoin Trust", kind: "etf", ticker: "GBTC" },
        percentOfFloat: 6.5,
        basis: "float",
        source: "S3 Partners",
      },
    },
    {
      text: "Short interest in the Invesco QQQ Trust was 4.1% of float, according to FactSet",
      expect: { instrument: { name: "Invesco QQQ Trust Series 1", ticker: "QQQ" }, percentOfFloat: 4.1, source: "FactSet" },
    },
    {
      text: "Roughly 12% of the Vanguard Total Bond Market ETF’s float is held short",
      expect: { instrument: { name: "Vanguard Total Bond Market ETF", kind: "etf", ticker: null }, percentOfFloat: 12, qualifier: "about" },
    },
    {
      text: "Beyond Meat had 20.5 million shares sold short as of March 15, or 31% of its float",
      expect: { instrument: { name: "Beyond Meat", kind: "stock" }, percentOfFloat: 31, basis: "float" },
    },
    {
      context: "Bearish bets on small caps have piled up.",
      text: "About 19% of the iShares Russell 2000 ETF’s shares are shorted, according to data from S3 Partners",
      expect: { instrument: { ticker: "IWM" }, percentOfFloat: 19, basis: "shares_outstanding", source: "S3 Partners" },
    },
    {
      text: "About 12% of the free float of the Marlow Regional Lenders ETF is now held short, according to Ortex",
      expect: { instrument: { name: "Marlow Regional Lenders ETF", kind: "etf" }, percentOfFloat: 12, basis: "float", qualifier: "about", source: "Ortex" },
    },
    {
      text: "Short interest in Pemberton Foods Inc., a snack maker, amounts to 19% of its float, S3 Partners data show",
      expect: { instrument: { name: "Pemberton Foods Inc.", kind: "stock" }, percentOfFloat: 19, basis: "float", source: "S3 Partners" },
    },
    {
      context: "Calloway Robotics Corp. jumped 9% on Monday.",
      text: "About 22% of its float is held short",
      trailing: ".",
      expect: { instrument: { name: "Calloway Robotics Corp.", kind: "stock" }, percentOfFloat: 22, basis: "float", source: null },
    },
    {
      context: "The Harrow Long Treasury ETF slid 2% this week.",
      text: "Short interest in the long-dated fund stands at only 9% of shares outstanding",
      trailing: ".",
      expect: { instrument: { name: "Harrow Long Treasury ETF", kind: "etf" }, percentOfFloat: 9, basis: "shares_outstanding" },
    },
    {
      text: "About 14% of the float of the Direxion Daily Lithium Bear 2X Shares is sold short",
      trailing: ".",
      expect: { instrument: { name: "Direxion Daily Lithium Bear 2X Shares", kind: "etf" }, percentOfFloat: 14 },
    },
    {
      text: "Larch Media Inc. (LRM) remains the most-shorted name among small publishers at 14.2% of shares float",
      trailing: ".",
      expect: { instrument: { name: "Larch Media Inc.", ticker: "LRM" }, percentOfFloat: 14.2, basis: "float" },
    },
    {
      text: "Short interest as a percentage of float for Orrin Therapeutics stands at 23%, according to FactSet",
      trailing: ".",
      expect: { instrument: { name: "Orrin Therapeutics" }, percentOfFloat: 23, basis: "float", source: "FactSet" },
    },
    {
      context: "Brisk Freight Inc. slumped 14% after its outlook disappointed.",
      text: "Roughly 17% of the company’s float is held short, according to Ortex",
      trailing: ".",
      expect: { instrument: { name: "Brisk Freight Inc." }, percentOfFloat: 17, basis: "float", qualifier: "about", source: "Ortex" },
    },
    {
      text: "Short interest in the $9B Marlow Regional Lenders ETF is 11% of float, Markit data show",
      trailing: ".",
      expect: { instrument: { name: "Marlow Regional Lenders ETF" }, percentOfFloat: 11, basis: "float", source: "Markit" },
    },
    {
      text: "About 12% of Tamsin Outdoor Corp.’s float is held short, according to exchange data",
      trailing: ".",
      expect: { instrument: { name: "Tamsin Outdoor Corp." }, percentOfFloat: 12, qualifier: "about", source: "exchange data" },
    },
    {
      text: "Short interest in Quayside Retail Inc. stood at 16% of float as of March 15, according to Nasdaq",
      trailing: ".",
      expect: { instrument: { name: "Quayside Retail Inc." }, percentOfFloat: 16, basis: "float", source: "Nasdaq" },
    },
  ],
  negative: [
    "The retailer fell short of expectations, missing estimates by 5%.",
    "Short-term interest rates rose to 5.25% as short sellers waited.",
    "The Fed raised its interest rate by 0.25%, and short interest in bank stocks rose.",
    "About 40% of the company’s float is held short.",
    "The two firms had revenue growth of 12% and 8%, respectively, short sellers noted.",
    "CPI rose 3% in May.",
    "25% of respondents said they expect a recession this year.",
    "Data on Treasury futures shows hedge funds hold the most net short position since 2019.",
    "Short-term rates rose 0.2 percentage point.",
    "The fund returned 12% this year.",
    "About 15% of the company’s shares are held by insiders.",
    "Short sellers lost $2 billion on the rally, according to S3 Partners.",
    "The stock fell 25% after short seller Hindenburg Research published a report.",
    "Hedge funds shorted the euro as it fell 2% against the dollar.",
    "Profit rose to $2 billion, or 12% of sales.",
    "About 30% of its float is held short.",
    "Short sellers lost 12% of their capital in the sector.",
    "About 40% of the fund’s assets are in bonds, and short sellers are circling.",
  ],
};
