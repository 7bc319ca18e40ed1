// Stage 2 for plain text and markdown: reads the lines into units (paragraph lines, list items,
// headings), drops what is not the article and records it, then assembles the body.
import { WHITE_SPACE } from "../extractors/patterns.ts";
import type { Article, Diagnostic, RemovalReason } from "../schemas/record.ts";
import {
  ArticleDraft,
  assembleBody,
  classifyUnits,
  finishArticle,
  info,
  normaliseLine,
  splitNames,
  type ClassifyOptions,
  type Unit,
} from "./clean-shared.ts";

// ── Inline markdown ──
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const PLACEHOLDER = /[\uE000-\uE0FF]/g;
const IMAGE = /!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\s*\)/g;
const LINK = /\[((?:[^[\]]|\[[^[\]]*\])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\s*\)/g;
// Link texts hold no "[": with it, a run of "[" made every one of them scan the rest of the line (quadratic).
const REFERENCE_LINK = /\[([^[\]]+)\]\[[^\]]*\]/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>\s]+)>/g;
const HTML_TAG = /<\/?[A-Za-z][^>]*>|<!--.*?-->/g;
// Bold and strike spans hold at most 10,000 characters (a paragraph set in bold runs to a few thousand); see
// unwrapMarked for how they are found.
const STRONG_MARKERS = ["**", "__"];
const STRIKE_MARKERS = ["~~"];
const MARKED_SPAN_MAX = 10_000;
const EMPHASIS_STAR = /(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g;
const EMPHASIS_UNDERSCORE = /(?<!\w)_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g;
const CODE_SPAN = /`+([^`]+)`+/g;
const LONE_MARKERS = /(?<!\w)(?:\*{1,3}|_{2,3})(?!\w)/g;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&apos;": "'", "&nbsp;": " " };
const ENTITY = /&(?:amp|lt|gt|quot|#39|apos|nbsp);/g;
/** A character every pattern above needs (the placeholders included): a line without one is left as it is. */
const INLINE_SYNTAX = /[\\[<*_~`&\uE000-\uE0FF]/;

interface InlineText {
  text: string;
  linkChars: number;
}

/** Where `.` stops: the line terminators. */
const isLineBreak = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

/**
 * `text.replace(/(M1|M2)(?=\S)(.{1,max}?)(?<=\S)\1/g, "$2")` for the markers Mi: each span set between a marker and the
 * next copy of it that follows a non-space is replaced by its inner text. As a pattern, each opening marker with no
 * close (one after a space) scanned up to `max` characters, quadratic on a line of "**a **b …"; here a pass from the
 * end notes, for every position, the next place a closing marker may stand, so each opening costs one lookup.
 */
export function unwrapMarked(text: string, markers: readonly string[], max: number): string {
  if (!markers.some((m) => text.includes(m))) return text;
  const n = text.length;
  // closers[k][i]: the first q >= i where markers[k] starts after a non-space, or n.
  const closers = markers.map((marker) => {
    const next = new Int32Array(n + 2).fill(n);
    for (let i = n - 1; i >= 1; i--) next[i] = text.startsWith(marker, i) && !WHITE_SPACE.has(text.charCodeAt(i - 1)) ? i : next[i + 1]!;
    return next;
  });
  // lineBreaks[i]: the first line terminator at or after i, or n.
  const lineBreaks = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) lineBreaks[i] = isLineBreak(text.charCodeAt(i)) ? i : lineBreaks[i + 1]!;
  let out = "";
  let copied = 0;
  for (let at = 0; at < n; ) {
    let end = -1;
    for (let k = 0; k < markers.length && end < 0; k++) {
      const marker = markers[k]!;
      if (!text.startsWith(marker, at)) continue;
      const inner = at + marker.length;
      if (inner >= n || WHITE_SPACE.has(text.charCodeAt(inner))) continue;
      const close = closers[k]![inner + 1]!;
      if (close >= n || close - inner > max || lineBreaks[inner]! < close) continue;
      out += text.slice(copied, at) + text.slice(inner, close);
      end = close + marker.length;
    }
    if (end < 0) at++;
    else copied = at = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Markdown inline syntax removed, its text kept; counts the characters that were link text. */
function stripInline(line: string): InlineText {
  // Most lines of a scraped article hold no markdown at all: one test instead of seventeen passes.
  if (!INLINE_SYNTAX.test(line)) return { text: normaliseLine(line), linkChars: 0 };
  let linkChars = 0;
  const linked = line
    .replace(ESCAPED, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
    .replace(IMAGE, "")
    .replace(LINK, (_, label: string) => {
      linkChars += label.length;
      return label;
    })
    .replace(LINK, (_, label: string) => label)
    .replace(REFERENCE_LINK, "$1")
    .replace(AUTOLINK, (_, url: string) => {
      linkChars += url.length;
      return url;
    })
    .replace(HTML_TAG, "")
    .replace(CODE_SPAN, "$1");
  const bold = unwrapMarked(unwrapMarked(linked, STRONG_MARKERS, MARKED_SPAN_MAX), STRONG_MARKERS, MARKED_SPAN_MAX);
  const text = unwrapMarked(bold.replace(EMPHASIS_STAR, "$1").replace(EMPHASIS_UNDERSCORE, "$1"), STRIKE_MARKERS, MARKED_SPAN_MAX)
    .replace(LONE_MARKERS, "")
    .replace(ENTITY, (e) => ENTITIES[e] ?? e)
    .replace(PLACEHOLDER, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
  return { text: normaliseLine(text), linkChars };
}

// ── Block markdown ──
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST_ITEM = /^(\s*)(?:[*+\-•▪◦‣]|\d{1,3}[.)])\s+(.*)$/;
const BLOCKQUOTE = /^\s*>\s?/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const IMAGE_ONLY = /^\s*(?:\[?!\[[^\]]*\]\([^)]*\)\]?(?:\([^)]*\))?\s*)+$/;
const KEY_VALUE = /^(?:[*+-]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z ]{0,30}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*)$/;
const INFO_HEADINGS = new Set(["info", "metadata", "article info"]);
const CONTENT_HEADINGS = new Set(["content", "body", "article", "text"]);

/** The URL of a metadata value, also when written as a markdown link "[label](https://…)". */
function rawUrl(value: string): string {
  const link = /\]\((https?:\/\/[^)\s]+)\)/.exec(value);
  return link ? link[1]! : value.trim().replace(/^<|>$/g, "");
}

/** Applies one metadata key-value pair (front matter or an Info section) to the draft. */
function applyMetadata(key: string, value: string, draft: ArticleDraft): void {
  const k = key.trim().toLowerCase().replace(/[\s_-]+/g, "");
  const v = stripInline(value.replace(/^["']|["']$/g, "")).text;
  if (!v) return;
  if (k === "title" || k === "headline") draft.headline ??= v;
  else if (["published", "date", "publishedat", "pubdate", "datepublished", "publishdate"].includes(k)) draft.setPublishedAt(v);
  else if (["updated", "modified", "lastmod", "datemodified", "modifiedat", "updatedat", "lastupdated"].includes(k)) draft.setModifiedAt(v);
  else if (["url", "link", "canonical", "canonicalurl", "permalink"].includes(k)) draft.setUrl(rawUrl(value));
  else if (k === "source" && /https?:\/\//.test(value)) draft.setUrl(rawUrl(value));
  else if (k === "author" || k === "authors" || k === "byline") draft.addAuthors(splitNames(v.replace(/^\[|\]$/g, "")));
  else if (k === "publisher" || k === "sitename" || k === "site" || k === "source") draft.publisher ??= v;
  else if (k === "section" || k === "category") draft.section ??= v;
}

/** Reads YAML front matter ("---" … "---") into the draft; returns the index of the first line after it. */
function readFrontMatter(lines: string[], draft: ArticleDraft): number {
  if (lines[0]?.trim() !== "---") return 0;
  const end = lines.findIndex((line, i) => i > 0 && i < 200 && (line.trim() === "---" || line.trim() === "..."));
  if (end < 0) return 0;
  let listKey: string | null = null;
  for (const line of lines.slice(1, end)) {
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (pair) {
      listKey = pair[2]!.trim() === "" ? pair[1]! : null;
      applyMetadata(pair[1]!, pair[2]!, draft);
    } else if (item && listKey) {
      applyMetadata(listKey, item[1]!, draft);
    }
  }
  draft.remove(lines.slice(1, end).join("\n"), "metadata");
  return end + 1;
}

interface ParseState {
  units: Unit[];
  group: number;
  inInfo: boolean;
  /** Offset in the decoded input of each line's start. */
  lineStarts: number[];
}

function pushRemoval(state: ParseState, text: string, removal: RemovalReason): void {
  state.units.push({ text, kind: "p", group: state.group++, joiner: " ", linkRatio: 0, removal });
}

/** Pushes the text of `raw`, read from input line `line` of `lineLength` characters. */
function pushText(state: ParseState, raw: string, kind: Unit["kind"], line: number, lineLength: number): void {
  const { text, linkChars } = stripInline(raw);
  if (!text) return;
  const start = state.lineStarts[line]!;
  state.units.push({
    text, kind, group: state.group, joiner: " ", linkRatio: text.length ? Math.min(1, linkChars / text.length) : 0,
    source: { start, end: start + lineLength },
  });
}

/** Consumes a fenced code block starting at `start`; returns the index after its closing fence. */
function skipFence(lines: string[], start: number, state: ParseState): number {
  const fence = FENCE.exec(lines[start]!)![1]!;
  let end = start + 1;
  while (end < lines.length && !lines[end]!.trim().startsWith(fence)) end++;
  const code = lines.slice(start + 1, end).map(normaliseLine).filter(Boolean).join("\n");
  if (code) pushRemoval(state, code, "code");
  return Math.min(end + 1, lines.length);
}

/** Consumes a markdown table starting at `start`; returns the index after its last row. */
function skipTable(lines: string[], start: number, state: ParseState, diagnostics: Diagnostic[]): number {
  let end = start;
  while (end < lines.length && TABLE_ROW.test(lines[end]!)) end++;
  const rows = lines.slice(start, end).map((row) => stripInline(row).text).filter((row) => !/^[|:\s-]*$/.test(row));
  pushRemoval(state, rows.join("\n"), "table");
  info(diagnostics, "clean.table-removed", `a table of ${rows.length} rows was kept out of the body`);
  return end;
}

function handleHeading(state: ParseState, level: number, raw: string, draft: ArticleDraft): void {
  const title = stripInline(raw).text;
  const key = title.toLowerCase();
  state.group++;
  if (INFO_HEADINGS.has(key)) {
    state.inInfo = true;
    pushRemoval(state, title, "metadata");
  } else if (state.inInfo && CONTENT_HEADINGS.has(key)) {
    state.inInfo = false;
    pushRemoval(state, title, "metadata");
  } else if (level === 1 && title && draft.headline === null) {
    state.inInfo = false;
    draft.headline = title;
    pushRemoval(state, title, "metadata");
  } else if (level === 1 && draft.isHeadline(title)) {
    state.inInfo = false;
    pushRemoval(state, title, "headline-repeat");
  } else {
    state.inInfo = false;
    if (title) state.units.push({ text: title, kind: "h", group: state.group, joiner: " ", linkRatio: 0 });
  }
  state.group++;
}

/** Reads the lines into units; fences, tables, images and Info metadata are removed on the way. */
function parseUnits(lines: string[], lineStarts: number[], draft: ArticleDraft, diagnostics: Diagnostic[]): Unit[] {
  const state: ParseState = { units: [], group: 0, inInfo: false, lineStarts };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!.replace(BLOCKQUOTE, "");
    const next = lines[i + 1];
    if (line.trim() === "") {
      state.group++;
      i++;
    } else if (FENCE.test(line)) {
      i = skipFence(lines, i, state);
      state.group++;
    } else if (TABLE_ROW.test(line) && !state.inInfo) {
      i = skipTable(lines, i, state, diagnostics);
      state.group++;
    } else if (ATX_HEADING.test(line)) {
      const [, hashes, title] = ATX_HEADING.exec(line)!;
      handleHeading(state, hashes!.length, title!, draft);
      i++;
    } else if (next !== undefined && SETEXT_UNDERLINE.test(next) && !LIST_ITEM.test(line) && !THEMATIC_BREAK.test(line)) {
      handleHeading(state, next.trim().startsWith("=") ? 1 : 2, line, draft);
      i += 2;
    } else if (THEMATIC_BREAK.test(line)) {
      state.group++;
      i++;
    } else if (state.inInfo) {
      const pair = KEY_VALUE.exec(line.trim());
      if (pair) applyMetadata(pair[1]!, pair[2]!, draft);
      const text = stripInline(line.replace(LIST_ITEM, "$2")).text;
      if (text) pushRemoval(state, text, "metadata");
      i++;
    } else if (IMAGE_ONLY.test(line)) {
      pushRemoval(state, line.trim(), "chrome");
      i++;
    } else {
      const item = LIST_ITEM.exec(line);
      const last = state.units[state.units.length - 1];
      if (item) pushText(state, item[2]!, "li", i, lines[i]!.length);
      else if (last?.kind === "li" && /^\s{2,}\S/.test(line) && last.group === state.group) {
        last.text = normaliseLine(`${last.text} ${stripInline(line).text}`);
        if (last.source) last.source.end = lineStarts[i]! + lines[i]!.length;
      } else pushText(state, line, "p", i, lines[i]!.length);
      i++;
    }
  }
  return state.units;
}

function splitLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
}

/** Offset in `raw` of the start of each line of splitLines(raw). */
function lineStartOffsets(raw: string): number[] {
  const starts = [raw.startsWith("\uFEFF") ? 1 : 0];
  const breaks = /\r\n?|\n/g;
  for (let m = breaks.exec(raw); m; m = breaks.exec(raw)) starts.push(m.index + m[0].length);
  return starts;
}

function cleanWith(raw: string, options: ClassifyOptions, diagnostics: Diagnostic[]): { draft: ArticleDraft; body: string; kept: Unit[] } {
  const draft = new ArticleDraft();
  const lines = splitLines(raw);
  const start = readFrontMatter(lines, draft);
  const units = parseUnits(lines.slice(start), lineStartOffsets(raw).slice(start), draft, diagnostics);
  const kept = classifyUnits(units, draft, options);
  return { draft, body: assembleBody(kept), kept };
}

/** Cleans a plain-text or markdown article. Throws InputError("NO_BODY") when no body survives. */
export function cleanText(raw: string, diagnostics: Diagnostic[]): Article {
  const local: Diagnostic[] = [];
  let result = cleanWith(raw, { guessHeadline: true, dropPreBodyChrome: true }, local);
  if (result.body.length === 0) {
    // Every line looked like a title or chrome: keep what only the guesses removed.
    local.length = 0;
    result = cleanWith(raw, { guessHeadline: false, dropPreBodyChrome: false }, local);
    if (result.body.length > 0) info(local, "clean.text-fallback", "no prose paragraph found; kept short lines and title-like lines");
  }
  diagnostics.push(...local);
  return finishArticle(result.draft, result.body, diagnostics, result.kept);
}

