// `npm run check:originality [-- SHARED_DIR]`: finds text of the project that repeats the real articles kept for
// measuring (default ../shared/data). The project's corpus, examples, tests and comments are our own prose, modelled
// on market news but never copied from it; a run of RUN_TOKENS consecutive words found on both sides is a copy.
//
// Words are lowercase runs of letters and digits, so "$1.0187" is "1 0187" and punctuation, case and quote styles
// do not hide a copy. JSON files count only their string values that contain a space (keys and enum values are
// format, not prose); HTML counts only its text, with tags and entities removed. The shared data's README.md and
// LABELS.md describe formats that our schema follows on purpose, so they are not compared.
//
// Some wording is not prose and has to be shared: instrument and fund names from the registry, the fixed formulas
// of market-wrap lists, and the notices publishers put under every article, which the cleaner must recognise.
// Such phrases split the text around them (ACCEPTED_PHRASES and registry names of MIN_NAME_TOKENS words or more), so
// a copied sentence that contains one is still found in the words on either side.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, normalize, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { InputError } from "./document.ts";
import { decode } from "./read.ts";
import { isScript, runMain } from "./script.ts";

export const RUN_TOKENS = 7;

/** Registry names this long or longer are accepted; shorter ones ("S&P 500") would hide copied list lines. */
const MIN_NAME_TOKENS = 4;

/** Shared wording that is not an article's prose: wrap-list formulas and publishers' standing notices. */
export const ACCEPTED_PHRASES = [
  "as of 4 p.m. New York time",
  "Some of the main moves in markets",
  "only the headline and picture of this report may have been reworked",
  "we offer an enhanced version of this briefing",
  "for any issue with regards to comments",
  "any exhibits and associated documents for this SEC filing",
  "January February March April May June July August September October November December",
  "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
];

const PROJECT_ENTRIES = [".ci", "README.md", "corpus", "extractors", "pipeline", "schemas", "test"];
/** Generated from corpus/ (test/golden) or dependencies: not written by hand. */
const PROJECT_SKIPPED = new Set(["test/golden", "node_modules", "package-lock.json"]);
const SHARED_SKIPPED_NAMES = new Set(["README.md", "LABELS.md", "LICENSE"]);

const WORD_RE = /[a-z0-9]+/g;
const JSON_STRING_RE = /"((?:[^"\\\n]|\\.)*)"/g;
/** Script and style blocks (code, not text), tags and entities: blanked to keep offsets. */
const HTML_NON_TEXT_RE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<[^>]*>|&#?\w+;/gi;
/** Escapes in our source files ("\n\n", "\u2019") are not words. */
const SOURCE_ESCAPE_RE = /\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g;
/** Words of this length or more; a run needs MIN_LONG_WORDS of them, so that regex sources ("a-z a-z 0-9") are not prose. */
const LONG_WORD = 3;
const MIN_LONG_WORDS = 3;

export interface SharedRun {
  /** Project file, relative to the project root. */
  file: string;
  /** 1-based line of the run's first word. */
  line: number;
  /** The run's words. */
  words: string;
  wordCount: number;
  /** Shared file (relative to the shared folder) where the run's first seven words were found. */
  source: string;
}

interface Word {
  word: string;
  line: number;
}

/** The file's text as the pipeline decodes inputs; null for a file that is no text (corpus/hostile/binary.txt). */
function textOf(bytes: Uint8Array): string | null {
  try {
    return decode(bytes, []).text;
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** The pieces of a file that are compared, each with its offset in the file. */
function proseOf(path: string, text: string): { text: string; offset: number }[] {
  if (path.endsWith(".json")) {
    const strings: { text: string; offset: number }[] = [];
    for (const m of text.matchAll(JSON_STRING_RE)) if (m[1]!.includes(" ")) strings.push({ text: m[1]!, offset: m.index! + 1 });
    return strings;
  }
  if (/\.html?(?:\.gz)?$/.test(path)) return [{ text: text.replace(HTML_NON_TEXT_RE, blank), offset: 0 }];
  return [{ text, offset: 0 }];
}

function blank(match: string): string {
  return " ".repeat(match.length);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD_RE) ?? [];
}

/** Accepted phrases as word sequences, indexed by first word. */
function acceptedIndex(registryNames: string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  const add = (words: string[]) => {
    const list = index.get(words[0]!) ?? [];
    list.push(words);
    index.set(words[0]!, list);
  };
  for (const phrase of ACCEPTED_PHRASES) add(wordsOf(phrase));
  for (const name of registryNames) {
    const words = wordsOf(name);
    if (words.length >= MIN_NAME_TOKENS) add(words);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** Splits a word list into segments, cutting out every accepted phrase. */
function segments<T>(items: T[], wordOf: (item: T) => string, accepted: Map<string, string[][]>): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  for (let i = 0; i < items.length; ) {
    const match = accepted.get(wordOf(items[i]!))?.find((phrase) => phrase.every((w, k) => items[i + k] !== undefined && wordOf(items[i + k]!) === w));
    if (match) {
      if (current.length > 0) out.push(current);
      current = [];
      i += match.length;
    } else current.push(items[i++]!);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function filesUnder(root: string, entry: string, skipped: (rel: string, name: string) => boolean): string[] {
  const path = join(root, entry);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [entry];
  const files: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const rel = `${entry}/${name}`;
    if (!skipped(rel, name)) files.push(...filesUnder(root, rel, skipped));
  }
  return files;
}

function registryNames(projectRoot: string): string[] {
  const path = join(projectRoot, "extractors/instruments.json");
  if (!existsSync(path)) return [];
  const registry = JSON.parse(readFileSync(path, "utf8")) as { instruments: { name: string; aliases?: string[] }[] };
  return registry.instruments.flatMap((i) => [i.name, ...(i.aliases ?? [])]);
}

/** Every maximal run of RUN_TOKENS or more words that a project file shares with a file under `sharedDir`. */
export function findSharedRuns(projectRoot: string, sharedDir: string, entries = PROJECT_ENTRIES): SharedRun[] {
  const accepted = acceptedIndex(registryNames(projectRoot));
  const units: { file: string; words: Word[] }[] = [];
  const grams = new Set<string>();
  const projectFiles = entries.flatMap((entry) => filesUnder(projectRoot, entry, (rel, name) => PROJECT_SKIPPED.has(rel) || PROJECT_SKIPPED.has(name)));
  for (const file of projectFiles) {
    const raw = textOf(readFileSync(join(projectRoot, file)));
    if (raw === null) continue;
    const text = /\.(?:ts|mjs|js|json)$/.test(file) ? raw.replace(SOURCE_ESCAPE_RE, blank) : raw;
    const starts = lineStarts(text);
    for (const piece of proseOf(file, text)) {
      const words: Word[] = [];
      for (const m of piece.text.toLowerCase().matchAll(WORD_RE)) words.push({ word: m[0], line: lineAt(starts, piece.offset + m.index!) });
      for (const segment of segments(words, (w) => w.word, accepted)) {
        units.push({ file, words: segment });
        const plain = segment.map((w) => w.word);
        for (let i = 0; i + RUN_TOKENS <= plain.length; i++) if (isProse(plain, i)) grams.add(gramAt(plain, i));
      }
    }
  }

  const found = new Map<string, string>();
  for (const file of filesUnder(sharedDir, ".", (_rel, name) => SHARED_SKIPPED_NAMES.has(name))) {
    let bytes = readFileSync(join(sharedDir, file));
    if (file.endsWith(".gz")) bytes = gunzipSync(bytes);
    const text = textOf(bytes);
    if (text === null) continue;
    for (const piece of proseOf(file, text)) {
      for (const segment of segments(wordsOf(piece.text), (w) => w, accepted)) {
        for (let i = 0; i + RUN_TOKENS <= segment.length; i++) {
          const gram = gramAt(segment, i);
          if (grams.has(gram) && !found.has(gram)) found.set(gram, normalize(file));
        }
      }
    }
  }

  const runs: SharedRun[] = [];
  for (const { file, words } of units) {
    const plain = words.map((w) => w.word);
    for (let i = 0; i + RUN_TOKENS <= plain.length; i++) {
      const source = found.get(gramAt(plain, i));
      if (source === undefined) continue;
      let end = i + RUN_TOKENS;
      while (end < plain.length && found.has(gramAt(plain, end - RUN_TOKENS + 1))) end++;
      runs.push({ file, line: words[i]!.line, words: plain.slice(i, end).join(" "), wordCount: end - i, source });
      i = end - RUN_TOKENS;
    }
  }
  return runs;
}

function isProse(words: string[], i: number): boolean {
  let long = 0;
  for (let k = i; k < i + RUN_TOKENS; k++) if (words[k]!.length >= LONG_WORD) long++;
  return long >= MIN_LONG_WORDS;
}

function gramAt(words: string[], i: number): string {
  return words.slice(i, i + RUN_TOKENS).join(" ");
}

async function main(argv: string[]): Promise<number> {
  const sharedDir = resolve(argv[0] ?? "../shared/data");
  if (argv.length > 1 || !existsSync(sharedDir)) {
    console.error("usage: npm run check:originality [-- SHARED_DATA_DIR]   (default ../shared/data, which must exist)");
    return 2;
  }
  const runs = findSharedRuns(process.cwd(), sharedDir);
  for (const run of runs) console.log(`${run.file}:${run.line} [${run.wordCount} words] ${run.words}  <- ${run.source}`);
  console.log(`${runs.length} shared run(s) of ${RUN_TOKENS}+ words with ${sharedDir}`);
  return runs.length === 0 ? 0 : 1;
}

if (isScript(import.meta.url)) runMain("check:originality", main);
