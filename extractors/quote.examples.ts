// Quote examples, all written for this project. The runner puts `context` (an earlier sentence that introduces the
// speaker, or the attribution itself) before `text` and `trailing` (an attribution after the quote) after it; the one
// fact found must span exactly `text`, marks included.
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
      context: "Jim Vale, head of cross-asset research at head of cross-asset research at the Lakemont Group, said:",
      text: "“Lower inflation gives the Fed room for a rate cut, which should support a broad rally.”",
      expect: { speaker: person("Jim Vale", "head of cross-asset research", "Lakemont Group"), attribution: "explicit", stance: "bullish" },
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
    // a quote running over paragraphs: one fact per paragraph (here the other part is too short to report)
    {
      context: "Owen Marsh, chief economist at Bellcourt Bank, said: “Not this time.\n\n",
      text: "“We no longer expect a soft landing, and factory output keeps contracting.”",
      expect: {
        text: "We no longer expect a soft landing, and factory output keeps contracting.",
        speaker: person("Owen Marsh", "chief economist", "Bellcourt Bank"),
        attribution: "continuation",
      },
    },
    {
      context: "Owen Marsh, chief economist at Bellcourt Bank, has cut his growth forecast twice since March.",
      text: "“Factory output is contracting and the slowdown is spreading to services.",
      trailing: "\n\n“Not this time,” he said.",
      expect: {
        text: "Factory output is contracting and the slowdown is spreading to services.",
        speaker: person("Owen Marsh", "chief economist", "Bellcourt Bank"),
        attribution: "pronoun",
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
    // attribution after the quote
    {
      text: "“We expect the selloff in long bonds to continue,”",
      trailing: " Ivo Sandler, head of rates at Corvid Securities, said in a note.",
      expect: { speaker: person("Ivo Sandler", "head of rates", "Corvid Securities"), attribution: "explicit", stance: "bearish" },
    },
    {
      text: "“Energy names still look attractive after the pullback,”",
      trailing: " said Rosa Delgado, who manages $3 billion at Tidewell Capital.",
      expect: { speaker: person("Rosa Delgado", null, "Tidewell Capital"), attribution: "explicit" },
    },
    // the firm written before the title and the name
    {
      context: "Harlow Ridge Securities analyst Dana Sobel raised her price target on the chipmaker. Sobel wrote:",
      text: "“Orders from data centers are running well ahead of what the guidance implies.”",
      expect: { speaker: person("Dana Sobel", "analyst", "Harlow Ridge Securities"), attribution: "surname" },
    },
    {
      text: "“The dividend cut was overdue, and the stock has already priced it in,”",
      trailing: " said Brackwell analyst Omar Haddad.",
      expect: { speaker: person("Omar Haddad", "analyst", "Brackwell"), attribution: "explicit" },
    },
    // a firm whose name opens with a word that is also a title word, and a name in capitals after an honorific
    {
      text: "“Talk of a ceasefire is lifting every currency in the region,”",
      trailing: " Bank Lindorf said in a note.",
      expect: { speaker: { name: "Bank Lindorf", role: null, organization: "Bank Lindorf", entity: null }, attribution: "organization" },
    },
    {
      text: "“Pipeline gas demand will keep growing for another decade,”",
      trailing: " Mr. ZHAO Wen Tao said.",
      expect: { speaker: person("ZHAO Wen Tao", null, null), attribution: "explicit" },
    },
    {
      context: "Kestrel Gas general manager Tom Birch said the new line would open in May.",
      text: "“The plant will double its output without adding a single truck to local roads,”",
      trailing: " Mr Birch said.",
      expect: { speaker: person("Tom Birch", "general manager", "Kestrel Gas"), attribution: "surname" },
    },
    {
      context: "Orrin Therapeutics announced the appointment of Maya Feld, M.D., as chief medical officer, effective March 3.",
      text: "“Our late-stage trials are where I can make the most difference,”",
      trailing: " Dr. Feld said.",
      expect: { speaker: person("Maya Feld", "chief medical officer", null), attribution: "surname" },
    },
    // a capitalised title after the firm's name, and the office used later for the same person
    {
      context: "Tamsin Foods Chief Financial Officer Leah Brandt told analysts on the call that demand had held up.",
      text: "“We expect input costs to ease in the second half,”",
      trailing: " the Tamsin Foods CFO added.",
      expect: { speaker: person("Leah Brandt", "Chief Financial Officer", "Tamsin Foods"), attribution: "pronoun" },
    },
    {
      context: "Norvian Prime Minister Elsa Brandvold met union leaders on Monday.",
      text: "“No one will lose a pension over this reform,”",
      trailing: " Brandvold said.",
      expect: { speaker: person("Elsa Brandvold", "Prime Minister", null), attribution: "surname" },
    },
    // a firm described before its name, and a firm described after it
    {
      text: "“Hiring has cooled, but layoffs are still rare,”",
      trailing: " said Nadia Okafor, chief economist at job search site Workhatch.",
      expect: { speaker: person("Nadia Okafor", "chief economist", "Workhatch"), attribution: "explicit" },
    },
    {
      text: "“Contract staffing is where the growth is this year,”",
      trailing: " said Arjun Mehra, Managing Director of Pellucid Corp, the owner of the careers site joblane.",
      expect: { speaker: person("Arjun Mehra", "Managing Director", "Pellucid Corp"), attribution: "explicit" },
    },
    // a title abbreviation is no sentence end
    {
      text: "“This cut will land hardest on rural hospitals,”",
      trailing: " Sen. Dana Sobel (D-Ore.) said at a rally.",
      expect: { speaker: person("Dana Sobel", "Sen", null), attribution: "explicit" },
    },
    // institutions whose names go on with "of", "for" or "on"
    {
      text: "“Freight rates have stopped falling, and that usually leads inventories by a quarter,”",
      trailing: " said Ines Varga, director of the Institute for Maritime Trade.",
      expect: { speaker: person("Ines Varga", "director", "Institute for Maritime Trade"), attribution: "explicit" },
    },
    {
      text: "“Regional lenders are more exposed to office loans than the stress tests assumed,”",
      trailing: " said Lena Hartwell, a vice president of the Commercial Bank of Tarsova.",
      expect: { speaker: person("Lena Hartwell", "vice president", "Commercial Bank of Tarsova"), attribution: "explicit" },
    },
    {
      text: "“Neither side wants the talks to collapse before the harvest,”",
      trailing: " said Tomas Reyes, a senior fellow at the Council on Pacific Affairs.",
      expect: { speaker: person("Tomas Reyes", "senior fellow", "Council on Pacific Affairs"), attribution: "explicit" },
    },
    // a relative clause after the role names an earlier employer, not the firm
    {
      text: "“Tariff rulings rarely move bond markets for long,”",
      trailing: " said Colm Brady, an economist at Larchfield University who worked at the Treasury and the Federal Reserve.",
      expect: { speaker: person("Colm Brady", "economist", "Larchfield University"), attribution: "explicit" },
    },
    {
      context: "Consensus forecasts show a strong recovery in profits, according to an analysis by Harlow Capital Markets. Estimates are rising, strategists led by Mina Okafor found.",
      text: "“This measure of breadth has improved for most of the year and now favours smaller companies,”",
      trailing: " Okafor noted.",
      expect: { speaker: person("Mina Okafor", "strategist", "Harlow Capital Markets"), attribution: "surname" },
    },
    {
      context: "Ben Carter, portfolio strategist at Ashgrove Investment Managers, is more cautious.",
      text: "“We are not chasing this move at all,”",
      trailing: " he said.",
      expect: { speaker: person("Ben Carter", "portfolio strategist", "Ashgrove Investment Managers"), attribution: "pronoun", stance: "bearish" },
    },
    // a place after the firm is no part of it
    {
      context: "Ingrid Solheim, a credit analyst at Marrowby & Finch in Lisbon, said:",
      text: "“Spreads can tighten further because new issuance has all but dried up.”",
      expect: { speaker: person("Ingrid Solheim", "credit analyst", "Marrowby & Finch"), attribution: "explicit" },
    },
    {
      text: "“Utilities are cheap for a reason, and that reason is not going away,”",
      trailing: " said Tomas Erhardt, a strategist at Vellmoor Bank based in Zurich.",
      expect: { speaker: person("Tomas Erhardt", "strategist", "Vellmoor Bank"), attribution: "explicit" },
    },
    {
      text: "“Rate-sensitive stocks will lead once the first cut is priced,”",
      trailing: " said Lidia Orsova, an economist at Pembry Securities in New York.",
      expect: { speaker: person("Lidia Orsova", "economist", "Pembry Securities"), attribution: "explicit" },
    },
    // "she" after a sentence whose subject is an earlier speaker, not the speaker named last
    {
      context:
        "Corinne Achebe-Laurent, head of credit at Palisade Row Advisers, expects defaults to climb. Felix Brandvold, a trader at Osterly Markets, said the selloff had been orderly. Achebe-Laurent said the worst is still ahead for junk bonds.",
      text: "“Lower-rated borrowers will struggle to refinance next year,”",
      trailing: " she said.",
      expect: { speaker: person("Corinne Achebe-Laurent", "head of credit", "Palisade Row Advisers"), attribution: "pronoun" },
    },
    // teams led by a named strategist: "they" and "the strategists" are the lead
    {
      context: "Strategists at Quillon & Co. led by Rafaela Mendonca-Sato moved to a steeper-curve view.",
      text: "“The curve will keep steepening as the term premium rebuilds,”",
      trailing: " they wrote.",
      expect: { speaker: person("Rafaela Mendonca-Sato", "strategist", "Quillon & Co."), attribution: "pronoun" },
    },
    {
      context: "Strategists at Harwick Securities led by Oren Blatchford wrote that they now favour Treasuries over bunds.",
      text: "\"Real yields in the US are simply too high for long-term investors to ignore,\"",
      trailing: " the strategists wrote.",
      expect: { speaker: person("Oren Blatchford", "strategist", "Harwick Securities"), attribution: "pronoun" },
    },
    // a firm that speaks stands for "the analysts" after it; "… for 2026 to 2028. The analysts" names no team "2028"
    {
      context:
        "0912 ET - Harwick Securities says the grocer's weak holiday quarter confirms its below-consensus profit forecasts for 2026 to 2028. The analysts also say in a note that price cuts will weigh on margins.",
      text: "\"We see little room for a rerating before the autumn,\"",
      trailing: " the analysts say.",
      expect: { speaker: { name: "Harwick Securities", role: "analysts", organization: "Harwick Securities", entity: null }, attribution: "organization" },
    },
    // a single name never introduced as a person, which the article speaks of as a firm
    {
      context:
        "Players of the game were told to reinstall it after a faulty update. A spokesperson for Ostrava did not answer questions on Tuesday. In a notice, Ostrava urged users to",
      text: "“restore the previous version from a backup.”",
      expect: { speaker: person("Ostrava", null, "Ostrava"), attribution: "organization" },
    },
    {
      context: "Tellmark Bank strategists led by Yusuf Adeyemi-Kerr cut their target on Monday.",
      text: "“Margins are peaking and buybacks will not carry the index much further,”",
      trailing: " the strategists wrote.",
      expect: { speaker: person("Yusuf Adeyemi-Kerr", "strategist", "Tellmark Bank"), attribution: "pronoun" },
    },
    // a firm named in full earlier keeps its full name when it speaks by a short name
    {
      context: "Strategists at Quillon & Co. led by Rafaela Mendonca-Sato turned cautious on credit. Quillon analysts said in a separate note that",
      text: "“spreads have rarely been this tight outside of a recession.”",
      expect: { speaker: person("Quillon & Co.", "analysts", "Quillon & Co."), attribution: "organization" },
    },
    {
      context: "Analysts at Fenmore Research said in a report that chip demand is holding up, and warned that",
      text: "“inventories at the big distributors are climbing faster than sales.”",
      expect: { speaker: person("Fenmore Research", "analysts", "Fenmore Research"), attribution: "organization" },
    },
    // a credit line after a dash, and a speaker who "pointed out"
    {
      context: ">",
      text: "“Funding rates have reset, and the market usually finds a floor quickly after that.”",
      trailing: " — Rhoswen Tallack, head of trading at Quarrymoor Digital",
      expect: { speaker: person("Rhoswen Tallack", "head of trading", "Quarrymoor Digital"), attribution: "explicit" },
    },
    {
      context: "“Banks look cheap,” said Anton Vessler, a strategist at Greybrook Partners. He pointed out that margins have held up —",
      text: "“and the market keeps pricing them as if they had not.”",
      expect: { speaker: person("Anton Vessler", "strategist", "Greybrook Partners"), attribution: "pronoun" },
    },
    // a scare quote earlier in the sentence does not hide the speaker before it
    {
      context: "Noor Haddad, chief market strategist at Pellham Bank, says traders are betting on a “goldilocks” payrolls report that is",
      text: "“strong enough to calm growth fears but soft enough for the Fed.”",
      expect: { speaker: person("Noor Haddad", "chief market strategist", "Pellham Bank"), attribution: "explicit" },
    },
    // "the firm" in a role points back at the firm named before
    {
      context:
        "Ostmark & Co. sees a mild recession next year. Profits will suffer, wrote Ilse Varga, lead portfolio manager of the firm’s pension arm.\n\n",
      text: "“That is a harsher outcome than a simple earnings miss,”",
      trailing: " she noted.",
      expect: { speaker: person("Ilse Varga", "lead portfolio manager of the firm’s pension arm", "Ostmark & Co."), attribution: "pronoun" },
    },
    // a title in capitals before the name, and a colon after a sentence with no speech verb
    {
      context: "Despite the strong quarter, Corvane’s executive chairman Bastian Rolle remains cautious:",
      text: "“It is too early to call a turn in demand for luxury goods.”",
      expect: { speaker: { name: "Bastian Rolle", role: "executive chairman" }, attribution: "explicit", rule: "quote.subject-colon" },
    },
    {
      text: "“Investors are paying up for growth they have not seen yet,”",
      trailing: " said Trillby.com Research Lead Imre Kostka.",
      expect: { speaker: person("Imre Kostka", "Research Lead", "Trillby.com"), attribution: "explicit" },
    },
    {
      context: "President and CFO Odile Ferrant outlined the plan to move assembly back home:\n\n",
      text: "“We are committed to building our trucks in this country and hiring here.”",
      expect: { speaker: { name: "Odile Ferrant", role: "President and CFO" }, attribution: "explicit" },
    },
    // the circumstances after the name are no part of the speaker
    {
      text: "“This result belongs to every voter who turned out,”",
      trailing: " said Ravi Kesh in response to the count on Saturday.",
      expect: { speaker: person("Ravi Kesh", null, null), attribution: "explicit" },
    },
    // a surname whose full name came with a title, not as a speaker
    {
      context: "Prime Minister Halvard Strom met the central bank governor on Monday.",
      text: "“We will not let the currency become a one-way bet,”",
      trailing: " Strom said.",
      expect: { speaker: { name: "Halvard Strom" }, attribution: "surname" },
    },
    // name particles and initials
    {
      text: "“Europe needs more private capital in its data centres,”",
      trailing: " added Margit von der Aa, speaking at the summit.",
      expect: { speaker: { name: "Margit von der Aa" }, attribution: "explicit" },
    },
    {
      context: "Vice President T.J. Harlan spoke at the forum in Geneva.",
      text: "“We will make sure the most capable chips are built at home,”",
      trailing: " Harlan added.",
      expect: { speaker: { name: "T.J. Harlan", role: "Vice President" }, attribution: "surname" },
    },
    // an organisation named as "the X", a firm by its single name, and "the CEO"
    {
      text: "“The panel was concerned about the oversight of the trial’s marketing,”",
      trailing: " the PAAB said.",
      expect: { speaker: person("PAAB", null, "PAAB"), attribution: "organization" },
    },
    {
      context: "Brokerages were split on the lender’s outlook after the results.",
      text: "“Margins held up despite a tough quarter for the whole sector,”",
      trailing: " stated Kestrelgate, underscoring the bank’s low funding costs.",
      expect: { speaker: { name: "Kestrelgate" } },
    },
    {
      context: "CEO Lorna Quist spoke after the results. Software sales doubled.",
      text: "“A new kind of platform company has emerged,”",
      trailing: " declared the CEO.",
      expect: { speaker: { name: "Lorna Quist" }, attribution: "pronoun" },
    },
    // a surname after the firm’s possessive, a date clause before the speaker, a regional title before the name
    {
      context: "Lenders rallied after the update. Eastcote Bank’s Halloway commented:",
      text: "“We see the new pricing model as a lever for volumes and for margins.”",
      expect: { speaker: { name: "Halloway", organization: "Eastcote Bank" } },
    },
    {
      context: "In March 2011, Odalys Brenner wrote in a letter to investors:",
      text: "“The problem with every currency is the trust it takes to make it work.”",
      expect: { speaker: person("Odalys Brenner", null, null), attribution: "explicit" },
    },
    {
      context: "Ontario Premier Mathis Cordeau said the province could tax its power exports.",
      text: "“We have to be careful with our neighbours,”",
      trailing: " Cordeau added.",
      expect: { speaker: { name: "Mathis Cordeau", role: "Premier" }, attribution: "surname" },
    },
    // "he" after a sentence whose speaker was named with a lower-case title inside a longer phrase
    {
      context: "“Cut The Cent Now,” argued a 2013 essay by economist Pell Arundel for a policy institute.",
      text: "“Life would be simpler without the smallest coins,”",
      trailing: " he wrote.",
      expect: { speaker: person("Pell Arundel", "economist", null), attribution: "pronoun" },
    },
    // a long appositive after the quote: the words before its first comma name the speaker; a pronoun after a clause
    {
      text: "“Treating young children is a balancing act between care and a normal school life,”",
      trailing:
        " lead investigator Noor Vasquez, director of the Paediatric Care Centre, Linden Hospital at Halvorsen University in Oslo, Norway, said in a press release.",
      expect: { speaker: { name: "Noor Vasquez", role: "lead investigator" }, attribution: "explicit" },
    },
    {
      context: "Kavin Rao, head of the country unit, said suppliers need cheaper capital.",
      text: "\"We had very frank talks with the ministry and they want to take them forward\"",
      trailing: " with other departments, he said.",
      expect: { speaker: { name: "Kavin Rao" }, attribution: "pronoun" },
    },
    {
      text: "“They are going to buy a lot of our gas,”",
      trailing: " said Halberd as he met the visiting premier.",
      expect: { speaker: { name: "Halberd" } },
    },
    // the subject of the sentence before, past a long appositive
    {
      context:
        "Clinical investigator Pia Lund, MD, professor of cardiology at Arnholt University, director of the Heart Failure Programme at Arnholt Health, said in a press release.",
      text: "“Patients on the new therapy spent far fewer days in hospital than those on the standard one.”",
      expect: { speaker: { name: "Pia Lund" } },
    },
    // "he" after a paragraph whose subject is a person named with an appositive and a non-speech verb
    {
      context: "Teodor Mik, SVP, Research, at Halden Broking advised clients to stay selective.",
      text: "“Most sectors are taking turns to lead, but the smaller names still look stretched,”",
      trailing: " he said.",
      expect: { speaker: { name: "Teodor Mik", organization: "Halden Broking" }, attribution: "pronoun" },
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
    "Next Steps:\n\nIt is well worth considering who owns a company, but other factors matter even more, such as the risks we have flagged.",
    "The film “The Wolf Of Wall Street” drew a fresh wave of retail traders to options.",
    "Shares of the broadcaster rose after its show “Shark Tank” was renewed for two more seasons.",
    "Strategists nicknamed the stocks the “Magnificent Seven” long before the rally broadened.",
    "The newsletter’s headline read “Fed Holds Rates, Signals Patience On Cuts” on Wednesday.",
  ],
};
