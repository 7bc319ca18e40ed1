// Bad input gets a typed error record, never a crash and never a silently empty record.
import { describe, expect, it } from "vitest";
import { processBytes } from "../pipeline/pipeline.ts";
import { OutputRecord } from "../schemas/record.ts";
import { GENEROUS_BUDGET_MS, processWithinBudget } from "./budget.ts";

const STORY = "Markets Wrap\n\nThe Nasdaq 100 fell 1.2% on Friday as chipmakers slid. Traders said the selloff had further to run.\n";

function codeOf(path: string, bytes: Uint8Array, maxBytes = 20 * 1024 * 1024): string {
  const record = processBytes(path, bytes, { maxBytes });
  expect(OutputRecord.safeParse(record).success).toBe(true);
  return record.schema === "news-signal/error@1" ? record.error.code : "RECORD";
}

describe("hostile inputs", () => {
  it("empty file → EMPTY", () => expect(codeOf("a.txt", new Uint8Array())).toBe("EMPTY"));
  it("whitespace only → EMPTY", () => expect(codeOf("a.txt", Buffer.from(" \n\t\r\n  "))).toBe("EMPTY"));
  it("NUL-laden bytes → BINARY", () => expect(codeOf("a.txt", Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))).toBe("BINARY"));
  it("a PDF named .txt → BINARY", () => expect(codeOf("report.txt", Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\n"))).toBe("BINARY"));
  it("over the size limit → TOO_LARGE", () => expect(codeOf("big.txt", Buffer.alloc(2048, 0x61), 1024)).toBe("TOO_LARGE"));
  it("a gzip bomb beyond the limit → TOO_LARGE", async () => {
    const { gzipSync } = await import("node:zlib");
    expect(codeOf("bomb.txt.gz", gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x61)), 1024 * 1024)).toBe("TOO_LARGE");
  });
  it("broken gzip → DECODE", () => expect(codeOf("x.txt.gz", Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]))).toBe("DECODE"));
  it("a page with no article text → NO_BODY", () =>
    expect(codeOf("login.html", Buffer.from("<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a></nav><form><input name=u></form></body></html>"))).toBe("NO_BODY"));

  it("a sign-in page whose only text is calls to action → NO_BODY", () =>
    expect(codeOf("signin.html", Buffer.from("<html><body><div><h2>Sign in to your account</h2><p>Not a member? Subscribe today</p><p>Forgot your password?</p></div></body></html>"))).toBe("NO_BODY"));

  it("UTF-16LE with BOM decodes to the same facts as UTF-8", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, "utf16le")]);
    const a = processBytes("a.txt", Buffer.from(STORY));
    const b = processBytes("a.txt", utf16);
    expect(a.schema).toBe("news-signal/record@1");
    expect(b.schema).toBe("news-signal/record@1");
    if (a.schema === "news-signal/record@1" && b.schema === "news-signal/record@1") {
      expect(b.article.body).toBe(a.article.body);
      expect(b.facts.length).toBeGreaterThan(0);
    }
  });

  it("Windows-1252 curly quotes and euro sign decode correctly", () => {
    const bytes = Buffer.from([...Buffer.from("Euro Note\n\nThe fund raised "), 0x80, ...Buffer.from("2 billion, a manager said: "), 0x93, ...Buffer.from("We are adding risk here."), 0x94, 0x0a]);
    const record = processBytes("cp.txt", bytes);
    expect(record.schema).toBe("news-signal/record@1");
    if (record.schema === "news-signal/record@1") expect(record.article.body).toContain("raised €2 billion, a manager said: “We are adding risk here.”");
  });

  it("a UTF-8 file cut inside a character keeps its text with a warning", () => {
    const bytes = Buffer.concat([Buffer.from(STORY + "Gold rose to €"), Buffer.from("€").subarray(0, 2)]);
    const record = processBytes("cut.txt", bytes);
    expect(record.schema).toBe("news-signal/record@1");
    expect(record.diagnostics.map((d) => d.rule)).toContain("read.truncated-utf8");
  });

  it("pathological strings finish and yield a record or an error", () => {
    const inputs = [
      "a".repeat(200_000),
      "1".repeat(50_000) + "%",
      "“".repeat(20_000),
      "The S&P 500 rose ".repeat(5_000),
      "$".repeat(30_000) + " billion",
      "<div>".repeat(30_000) + "The Dow fell 1%." + "</div>".repeat(30_000),
    ];
    for (const [i, text] of inputs.entries()) {
      const record = processBytes(i === 5 ? "deep.html" : "p.txt", Buffer.from(text));
      expect(OutputRecord.safeParse(record).success).toBe(true);
      expect(record.schema === "news-signal/error@1" ? record.error.code : "RECORD").not.toBe("INTERNAL");
    }
  });
});

// Each of these held the pipeline past the budget before its fix (a pattern or a scan quadratic in the length of a
// paragraph). Found by timing the pipeline on 50 KB and 200 KB paragraphs of one repeated token, for a few hundred
// tokens and pairs of tokens: the time should grow 4 times, and for these it grew 12 to 40 times.
describe("hostile inputs: paragraphs of one token repeated", () => {
  const MB = 1_000_000;
  const repeat = (token: string, chars: number) => token.repeat(Math.ceil(chars / token.length));
  const cases: [string, string][] = [
    ["capitalised title words before a name (firm-before-team pattern)", repeat("Chief Executive Officer ", MB) + 'Jo Park said: "We expect cuts."\n'],
    ["a name and firm repeated after 'said' (firm-before-team pattern)", '"We expect cuts," said ' + repeat("Jo Park of ", MB) + "Harlow.\n"],
    ["quotes in one paragraph (sentence scans, skipped quotes)", repeat('"Quote," ', MB) + "said Jo Park.\n"],
    ["a line of '@' (e-mail contact line)", repeat("@", MB) + "\n"],
    ["a line of '[' (reference link)", repeat("[", MB) + "\n"],
    ["bold markers after spaces (bold span)", repeat("**respectively ", 0.6 * MB) + "\n"],
    ["fund names (masking, overlap of fund mentions)", repeat("SPDR S&P 500 ETF Trust ", MB) + "\n"],
    ["one ticker (entity mentions)", repeat("IWM ", MB) + "\n"],
  ];
  for (const [what, text] of cases) {
    it(`${what}: a record or an error within the budget`, async () => {
      const outcomes = await processWithinBudget(["Stocks rose on Monday.\n\n" + text]);
      expect(outcomes).not.toBe("timeout");
      expect(outcomes).toHaveLength(1);
      expect(["RECORD", "NO_BODY"]).toContain((outcomes as string[])[0]);
    }, GENEROUS_BUDGET_MS + 10_000);
  }
});
