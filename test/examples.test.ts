// The examples runner: every extractor's positive examples yield exactly one fact spanning the example with
// exactly the expected values; its negatives yield none. Failures say which kind.
import { describe, expect, it } from "vitest";
import { EXTRACTORS } from "../extractors/index.ts";
import type { Extractor, FactDraft, PositiveExample } from "../extractors/types.ts";
import { extractionInput } from "../pipeline/extract.ts";

/** Fields of `expected` that differ in `actual`, as dotted paths. */
function mismatches(expected: unknown, actual: unknown, path = ""): string[] {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== "object") return [`${path || "."}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) => mismatches(v, (actual as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return JSON.stringify(expected) === JSON.stringify(actual)
    ? []
    : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

export function runPositive(extractor: Extractor, example: PositiveExample<FactDraft>): string | null {
  const prefix = example.context ? `${example.context} ` : "";
  const body = prefix + example.text + (example.trailing ?? "");
  const facts = extractor.extract(extractionInput(body));
  const describeFacts = () => facts.map((f) => JSON.stringify(f.evidence.text)).join(", ");
  if (facts.length === 0) return "nothing found";
  const spanning = facts.filter((f) => f.evidence.start === prefix.length && f.evidence.end === prefix.length + example.text.length);
  if (facts.length > 1) return `several results (${facts.length}): ${describeFacts()}`;
  if (spanning.length === 0) return `partial span: ${describeFacts()}`;
  const wrong = mismatches(example.expect, spanning[0]);
  return wrong.length ? `wrong value: ${wrong.join("; ")}` : null;
}

for (const extractor of EXTRACTORS) {
  describe(`${extractor.name} examples`, () => {
    it("has examples of both kinds", () => {
      expect(extractor.examples.positive.length).toBeGreaterThan(0);
      expect(extractor.examples.negative.length).toBeGreaterThan(0);
    });
    for (const example of extractor.examples.positive) {
      it(`finds: ${example.text.slice(0, 90)}`, () => {
        expect(runPositive(extractor, example as PositiveExample<FactDraft>)).toBeNull();
      });
    }
    for (const text of extractor.examples.negative) {
      it(`ignores: ${text.slice(0, 90)}`, () => {
        const found = extractor.extract(extractionInput(text)).map((f) => f.evidence.text);
        expect(found, "false facts").toEqual([]);
      });
    }
  });
}
