// Command-line inputs → the list of files to process: files as given, directories walked, globs expanded.
import { existsSync, readdirSync, statSync } from "node:fs";
import { sep } from "node:path";
import type { BatchInput } from "./task.ts";

export const ARTICLE_EXTENSIONS = /\.(txt|md|markdown|html?)(\.gz)?$/i;

const GLOB_CHARS = /[*?[]/;

/** A glob ("corpus/*.txt", "feeds/**\/*.html") as a RegExp over "/"-separated paths. */
function globToRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "*" && pattern[i + 1] === "*") {
      source += pattern[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += pattern[i + 2] === "/" ? 2 : 1;
    } else source += ch === "*" ? "[^/]*" : ch === "?" ? "[^/]" : /[.+^${}()|\\]/.test(ch) ? `\\${ch}` : ch;
  }
  return new RegExp(`^${source}$`);
}

function walk(dir: string, out: string[], accept: (path: string) => boolean): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable directory: nothing under it
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = dir === "." ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && entry.name !== "node_modules") walk(full, out, accept);
    }
    else if (entry.isFile() && accept(full)) out.push(full);
  }
}

function expandGlob(pattern: string): string[] {
  const normalized = pattern.split(sep).join("/");
  const segments = normalized.split("/");
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = segments.slice(0, firstGlob).join("/") || (normalized.startsWith("/") ? "/" : ".");
  const re = globToRegExp(normalized.startsWith("./") ? normalized.slice(2) : normalized);
  const found: string[] = [];
  walk(base, found, (p) => re.test(p));
  return found;
}

export interface ResolvedInputs {
  files: string[];
  /** Arguments that matched nothing. */
  unmatched: string[];
}

export function resolveInputs(args: readonly string[]): ResolvedInputs {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    let found: string[] = [];
    if (existsSync(arg)) {
      if (statSync(arg).isDirectory()) walk(arg.replace(/\/+$/, ""), found, (p) => ARTICLE_EXTENSIONS.test(p));
      else found = [arg];
    } else if (GLOB_CHARS.test(arg)) found = expandGlob(arg);
    if (found.length === 0) unmatched.push(arg);
    files.push(...found);
  }
  return { files: [...new Set(files)], unmatched };
}

/**
 * Inputs from a stream, one per line (see README: running at scale). A line that starts with "{" is an NDJSON
 * article, `{"id" or "path": name, "text" or "html": content}`; any other non-empty line is a path (a file,
 * a directory or a glob, as on the command line).
 */
export async function* lineInputs(stream: NodeJS.ReadableStream): AsyncGenerator<BatchInput> {
  const { createInterface } = await import("node:readline");
  let lineNumber = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    const line = raw.trim();
    if (line === "") continue;
    if (line.startsWith("{")) {
      yield articleFromJson(line, `stdin:${lineNumber}`);
      continue;
    }
    const { files, unmatched } = resolveInputs([line]);
    for (const path of [...files, ...unmatched]) yield { path };
  }
}

export function articleFromJson(line: string, fallbackId: string): BatchInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { path: fallbackId, readError: `${fallbackId} is not valid JSON: ${(error as Error).message}` };
  }
  const fields = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const name = typeof fields.id === "string" ? fields.id : typeof fields.path === "string" ? fields.path : fallbackId;
  if (typeof fields.html === "string") return { path: name, bytes: Buffer.from(fields.html, "utf8"), format: "html" };
  if (typeof fields.text === "string") return { path: name, bytes: Buffer.from(fields.text, "utf8"), format: "text" };
  return { path: name, readError: `${fallbackId} has no "text" or "html" string` };
}
