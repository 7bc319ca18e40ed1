// Golden records: every corpus input's full emitted record equals its committed file under test/golden/.
// A change shows as a diff here; `npm run golden:update` rewrites them for review in the commit.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processFile } from "../pipeline/pipeline.ts";
import { serialize } from "../pipeline/emit.ts";
import { corpusFiles, goldenPath } from "./corpus-files.ts";

describe("golden records", () => {
  const files = corpusFiles();
  it("the corpus has at least 20 articles and its hostile inputs", () => {
    expect(files.filter((f) => !f.includes("/hostile/")).length).toBeGreaterThanOrEqual(20);
    expect(files.some((f) => f.includes("/hostile/"))).toBe(true);
  });
  for (const file of files) {
    it(file, async () => {
      const golden = goldenPath(file);
      expect(existsSync(golden), `${golden} is missing: run npm run golden:update`).toBe(true);
      expect(serialize(await processFile(file))).toBe(readFileSync(golden, "utf8"));
    });
  }
});
