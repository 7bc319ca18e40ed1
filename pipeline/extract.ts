// Stage 4: every extractor of the ordered configuration over the segmented body.
import { EXTRACTORS } from "../extractors/index.ts";
import type { ExtractionInput, Extractor, FactDraft } from "../extractors/types.ts";
import type { Diagnostic } from "../schemas/record.ts";
import type { Segmentation } from "./document.ts";
import { segment } from "./segment.ts";

export function extractionInput(
  body: string,
  segmentation: Segmentation = segment(body),
  article: ExtractionInput["article"] = { headline: null, publisher: null, publishedAt: null },
): ExtractionInput {
  return { body, article, ...segmentation };
}

export function extract(
  input: ExtractionInput,
  diagnostics: Diagnostic[],
  extractors: readonly Extractor[] = EXTRACTORS,
): FactDraft[] {
  const drafts: FactDraft[] = [];
  for (const extractor of extractors) {
    try {
      drafts.push(...extractor.extract(input, diagnostics));
    } catch (error) {
      // One extractor's bug must not cost the article its other facts.
      diagnostics.push({
        severity: "error",
        rule: `extract.${extractor.name}`,
        message: `extractor failed: ${(error as Error).message}`,
        start: null,
        end: null,
      });
    }
  }
  return drafts;
}

