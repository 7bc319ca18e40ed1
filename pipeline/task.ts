// One unit of batch work, the same in a worker thread and in-process: an input (a path to read, or the text of
// an NDJSON article) → its serialized record, or "unchanged" when the incremental check says so.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { FACT_TYPES } from "../schemas/record.ts";
import { serialize } from "./emit.ts";
import { DEFAULT_OPTIONS, errorRecord, processBytes, STAGES, type StageName } from "./pipeline.ts";

/** The fact types, in the order of TaskResult.facts. */
export { FACT_TYPES };

export interface BatchInput {
  /** The record's source.path: a file path, or the id of an NDJSON article. */
  path: string;
  /** The article's bytes when they came on stdin; absent for a file to read. */
  bytes?: Uint8Array;
  format?: "text" | "html";
  /** Why the input could not even be read (a malformed NDJSON line): it becomes a READ error record. */
  readError?: string;
}

export interface Task {
  seq: number;
  input: BatchInput;
  /** sha256 of the bytes that gave the existing output; equal bytes → skipped. */
  knownSha256?: string;
}

export interface TaskSettings {
  maxBytes: number;
  timeoutMs?: number;
  pretty: boolean;
  stageTimes: boolean;
}

export interface TaskResult {
  seq: number;
  /** The serialized record (pretty or one line, newline-terminated); null when skipped as unchanged. */
  output: string | null;
  errorCode: string | null;
  sha256: string | null;
  /** Fact counts in FACT_TYPES order. */
  facts: number[];
  /** Stage wall times in STAGES order, and the whole task's, when asked for. */
  stageMs?: number[];
  ms?: number;
}

function summarize(seq: number, record: ReturnType<typeof processBytes>, output: string, stageMs?: number[]): TaskResult {
  const facts = FACT_TYPES.map(() => 0);
  if (record.schema === "news-signal/record@1") for (const f of record.facts) facts[FACT_TYPES.indexOf(f.type)]!++;
  return {
    seq,
    output,
    errorCode: record.schema === "news-signal/error@1" ? record.error.code : null,
    sha256: record.source.sha256,
    facts,
    stageMs,
  };
}

async function inputBytes(input: BatchInput, maxBytes: number): Promise<Uint8Array | ReturnType<typeof errorRecord>> {
  if (input.readError !== undefined) return errorRecord(input.path, "READ", input.readError);
  if (input.bytes) return input.bytes;
  const path = input.path;
  try {
    const info = statSync(path);
    if (!info.isFile()) return errorRecord(path, "READ", `${path} is not a file`);
    // Checked before reading, so a 200 MB log named .html costs one stat, not a read.
    if (info.size > maxBytes) return errorRecord(path, "TOO_LARGE", `input is ${info.size} bytes; the limit is ${maxBytes}`, [], { bytes: info.size });
    return readFileSync(path);
  } catch (error) {
    return errorRecord(path, "READ", `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** One task; with settings.stageTimes, also its stage times and its whole wall time (read and serialization included). */
export async function runTask(task: Task, settings: TaskSettings): Promise<TaskResult> {
  if (!settings.stageTimes) return processTask(task, settings);
  const start = performance.now();
  const result = await processTask(task, settings);
  return { ...result, ms: performance.now() - start };
}

async function processTask(task: Task, settings: TaskSettings): Promise<TaskResult> {
  const { input } = task;
  const bytes = await inputBytes(input, settings.maxBytes);
  if (!(bytes instanceof Uint8Array)) return summarize(task.seq, bytes, serialize(bytes, settings.pretty));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 === task.knownSha256) return { seq: task.seq, output: null, errorCode: null, sha256, facts: [] };
  const stageMs = settings.stageTimes ? STAGES.map(() => 0) : undefined;
  const record = processBytes(input.path, bytes, {
    ...DEFAULT_OPTIONS,
    maxBytes: settings.maxBytes,
    sha256,
    timeoutMs: settings.timeoutMs,
    format: input.format,
    onStageTime: stageMs ? (stage: StageName, ms: number) => (stageMs[STAGES.indexOf(stage)]! += ms) : undefined,
  });
  const emitStart = performance.now();
  const output = serialize(record, settings.pretty);
  if (stageMs) stageMs[STAGES.indexOf("emit")]! += performance.now() - emitStart;
  return { ...summarize(task.seq, record, output, stageMs), sha256 };
}
