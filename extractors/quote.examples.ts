// Quote examples, all written for this project. The runner puts `context` (an earlier sentence that introduces the
// speaker, or the attribution itself) before `text`; the one fact found must span exactly `text`, marks included.
import type { DraftOf, Examples } from "./types.ts";

const person = (name: string, role: string | null, organization: string | null) => ({ name, role, organization, entity: null });

export const examples: Examples<DraftOf<"quote">> = {
  positive: [
    {
      context: "Maria Lopez, chief investment officer at Harbor Ridge Capital, said:",
      text: "“Small caps look cheap against their own history and we keep adding to them.”",
      expect: { speaker: person("Maria Lopez", "chief investment officer", "Harbor Ridge Capital"), attribution: "explicit", stance: "bullish" },
    },
    {
      context: "According to Priya Nair, head of rates strategy at Westbrook Securities,",
      text: "“the bond market is pricing far too many cuts and a selloff in long maturities looks likely.”",
      expect: { speaker: person("Priya Nair", "head of rates strategy", "Westbrook Securities"), attribution: "according_to", stance: "bearish" },
    },
    {
      context: "Dan Whitford, a strategist at Elmstone Partners, wrote in a note:",
      text: "“Earnings revisions have turned higher and the recovery in cyclicals has further to run.”",
      expect: { speaker: person("Dan Whitford", "strategist", "Elmstone Partners"), attribution: "explicit", stance: "bullish" },
    },
    {
      context: "Halvard Bank strategists led by Sofia Brandt wrote:",
      text: "“We see downside for European banks as loan growth stalls and credit costs rise.”",
      expect: { speaker: person("Sofia Brandt", "strategist", "Halvard Bank"), attribution: "explicit", stance: "bearish" },
    },
    {
      context: "Hugh Hill, a strategist, said:",
      text: "“The rally in chipmakers still has room as orders keep improving.”",
      expect: { speaker: person("Hugh Hill", "strategist", null), attribution: "explicit", stance: "bullish" },
    },
    {
      context: "Lena Ortiz, senior economist at Crestline Research, expects two more hikes this year. Ortiz noted:",
      text: "“Wage growth is still far too hot for the central bank to pause, which is a headwind for stocks.”",
      expect: { speaker: person("Lena Ortiz", "senior economist", "Crestline Research"), attribution: "surname", stance: "bearish" },
    },
    {
      context: "Victor Hale, portfolio manager at Dunmore Funds, trimmed his bank holdings last month. He added:",
      text: "“I would rather wait for the recession fears to fade before buying again.”",
      expect: { speaker: person("Victor Hale", "portfolio manager", "Dunmore Funds"), attribution: "pronoun" },
    },
    {
      context: "Greta Solberg, head of equities at Fjordline Asset Management, has been adding miners since June. She said:",
      text: "“Commodity producers offer attractive dividends and strong balance sheets at these prices.”",
      expect: { speaker: person("Greta Solberg", "head of equities", "Fjordline Asset Management"), attribution: "pronoun", stance: "bullish" },
    },
    {
      context: "An analysis by Norland Capital Markets found margins holding up better than feared. Norland has",
      text: "“become more comfortable owning regional lenders after the latest earnings updates.”",
      expect: { speaker: person("Norland Capital Markets", null, "Norland Capital Markets"), attribution: "organization", stance: "bullish" },
    },
    {
      context: "Kestrel Partners analysts said:",
      text: "“Freight volumes are weak and the slowdown in orders points to another soft quarter.”",
      expect: { speaker: person("Kestrel Partners", "analysts", "Kestrel Partners"), attribution: "organization", stance: "bearish" },
    },
    {
      context: "Macro analysts at Fenwick Securities said:",
      text: "“The dollar is likely to stay firm while yields keep rising.”",
      expect: { speaker: person("Fenwick Securities", "analysts", "Fenwick Securities"), attribution: "organization" },
    },
    {
      context: "Rachel Kim, chief market strategist at Pinecrest Advisors, said:",
      text: "\"We are not buying this bounce, because the risks are still skewed to the downside.\"",
      expect: { speaker: person("Rachel Kim", "chief market strategist", "Pinecrest Advisors"), attribution: "explicit", stance: "bearish" },
    },
    {
      context: "Veteran investor Carl Jensen said the dollar surge is",
      text: "“likely to fade as growth cools in the coming months.”",
      expect: { speaker: person("Carl Jensen", "veteran investor", null), attribution: "explicit" },
    },
    {
      context: "Brightwater Capital’s Nina Patel said:",
      text: "“Credit spreads are tight but defaults remain low, so we are neutral on high yield for now.”",
      expect: { speaker: person("Nina Patel", null, "Brightwater Capital"), attribution: "explicit" },
    },
    {
      context: "Jim Vale, chief investment strategist at chief investment strategist at the Lakemont Group, said:",
      text: "“Lower inflation gives the Fed room for a rate cut, which should support a broad rally.”",
      expect: { speaker: person("Jim Vale", "chief investment strategist", "Lakemont Group"), attribution: "explicit", stance: "bullish" },
    },
    {
      context: "Paul Grant of Ridgeway Asset Management said:",
      text: "“Investors have become too optimistic about a quick pivot and could be disappointed.”",
      expect: { speaker: person("Paul Grant", null, "Ridgeway Asset Management"), attribution: "explicit" },
    },
    {
      context: "Elena Ruiz, co-head of multi-asset at Torvald Investments, told Bloomberg Television:",
      text: "“Bond yields are rising again and that is a real problem for expensive growth stocks.”",
      expect: { speaker: person("Elena Ruiz", "co-head of multi-asset", "Torvald Investments"), attribution: "explicit", stance: "bearish" },
    },
    {
      context: "Sam Ortega, head of equity strategy at Larkfield Securities:\n\n>",
      text: "Earnings estimates for next year are still too high and will have to come down, which leaves stocks vulnerable.",
      expect: { speaker: person("Sam Ortega", "head of equity strategy", "Larkfield Securities"), attribution: "explicit", rule: "quote.block-header" },
    },
    {
      context: "Ada Brook at Quayside Research:\n\n>",
      text: "“Consumers are spending strongly and the labour market is robust, so a recovery in retailers looks likely.”",
      expect: { speaker: person("Ada Brook", null, "Quayside Research"), attribution: "explicit", stance: "bullish" },
    },
    {
      context: "Owen Marsh, chief economist at Bellcourt Bank, said:",
      text: "“Factory output is contracting and the slowdown is spreading to services.\n\n“We no longer expect a soft landing.”",
      expect: {
        text: "Factory output is contracting and the slowdown is spreading to services. We no longer expect a soft landing.",
        speaker: person("Owen Marsh", "chief economist", "Bellcourt Bank"),
        attribution: "explicit",
        stance: "bearish",
      },
    },
    {
      context: "In a note on Friday, Lucy Tran, senior analyst at Oakhurst Partners, wrote:",
      text: "“Profit margins have held up well and guidance has improved across the sector.”",
      expect: { speaker: person("Lucy Tran", "senior analyst", "Oakhurst Partners"), attribution: "explicit", stance: "bullish" },
    },
    {
      context: "Mark Ellery, who runs the macro desk at Stonegate Markets, said the move was",
      text: "“a classic short squeeze rather than a change in the trend.”",
      expect: { speaker: person("Mark Ellery", null, "Stonegate Markets"), attribution: "explicit" },
    },
  ],
  negative: [
    "Economists worry about a so-called “soft landing” that never quite arrives.",
    "Traders are watching what strategists have dubbed “the great rotation trade of the year” with some interest.",
    "The fund’s latest letter, titled “Why Small Caps Still Matter Now,” went out on Friday.",
    "Her favourite song, “Here Comes The Sun Again,” played as the closing bell rang.",
    "The paper ran the headline “Stocks Slide As Yields Jump” on Tuesday morning.",
    "Analysts called it “a textbook bear market rally” in their weekly notes.",
    "The book \"The Patient Investor Returns Again\" sold well among retail traders.",
    "Markets were calm “as the session wore on and nobody moved much at all.",
    "Investors keep talking about a “wall of worry for the market” these days.",
    "A report known as “the monthly survey of fund managers” showed cash levels rising.",
    "Stocks rose as the “higher for longer” narrative faded into the weekend.",
  ],
};
