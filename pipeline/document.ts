// The document as it travels through the stages. Each stage reads what earlier stages set
// and adds its own part; diagnostics are collected here, never thrown.
import type { Article, Diagnostic, ErrorCode, Fact, Entity, Signal, Source, Span } from "../schemas/record.ts";
import type { FactDraft } from "../extractors/types.ts";

export type InputFormat = "text" | "html";

/** Stage 1 output: the decoded text of one input. */
export interface ReadResult {
  source: Source;
  /** Decoded text of the whole input (HTML markup included for html). */
  raw: string;
  encoding: string;
}

/** Stage 2 output: the article's body and metadata. */
export type CleanResult = Article;

export interface Sentence extends Span {
  paragraph: number;
  /** Index of the sentence within the whole body. */
  index: number;
}

/** Stage 3 output: where paragraphs and sentences lie in the body. */
export interface Segmentation {
  paragraphs: Span[];
  sentences: Sentence[];
}

export interface PipelineDocument {
  path: string;
  read?: ReadResult;
  article?: Article;
  segmentation?: Segmentation;
  drafts?: FactDraft[];
  facts?: Fact[];
  entities?: Entity[];
  signals?: Signal[];
  diagnostics: Diagnostic[];
  /** Set when a stage decides this input cannot give a record. */
  failure?: { code: ErrorCode; message: string };
}

export function diagnose(
  doc: { diagnostics: Diagnostic[] },
  severity: Diagnostic["severity"],
  rule: string,
  message: string,
  start: number | null = null,
  end: number | null = null,
): void {
  doc.diagnostics.push({ severity, rule, message, start, end });
}

/** Raised by a stage for an input that cannot give a record; the runner turns it into an error record. */
export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
