// Stage 7: records out — one pretty JSON file per input (stable names, atomic writes) or JSON lines.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { createHash } from "node:crypto";
import type { OutputRecord } from "../schemas/record.ts";

export function serialize(record: OutputRecord, pretty = true): string {
  return pretty ? `${JSON.stringify(record, null, 2)}\n` : `${JSON.stringify(record)}\n`;
}

/**
 * Output file names: the input's base name plus ".json" ("a.txt" → "a.txt.json"). Inputs of one batch that
 * share a base name get a suffix from a hash of their path, so names stay stable from run to run.
 */
export function outputNames(paths: readonly string[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const p of paths) count.set(basename(p), (count.get(basename(p)) ?? 0) + 1);
  return new Map(
    paths.map((p) => {
      const base = basename(p);
      const suffix = count.get(base)! > 1 ? `.${createHash("sha256").update(p).digest("hex").slice(0, 8)}` : "";
      return [p, `${base}${suffix}.json`];
    }),
  );
}

/** Writes through a temporary file and a rename, so a reader never sees half a record. */
export function writeRecordFile(dir: string, name: string, record: OutputRecord): string {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name);
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, serialize(record));
  renameSync(temp, target);
  return target;
}

/**
 * Output names for inputs that arrive one at a time (stdin): the first input with a base name gets the plain
 * name, a later different path with the same base name gets the hash suffix.
 */
export class StreamingOutputNames {
  private readonly firstPathOf = new Map<string, string>();

  nameFor(path: string): string {
    const base = basename(path);
    const first = this.firstPathOf.get(base);
    if (first === undefined) this.firstPathOf.set(base, path);
    if (first === undefined || first === path) return `${base}.json`;
    return `${base}.${createHash("sha256").update(path).digest("hex").slice(0, 8)}.json`;
  }
}

/** Writes an already serialized record atomically (see writeRecordFile). */
export function writeOutputFile(dir: string, name: string, text: string): string {
  const target = join(dir, name);
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, target);
  return target;
}
