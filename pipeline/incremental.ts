// Incremental runs into one --out directory. The directory keeps a manifest: a journal of JSON lines, a header
// with the pipeline version, then one line per output file written ({name, path, sha256, errorCode}), appended
// only after the file itself was renamed into place. An input whose output file exists and whose bytes hash to
// the sha256 of its manifest line, under the same pipeline version, is skipped. A run killed half-way leaves a
// journal of exactly the files that are complete (a torn last line is ignored), so the next run skips those and
// redoes the rest; no output is duplicated or lost. At the end of a run the journal is compacted to one line per
// file (written to a temporary file, then renamed).
import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const MANIFEST_NAME = ".news-signal-manifest.jsonl";
const MANIFEST_SCHEMA = "news-signal/manifest@1";

export interface ManifestEntry {
  name: string;
  path: string;
  sha256: string;
  errorCode: string | null;
}

export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();
  private readonly file: string;

  private constructor(
    private readonly dir: string,
    private readonly pipelineVersion: string,
  ) {
    this.file = join(dir, MANIFEST_NAME);
  }

  /** Loads the manifest of `dir` (none, another pipeline version or `force`: starts empty). */
  static open(dir: string, pipelineVersion: string, force: boolean): Manifest {
    const manifest = new Manifest(dir, pipelineVersion);
    let reuse = false;
    if (!force && existsSync(manifest.file)) {
      const lines = readFileSync(manifest.file, "utf8").split("\n");
      const header = parseLine(lines[0]!);
      if (header?.manifest === MANIFEST_SCHEMA && header.pipelineVersion === pipelineVersion) {
        reuse = true;
        for (const line of lines.slice(1)) {
          const entry = parseLine(line);
          if (entry && typeof entry.name === "string" && typeof entry.path === "string" && typeof entry.sha256 === "string") {
            manifest.entries.set(entry.name, entry as unknown as ManifestEntry);
          }
        }
      }
    }
    if (!reuse) manifest.compact();
    removeStaleTemporaries(dir);
    return manifest;
  }

  /** The sha256 an input must still have for its output to be reused, or undefined when it must be processed. */
  knownSha256(name: string, path: string): string | undefined {
    const entry = this.entries.get(name);
    if (!entry || entry.path !== path || !existsSync(join(this.dir, name))) return undefined;
    return entry.sha256;
  }

  entry(name: string): ManifestEntry | undefined {
    return this.entries.get(name);
  }

  /** Call after the output file is in place. */
  add(entry: ManifestEntry): void {
    this.entries.set(entry.name, entry);
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
  }

  /** The journal rewritten as one line per file, atomically. */
  compact(): void {
    const temp = `${this.file}.${process.pid}.tmp`;
    const lines = [JSON.stringify({ manifest: MANIFEST_SCHEMA, pipelineVersion: this.pipelineVersion })];
    for (const entry of this.entries.values()) lines.push(JSON.stringify(entry));
    writeFileSync(temp, `${lines.join("\n")}\n`);
    renameSync(temp, this.file);
  }
}

function parseLine(line: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(line);
    return value && typeof value === "object" ? value : null;
  } catch {
    return null;
  }
}

const TEMPORARY = /\.(\d+)\.tmp$/;

/** Temporary files left by a killed run (their process is gone) are removed; a live writer's are kept. */
function removeStaleTemporaries(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch {
      try {
        unlinkSync(join(dir, name));
      } catch {
        // gone already
      }
    }
  }
}
