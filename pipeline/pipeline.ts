// The stages, in order. Each is a function with a typed input and output; an input that cannot give a
// record ends as an error record, never as an exception out of the batch.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { ERROR_SCHEMA_ID, RECORD_SCHEMA_ID, type Diagnostic, type ErrorRecord, type KnowledgeRecord, type OutputRecord } from "../schemas/record.ts";
import { clean } from "./clean.ts";
import { InputError } from "./document.ts";
import { extract, extractionInput } from "./extract.ts";
import { DEFAULT_READ_OPTIONS, readBytes, type ReadOptions } from "./read.ts";
import { refine } from "./refine.ts";
import { segment } from "./segment.ts";
import { attachSources } from "./source-map.ts";
import { validateRecord, validFacts } from "./validate.ts";
import { PIPELINE_VERSION } from "./version.ts";

export const STAGES = ["read", "clean", "segment", "extract", "refine", "validate", "emit"] as const;
export type StageName = (typeof STAGES)[number];

export interface PipelineOptions extends ReadOptions {
  /** Called with each stage's wall time in ms (for the benchmark). */
  onStageTime?: (stage: StageName, ms: number) => void;
  /**
   * Per-article time budget in ms, checked between stages (an article past it becomes a TIMEOUT error record).
   * A stage that never returns cannot be stopped from inside; the worker pool enforces the hard limit.
   */
  timeoutMs?: number;
  /** The format when the input says it (NDJSON `html` vs `text`) rather than its path. */
  format?: "text" | "html";
}

export const DEFAULT_OPTIONS: PipelineOptions = { ...DEFAULT_READ_OPTIONS };

function timed<T>(stage: StageName, options: PipelineOptions, run: () => T, deadline = Infinity): T {
  if (performance.now() > deadline) throw new InputError("TIMEOUT", `time budget of ${options.timeoutMs} ms spent before the ${stage} stage`);
  if (!options.onStageTime) return run();
  const start = performance.now();
  try {
    return run();
  } finally {
    options.onStageTime(stage, performance.now() - start);
  }
}

export function errorRecord(
  path: string,
  code: ErrorRecord["error"]["code"],
  message: string,
  diagnostics: Diagnostic[] = [],
  source: Partial<ErrorRecord["source"]> = {},
): ErrorRecord {
  return {
    schema: ERROR_SCHEMA_ID,
    pipelineVersion: PIPELINE_VERSION,
    source: { path, format: source.format ?? null, bytes: source.bytes ?? null, sha256: source.sha256 ?? null },
    error: { code, message },
    diagnostics,
  };
}

/** One input's bytes through every stage but emit. */
export function processBytes(path: string, bytes: Uint8Array, options: PipelineOptions = DEFAULT_OPTIONS): OutputRecord {
  const diagnostics: Diagnostic[] = [];
  const reached: Reached = { source: { bytes: bytes.length } };
  try {
    return runStages(path, bytes, options, diagnostics, reached);
  } catch (error) {
    return failureRecord(path, error, diagnostics, reached.source);
  }
}

/** What is known of the input when a stage fails: the source as far as reading it got. */
interface Reached {
  source: Partial<ErrorRecord["source"]>;
}

// Apart from processBytes so that its error path is compiled on its own: V8 optimizes a rarely taken catch
// block without type feedback, and taking it then discarded the optimized code of every stage inlined beside it.
function runStages(path: string, bytes: Uint8Array, options: PipelineOptions, diagnostics: Diagnostic[], reached: Reached): OutputRecord {
  const deadline = options.timeoutMs === undefined ? Infinity : performance.now() + options.timeoutMs;
  const read = timed("read", options, () => readBytes(path, bytes, diagnostics, options));
  if (options.format) read.source.format = options.format;
  reached.source = read.source;
  const article = timed("clean", options, () => clean(read, diagnostics), deadline);
  if (article.body.trim().length === 0) throw new InputError("NO_BODY", "no article body found");
  const segmentation = timed("segment", options, () => segment(article.body), deadline);
  const drafts = timed("extract", options, () => extract(extractionInput(article.body, segmentation, article), diagnostics), deadline);
  const refined = timed("refine", options, () => refine(drafts, article.body, segmentation, diagnostics, article.publishedAt), deadline);
  attachSources(refined.facts, article, read.raw);
  return timed("validate", options, () => {
    const record: KnowledgeRecord = {
      schema: RECORD_SCHEMA_ID,
      id: createHash("sha256").update(article.body).digest("hex"),
      pipelineVersion: PIPELINE_VERSION,
      source: read.source,
      article,
      entities: refined.entities,
      facts: validFacts(refined.facts, diagnostics),
      signals: refined.signals,
      diagnostics,
    };
    const validation = validateRecord(record);
    return validation.ok ? validation.record : errorRecord(path, "INVALID", `record fails its schema: ${validation.message}`, diagnostics, read.source);
  }, deadline);
}

function failureRecord(path: string, error: unknown, diagnostics: Diagnostic[], source: Partial<ErrorRecord["source"]>): ErrorRecord {
  if (error instanceof InputError) return errorRecord(path, error.code, error.message, diagnostics, source);
  const e = error as Error;
  return errorRecord(path, "INTERNAL", `${e.name}: ${e.message}`, diagnostics, source);
}

export async function processFile(path: string, options: PipelineOptions = DEFAULT_OPTIONS): Promise<OutputRecord> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return errorRecord(path, "READ", `${path} is not a file`);
    if (info.size > options.maxBytes) return errorRecord(path, "TOO_LARGE", `input is ${info.size} bytes; the limit is ${options.maxBytes}`, [], { bytes: info.size });
    bytes = await readFile(path);
  } catch (error) {
    return errorRecord(path, "READ", `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return processBytes(path, bytes, options);
}
