// The bundled corpus as the tests see it: every article and hostile input under corpus/ (not labels, not README).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ARTICLE_EXTENSIONS } from "../pipeline/inputs.ts";

export const CORPUS_DIR = "corpus";
export const GOLDEN_DIR = join("test", "golden");

export function corpusFiles(dir = CORPUS_DIR): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory() && entry.name !== "labels") files.push(...corpusFiles(path));
    else if (entry.isFile() && entry.name !== "README.md" && (ARTICLE_EXTENSIONS.test(entry.name) || dir.endsWith("hostile"))) files.push(path);
  }
  return files.sort();
}

/** test/golden/<path under corpus, "/" → "__">.json */
export function goldenPath(corpusFile: string): string {
  return join(GOLDEN_DIR, `${corpusFile.slice(CORPUS_DIR.length + 1).replace(/\//g, "__")}.json`);
}
