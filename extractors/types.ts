// The contract every extractor keeps: one surface form (or one fact type) per file, a pattern built once
// at module level, `extract` returning what it found (an empty list means "not mine"), and examples beside it.
import type { Article, Diagnostic, Fact, FactType } from "../schemas/record.ts";
import type { Segmentation } from "../pipeline/document.ts";

type DistributiveOmit<T, K extends keyof any> = T extends unknown ? Omit<T, K> : never;

/** A fact before refinement: no id yet; entity links are filled in by the refine stage (extractors leave them null). */
export type FactDraft = DistributiveOmit<Fact, "id">;
export type DraftOf<T extends FactType> = Extract<FactDraft, { type: T }>;

/** What an extractor reads: the cleaned body, its segmentation and the article's metadata. */
export interface ExtractionInput extends Segmentation {
  body: string;
  article: Pick<Article, "headline" | "publisher" | "publishedAt">;
}

type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export interface PositiveExample<T> {
  /** Text that goes before `text` in the body (an earlier sentence that introduces a speaker, say); not part of the span. */
  context?: string;
  /** The example: the one fact found must span exactly this text. */
  text: string;
  /** Text that goes after `text` in the body (an attribution after a quote, say); not part of the span. */
  trailing?: string;
  /** Fields the fact must have, compared exactly; fields not named are not compared. */
  expect: DeepPartial<T>;
}

export interface Examples<T> {
  positive: PositiveExample<T>[];
  /** Texts that must yield no fact of this extractor. */
  negative: string[];
}

export interface Extractor<T extends FactType = FactType> {
  /** Names the rule family; each fact's `rule` starts with it. */
  name: string;
  type: T;
  /** `diagnostics` receives what the extractor noticed in the text (an unbalanced quotation mark, say). */
  extract(input: ExtractionInput, diagnostics?: Diagnostic[]): DraftOf<T>[];
  examples: Examples<DraftOf<T>>;
}
