import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { findSharedRuns } from "../pipeline/originality.ts";

const SHARED = "../shared/data";

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), "originality-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const REGISTRY = JSON.stringify({ instruments: [{ name: "Harbor Coastal Shipping Index", aliases: ["the Harbor Coastal Shipping Index"] }] });

function runsOf(project: Record<string, string | Buffer>, shared: Record<string, string | Buffer>) {
  const root = tree({ "extractors/instruments.json": REGISTRY, ...project });
  return findSharedRuns(root, tree(shared)).map((r) => `${r.file}:${r.line} [${r.wordCount}] ${r.words} <- ${r.source}`);
}

describe("check:originality", () => {
  const real = "Freight stocks slumped after the port strike dragged into a third week, traders said.";

  it("finds a copied sentence whatever its punctuation and case, with the line it starts on", () => {
    const runs = runsOf({ "corpus/a.txt": `Our own opening line.\nFREIGHT stocks slumped — after the port strike dragged into a third week; traders said!\n` }, { "news/x.md": real });
    expect(runs).toEqual(["corpus/a.txt:2 [14] freight stocks slumped after the port strike dragged into a third week traders said <- news/x.md"]);
  });

  it("reports nothing for text that shares only six words in a row", () => {
    expect(runsOf({ "test/a.test.ts": `// the port strike dragged into a fourth month` }, { "news/x.md": real })).toEqual([]);
  });

  it("finds a copy in JSON string values, in HTML text, in UTF-16 files and in gzipped shared pages", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Line one.\r\n${real}\r\n`, "utf16le")]);
    const runs = runsOf(
      {
        "corpus/labels/a.json": `{\n  "sentence": "${real}"\n}`,
        "corpus/b.html": `<p>Freight <b>stocks</b> slumped after the port strike dragged into a third week</p>`,
        "corpus/c.txt": utf16,
      },
      { "bench/page.html.gz": gzipSync(`<html><body><p>${real}</p></body></html>`) },
    );
    expect(runs).toEqual([
      "corpus/b.html:1 [12] freight stocks slumped after the port strike dragged into a third week <- bench/page.html.gz",
      "corpus/c.txt:2 [14] freight stocks slumped after the port strike dragged into a third week traders said <- bench/page.html.gz",
      "corpus/labels/a.json:2 [14] freight stocks slumped after the port strike dragged into a third week traders said <- bench/page.html.gz",
    ]);
  });

  it("compares neither markup, scripts and JSON keys nor the shared data's format documents", () => {
    const markup = `<meta name="viewport" content="width=device-width, initial-scale=1"><script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>`;
    const runs = runsOf(
      { "corpus/a.html": `<html><head>${markup}</head><body><p>Ours.</p></body></html>`, "corpus/labels/a.json": `{"instrument": null, "kind": "index", "direction": "up", "change": {"value": 1}}`, "README.md": "Labels give instrument kind direction change and value for each move." },
      { "wraps/page.html": `<html><head>${markup}</head><body></body></html>`, "wraps/labels.json": `{"instrument": null, "kind": "index", "direction": "up", "change": {"value": 1}}`, "wraps/LABELS.md": "Labels give instrument kind direction change and value for each move." },
    );
    expect(runs).toEqual([]);
  });

  it("accepts long registry names and wrap formulas but still finds the copied words around them", () => {
    const shared = { "wraps/w.md": "The Harbor Coastal Shipping Index rose 1.4% as of 4 p.m. New York time, its best day since the spring sell-off began." };
    expect(runsOf({ "corpus/a.txt": "Later the Harbor Coastal Shipping Index rose 2.2% as of 4 p.m. New York time on Friday." }, shared)).toEqual([]);
    expect(runsOf({ "corpus/a.txt": "The Harbor Coastal Shipping Index rose 2.2%, its best day since the spring sell-off began." }, shared)).toEqual([
      "corpus/a.txt:1 [9] its best day since the spring sell off began <- wraps/w.md",
    ]);
  });

  it("does not count escapes in source files or runs of short tokens such as regex ranges as prose", () => {
    const runs = runsOf(
      { "extractors/a.ts": `const RE = /[a-z][a-z]\\d[a-z][a-z]\\d/;\nconst s = "wrote in a note.\\n\\n\\n";` },
      { "news/x.md": "a z a z 0 9 a z a z 0 9. He wrote in a note n n n" },
    );
    expect(runs).toEqual([]);
  });
});

describe.skipIf(!existsSync(SHARED))(`project text against ${SHARED}`, () => {
  it("shares no run of seven words with the real articles kept for measuring", () => {
    const runs = findSharedRuns(process.cwd(), SHARED).map((r) => `${r.file}:${r.line} [${r.wordCount} words] ${r.words}  <- ${r.source}`);
    expect(runs).toEqual([]);
  }, 120_000);
});
