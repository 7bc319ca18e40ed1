// Quote extraction on whole passages (written for this project): attribution after the quote, split quotes,
// quotes continued over paragraphs, surname/pronoun/organisation speakers, unbalanced marks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLE_WORDS_BEFORE_RE, roleWordsBefore } from "../extractors/speakers.ts";
import { quote } from "../extractors/quote.ts";
import { extractionInput } from "../pipeline/extract.ts";
import type { Diagnostic } from "../schemas/record.ts";
import { readFileSync } from "node:fs";
import { processBytes } from "../pipeline/pipeline.ts";

const run = (body: string) => quote.extract(extractionInput(body));

describe("quote extractor", () => {
  it("splits a quote interrupted by its attribution into two facts with one speaker", () => {
    const body =
      "“Rate cuts are coming and small caps are the cheapest they have been in years,” said Tara Quinn, chief executive officer at Millbrook Asset Management. “That is why the rally has room to run.”";
    const facts = run(body);
    expect(facts).toHaveLength(2);
    for (const f of facts) {
      expect(f.speaker).toEqual({ name: "Tara Quinn", role: "chief executive officer", organization: "Millbrook Asset Management", entity: null });
      expect(body.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
      expect(f.evidence.text.startsWith("“")).toBe(true);
      expect(f.evidence.text.endsWith("”")).toBe(true);
    }
    expect(facts.map((f) => f.attribution)).toEqual(["explicit", "continuation"]);
    expect(facts[0]!.text).toBe("Rate cuts are coming and small caps are the cheapest they have been in years,");
    expect(facts[1]!.stance).toBe("bullish");
  });

  it("reads “…,” X, ROLE at ORG, said in a note.", () => {
    const [f] = run("“We expect the selloff in long bonds to continue,” Ivo Sandler, head of rates at Corvid Securities, said in a note.");
    expect(f!.speaker.name).toBe("Ivo Sandler");
    expect(f!.speaker.role).toBe("head of rates");
    expect(f!.speaker.organization).toBe("Corvid Securities");
    expect(f!.stance).toBe("bearish");
  });

  it("reads said X, who manages … at ORG", () => {
    const [f] = run("“Energy names still look attractive after the pullback,” said Rosa Delgado, who manages $3 billion at Tidewell Capital.");
    expect(f!.speaker).toMatchObject({ name: "Rosa Delgado", role: null, organization: "Tidewell Capital" });
  });

  it("resolves surnames, pronouns and organisations to speakers introduced earlier", () => {
    const body = [
      "Consensus forecasts show a strong recovery in profits, according to an analysis by Harlow Capital Markets. Estimates are rising, strategists led by Mina Okafor found.",
      "“This measure of breadth has improved for most of the year and now favours smaller companies,” Okafor noted. Harlow has “become more comfortable adding to cyclical names after the data.”",
      "Ben Carter, portfolio strategist at Ashgrove Investment Managers, is more cautious. “We are not chasing this move at all,” he said.",
    ].join("\n\n");
    const facts = run(body);
    expect(facts.map((f) => [f.speaker.name, f.speaker.role, f.speaker.organization, f.attribution])).toEqual([
      ["Mina Okafor", "strategist", "Harlow Capital Markets", "surname"],
      ["Harlow Capital Markets", null, "Harlow Capital Markets", "organization"],
      ["Ben Carter", "portfolio strategist", "Ashgrove Investment Managers", "pronoun"],
    ]);
    expect(facts[2]!.stance).toBe("bearish");
  });

  it("gives a quote continued over paragraphs one fact per paragraph, all with one speaker", () => {
    const body = "“Inflation is cooling faster than expected,” said Lars Eng, chief economist at Nordvik Bank. “The central bank can start cutting soon.\n\n“That should help housing stocks recover.”";
    const facts = run(body);
    expect(facts).toHaveLength(3);
    expect(facts.map((f) => f.evidence.text)).toEqual([
      "“Inflation is cooling faster than expected,”",
      "“The central bank can start cutting soon.",
      "“That should help housing stocks recover.”",
    ]);
    expect(facts[2]!.text).toBe("That should help housing stocks recover.");
    expect(facts.map((f) => f.attribution)).toEqual(["explicit", "continuation", "continuation"]);
    for (const f of facts) expect(f.speaker.name).toBe("Lars Eng");
  });

  it("takes a continued quote's speaker from any of its paragraphs", () => {
    const body = [
      "Yara Okonjo, head of rates at Dunlin Partners, thinks the curve will steepen. Other strategists disagree.",
      "“Supply is the story nobody wants to talk about.",
      "“Deficits are not shrinking, and buyers will demand more to hold duration.",
      "“That is why we are short the long end,” Okonjo said.",
    ].join("\n\n");
    const facts = run(body);
    expect(facts.map((f) => f.evidence.text)).toEqual([
      "“Supply is the story nobody wants to talk about.",
      "“Deficits are not shrinking, and buyers will demand more to hold duration.",
      "“That is why we are short the long end,”",
    ]);
    expect(facts.map((f) => f.attribution)).toEqual(["surname", "continuation", "continuation"]);
    for (const f of facts) expect(f.speaker).toMatchObject({ name: "Yara Okonjo", role: "head of rates", organization: "Dunlin Partners" });
  });

  it("prefers the subject of the sentence before over the speaker named last for he/she", () => {
    const body =
      "“Tariffs are a tax on margins,” said Paolo Renzetti, a strategist at Corve Bank. Hanne Lyngstad, chief economist at Birchmoor Capital, sees it differently. Lyngstad said she expects retailers to absorb most of the cost. “Consumers will not see much of it,” she said.";
    const facts = run(body);
    expect(facts[1]!.speaker).toMatchObject({ name: "Hanne Lyngstad", role: "chief economist", organization: "Birchmoor Capital" });
  });

  it("resolves a team and its lead; a firm named in full keeps its full name", () => {
    const body = [
      "Strategists at Ombry & Co. led by Kasimir Lindqvist-Moe held their target. “We see no reason to chase the rally from here,” they wrote.",
      "Ombry analysts said in a separate report that “earnings breadth is the best it has been in two years.”",
    ].join("\n\n");
    const facts = run(body);
    expect(facts.map((f) => [f.speaker.name, f.speaker.role, f.speaker.organization])).toEqual([
      ["Kasimir Lindqvist-Moe", "strategist", "Ombry & Co."],
      ["Ombry & Co.", "analysts", "Ombry & Co."],
    ]);
  });

  it("drops a place after the firm", () => {
    const [f] = run("“Peripheral bonds still offer the best carry in Europe,” said Mirela Santangelo, a rates analyst at Brisca Partners in Milan.");
    expect(f!.speaker.organization).toBe("Brisca Partners");
  });

  it("leaves an unattributed quote's speaker null", () => {
    const [f] = run("Markets drifted lower.\n\n“Nobody wants to take a big position before the jobs report comes out.”");
    expect(f!.attribution).toBe("unresolved");
    expect(f!.speaker.name).toBeNull();
  });

  it("skips unbalanced marks without throwing", () => {
    expect(() => run("“Stocks are cheap, said one trader. ” ” “ and then “nothing at all")).not.toThrow();
    expect(run("Shares slid “as traders fled to safety and stayed there for the day.")).toEqual([]);
  });

  it("gives a partial quote in the same sentence as an attributed one (“…,” wrote X, adding that “…”) the same speaker", () => {
    const body =
      "“Cooler prices are good news for bonds,” wrote Selma Haugen, head of macro at Trelawny Asset Management, adding that “a slower pace of inflation does not mean the hiking cycle is over.”";
    const facts = run(body);
    expect(facts.map((f) => [f.speaker.name, f.speaker.organization, f.attribution])).toEqual([
      ["Selma Haugen", "Trelawny Asset Management", "explicit"],
      ["Selma Haugen", "Trelawny Asset Management", "continuation"],
    ]);
  });

  it("reads “That “…”” after an attributed quote as the same speaker, but not a fragment after someone else’s sentence", () => {
    const body =
      "“Energy costs can push the headline rate to a new high,” said Dario Benn, senior portfolio manager at Ashcombe Funds. That “could unsettle markets by pushing back any hope of an early pause.”\n\nRetail investors kept buying what brokers describe as “the dip that never ends” in chipmakers.";
    const facts = run(body);
    expect(facts).toHaveLength(2);
    expect(facts[1]!.speaker.name).toBe("Dario Benn");
    expect(facts[1]!.text).toBe("could unsettle markets by pushing back any hope of an early pause.");
  });

  it("closes a quote whose closing mark was left out before “, he said. “…” and reports the unbalanced mark", () => {
    const body =
      "Li Wen, portfolio manager at Sandmoor Asset Management, pointed to the data.\n\n“Prices are cooling while payrolls keep growing, he said. “Talk of a downturn has faded a lot since spring.”";
    const diagnostics: Diagnostic[] = [];
    const facts = quote.extract(extractionInput(body), diagnostics);
    expect(facts.map((f) => f.evidence.text)).toEqual(["“Prices are cooling while payrolls keep growing,", "“Talk of a downturn has faded a lot since spring.”"]);
    for (const f of facts) expect(f.speaker).toMatchObject({ name: "Li Wen", role: "portfolio manager", organization: "Sandmoor Asset Management" });
    expect(diagnostics.map((d) => [d.rule, d.start])).toEqual([["quote.unbalanced", body.indexOf("“Prices")]]);
  });

  it("reports a quotation mark never closed as a diagnostic, never as an exception", () => {
    const diagnostics: Diagnostic[] = [];
    const body = "Shares slid “as traders fled to safety and stayed there for the day.";
    expect(quote.extract(extractionInput(body), diagnostics)).toEqual([]);
    expect(diagnostics).toMatchObject([{ severity: "info", rule: "quote.unbalanced", start: body.indexOf("“") }]);
  });

  it("leaves “…,” said one source unresolved instead of carrying the speaker before", () => {
    const body = "“The pact is about lower fees,” said Ana Reis, a trade official.\n\n“It is not aimed against any one country,” said one person familiar with the talks.";
    const facts = run(body);
    expect(facts.map((f) => [f.speaker.name, f.attribution])).toEqual([
      ["Ana Reis", "explicit"],
      [null, "unresolved"],
    ]);
  });

  it("resolves “she added” to the person quoted just before when no one else is named in between", () => {
    const body = [
      "Prime Minister Tomas Reyes thanked voters on Sunday.",
      "Speaking to reporters, Okafor said, “Faster growth is the only thing we expect from here.”",
      "“People understood what was at stake,” she added.",
    ].join("\n\n");
    const facts = run(body);
    expect(facts.map((f) => f.speaker.name)).toEqual(["Okafor", "Okafor"]);
  });

  it("finds no quote in the negative corpus article (titles, headlines, songs, scare quotes, a heading)", () => {
    const path = "corpus/negative-quotes-titles-and-scare-quotes.txt";
    const record = processBytes(path, readFileSync(path));
    expect(record.schema).toBe("news-signal/record@1");
    const body = "article" in record ? record.article.body : "";
    expect((body.match(/"/g) ?? []).length).toBeGreaterThan(40);
    expect(quote.extract(extractionInput(body))).toEqual([]);
  });

  it.each([
    ["a degree before the title", "“Our trial results keep improving,” said Maren Holt, Ph.D., Chief Medical Officer, Velora Therapeutics.", { role: "Chief Medical Officer", organization: "Velora Therapeutics" }],
    ["title, then firm", "“Demand for virtual care is rising,” said Tobias Grant, President and CEO, Medlink Health.", { role: "President and CEO", organization: "Medlink Health" }],
    ["title, then a place (no firm)", "“Calls have doubled since spring,” said Andre Lutz, police chief in Oakdale, Calif.", { organization: null }],
  ])("reads a press release's credit line: %s", (_case, body, expected) => {
    const [f] = run(body);
    expect(f!.speaker).toMatchObject(expected);
  });

  it("does not give a quote to the name after “, and said”: that name begins the speaker's next reported words", () => {
    const body =
      "The Northern Mills Association said the new duty “is arbitrary and unjustified,” and said Quebec “must answer in kind.” Exporters expect a long dispute.";
    const facts = run(body);
    expect(facts.map((f) => f.speaker.name)).not.toContain("Quebec");
    for (const f of facts) expect(body.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });

  it.each([
    ["a speech verb before the title", "The label doubled its store count last year. “Demand caught us by surprise,” says brand president Lena Sorvik.", { name: "Lena Sorvik", role: "brand president" }],
    ["a title word after the title (Designate)", "Harrowgate Data named a new chief on Monday. “Storage demand is turning for the better,” said CEO Designate Pavel Lindqvist in a statement.", { name: "Pavel Lindqvist", role: "CEO Designate" }],
    ["a relative clause after the name", "Tomas Riedel, who will step down as chairman in June, praised the board. “The group is in good hands,” Riedel said.", { name: "Tomas Riedel", role: null }],
  ])("keeps the role to the title words: %s", (_case, body, speaker) => {
    const [f] = run(body);
    expect({ name: f!.speaker.name, role: f!.speaker.role }).toEqual(speaker);
  });

  it("gives “it said” to the firm or body that spoke just before, not to one two paragraphs back", () => {
    const body =
      "Copper stocks in Shanghai warehouses fell for a third week, said Tarrant Capital. Spreads narrowed, it said.\n\n" +
      "“Buyers are returning before the holiday,” it added.\n\n" +
      "Port data also improved.\n\n" +
      "“Freight rates are the risk now,” it said.";
    const facts = run(body);
    expect(facts.map((f) => [f.text, f.speaker.name])).toEqual([
      ["Buyers are returning before the holiday,", "Tarrant Capital"],
      ["Freight rates are the risk now,", null],
    ]);
  });

  it("lets a firm that spoke answer “the analysts” only within its own paragraph", () => {
    const body =
      "0915 ET - Corvid Securities says the brewer's volumes look weak.\n\n" +
      "0940 ET - The retailer's margins should recover next year. “Costs are finally falling,” the analysts say.\n\n" +
      "1010 ET - Halden Bank expects a rebound in the miner. The analysts say in a note that output may rise, “helped by new pits.”";
    const facts = run(body);
    expect(facts.map((f) => [f.text, f.speaker.organization])).toEqual([
      ["Costs are finally falling,", null],
      ["helped by new pits.", "Halden Bank"],
    ]);
  });

  it("finds nothing in text without quotes", () => {
    expect(run("The S&P 500 gained 0.8% as yields slipped.")).toEqual([]);
  });
});

describe("role words before a name", () => {
  it("are what the pattern finds in the whole text", () => {
    const piece = fc.constantFrom("chief", "economist", "Fir", "Capital", "&", "-", " ", "  ", "\n", "(", ",", ".", "’s", "by", "7", "é");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((p) => p.join("")), (text) => {
        expect(roleWordsBefore(text)?.slice(0, 3) ?? null).toEqual(text.match(ROLE_WORDS_BEFORE_RE)?.slice(0, 3) ?? null);
      }),
      { numRuns: 5000 },
    );
  });
});
