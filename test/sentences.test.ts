import { describe, expect, it } from "vitest";
import { sentenceBounds } from "../pipeline/sentences.ts";

const split = (line: string) => sentenceBounds(line).map(([s, e]) => line.slice(s, e).trim());

describe("sentence boundaries", () => {
  const cases: [string, string[]][] = [
    ["Copper slid 2%. Nickel held steady.", ["Copper slid 2%.", "Nickel held steady."]],
    ["Did the rally fade? Not yet! Buyers stayed.", ["Did the rally fade?", "Not yet!", "Buyers stayed."]],
    ["The gauge ended at 4,512.25. It had opened lower.", ["The gauge ended at 4,512.25.", "It had opened lower."]],
    ["“We like duration here.” Rates fell after that.", ["“We like duration here.”", "Rates fell after that."]],
    ["She said it was “a buying moment.” Then she left.", ["She said it was “a buying moment.”", "Then she left."]],
    ["Volumes were thin (see the chart.) Prices drifted.", ["Volumes were thin (see the chart.)", "Prices drifted."]],
    ["The miner lost 3%. 2027 guidance was cut.", ["The miner lost 3%.", "2027 guidance was cut."]],
    ["Bids dried up... Then a late wave arrived.", ["Bids dried up...", "Then a late wave arrived."]],
    ["Its shares rose at Foo Holdings Inc. The stock is up 9% this year.", ["Its shares rose at Foo Holdings Inc.", "The stock is up 9% this year."]],
    ["said Ana Ruiz at Brightwater Partners Ltd. “The bid is real.”", ["said Ana Ruiz at Brightwater Partners Ltd.", "“The bid is real.”"]],
    ["Trading moved to the U.S. The session there was calm.", ["Trading moved to the U.S.", "The session there was calm."]],
    ["Margins widened in the quarter.Orders rose too.", ["Margins widened in the quarter.", "Orders rose too."]],
    ["Dr. Lena Park of Foo Co. Research spoke. Mr. Bell agreed.", ["Dr. Lena Park of Foo Co. Research spoke.", "Mr. Bell agreed."]],
    ["The U.S. Treasury sold notes at 3 p.m. Friday.", ["The U.S. Treasury sold notes at 3 p.m. Friday."]],
    ["Shares of Orchard Inc. rose 4% and J. R. Tanaka bought more.", ["Shares of Orchard Inc. rose 4% and J. R. Tanaka bought more."]],
    ["It ranked No. 2 by assets, vs. 5 a year ago, on Jan. 12 of the year.", ["It ranked No. 2 by assets, vs. 5 a year ago, on Jan. 12 of the year."]],
    ["Sales reached Rs. 4,100 crore, e.g. More than planned.", ["Sales reached Rs. 4,100 crore, e.g. More than planned."]],
    ["Visit www.ExampleFunds.com for terms and see Amazon.com Inc. filings.", ["Visit www.ExampleFunds.com for terms and see Amazon.com Inc. filings."]],
    ["“Is this the turn?” she asked. “Maybe.”", ["“Is this the turn?” she asked.", "“Maybe.”"]],
    ["It once traded as Delta Basket (D.B.) Holdings Ltd. in Haifa.", ["It once traded as Delta Basket (D.B.) Holdings Ltd. in Haifa."]],
    ["A heading with no stop", ["A heading with no stop"]],
  ];
  for (const [line, expected] of cases) {
    it(line, () => expect(split(line)).toEqual(expected));
  }

  it("finishes in linear time on long runs of terminators and spaces", () => {
    const line = `${".".repeat(200_000)} ${"? ".repeat(100_000)}a`;
    expect(sentenceBounds(line)).toEqual([[0, line.length]]);
  });
});
