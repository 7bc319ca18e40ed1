// Stage 2 for HTML: metadata from JSON-LD and meta tags, chrome blocks removed (and recorded), the
// article container chosen by score, its text turned into units and cleaned like plain text.
// Every walk over the tree uses an explicit stack: pages can nest tens of thousands of elements deep.
import { createRequire } from "node:module";
import type { AnyNode, Element, ParentNode } from "domhandler";
import type { Article, Diagnostic, RemovalReason, SourceRange } from "../schemas/record.ts";
import { traceInOrder } from "./source-map.ts";
import { matchesAny, siteRuleFor, type SiteRule } from "./site-rules.ts";
import {
  ARTICLE_TYPES,
  HTML_DROP_TAGS,
  HTML_KEEP_HINTS,
  HTML_NEGATIVE_HINTS,
  HTML_POSITIVE_HINTS,
  HTML_SUBSTRING_HINTS,
  HTML_TOKEN_HINTS,
} from "../extractors/boilerplate.ts";
import {
  ArticleDraft,
  assembleBody,
  classifyUnits,
  comparable,
  finishArticle,
  info,
  looksLikeName,
  normaliseLine,
  splitNames,
  type Unit,
} from "./clean-shared.ts";

type Cheerio = typeof import("cheerio");
let cheerioModule: Cheerio | null = null;
/** cheerio loads on the first HTML page: a run over text files does without its ~90 ms and ~27 MB per thread. */
function cheerio(): Cheerio {
  return (cheerioModule ??= createRequire(import.meta.url)("cheerio") as Cheerio);
}

// htmlparser2 rather than parse5: several times faster on large pages and forgiving of broken markup.
const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;
/** The page itself is parsed with node offsets, for tracing body text back to the input (pipeline/source-map.ts). */
const PAGE_PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true } } as const;
const ARTICLE_BODY_MIN_CHARS = 200;
const SCRIPT_TEXT_MAX = 200;
const LONG_PARAGRAPH_CHARS = 80;
const MIN_BODY_CHARS = 200;
const PROSE_PARAGRAPH_CHARS = 40;

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
  "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
  "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "details", "summary", "center",
]);
const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const SKIP_TAGS = new Set(["img", "picture", "video", "audio", "source", "track", "map", "area", "head", "title", "meta"]);
const PARAGRAPH_TAGS = new Set(["p", "pre", "blockquote"]);
/** Drop tags whose content is never article text, whatever its size. */
const ALWAYS_DROP = new Set(["script", "noscript", "template", "style", "link", "svg", "iframe", "canvas", "object", "embed", "button", "select", "textarea", "input"]);
const ROLE_REASONS: Record<string, RemovalReason> = {
  navigation: "navigation", banner: "header", contentinfo: "footer", complementary: "boilerplate", search: "form",
  dialog: "promo", alertdialog: "promo", menu: "navigation", menubar: "navigation",
};
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const TOKEN_SPLIT = /[^a-z0-9]+/;
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;
const WHITESPACE = /\s+/g;

// ── Tree helpers ──
/** Characters that are not whitespace (a loop: this runs on every text node of the page). */
function visibleLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x85)) count++;
  }
  return count;
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

function childrenOf(node: AnyNode): AnyNode[] {
  return "children" in node ? (node as ParentNode).children : [];
}

/** Elements of a subtree in document order (pre-order), skipping excluded subtrees. */
function elementsInOrder(root: AnyNode, excluded: WeakSet<AnyNode>): Element[] {
  const order: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (excluded.has(node)) continue;
    if (isElement(node)) order.push(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return order;
}

/** Text of a subtree, whitespace collapsed. */
function textOf(root: AnyNode, excluded?: WeakSet<AnyNode>, maxChars = Infinity): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  let length = 0;
  while (stack.length > 0 && length <= maxChars) {
    const node = stack.pop()!;
    if (excluded?.has(node)) continue;
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data;
      parts.push(data);
      length += data.length;
    }
    else if (isElement(node) && (BLOCK_TAGS.has(node.name) || node.name === "br")) parts.push(" ");
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join("").replace(WHITESPACE, " ").trim();
}

function hintTokens(el: Element): string[] {
  const raw = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`;
  if (raw.trim() === "") return [];
  return raw.replace(CAMEL_BOUNDARY, "$1 $2").toLowerCase().split(TOKEN_SPLIT).filter(Boolean);
}

function hintString(el: Element): string {
  return `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase();
}

// ── Text statistics per element (one post-order pass) ──
interface Stats {
  text: number;
  link: number;
  longParagraphs: number;
  /** Characters in paragraphs of prose (long enough, few links): the text an article container should hold. */
  prose: number;
}

function computeStats(root: AnyNode, excluded: WeakSet<AnyNode>): Map<Element, Stats> {
  const order = elementsInOrder(root, excluded);
  const stats = new Map<Element, Stats>();
  for (const el of order) stats.set(el, { text: 0, link: 0, longParagraphs: 0, prose: 0 });
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const own = stats.get(el)!;
    for (const child of el.children) {
      if (child.type === "text") own.text += visibleLength((child as unknown as { data: string }).data);
    }
    if (el.name === "a") own.link = own.text;
    if (el.name === "p" && own.text >= LONG_PARAGRAPH_CHARS) own.longParagraphs += 1;
    if (PARAGRAPH_TAGS.has(el.name) && own.text >= PROSE_PARAGRAPH_CHARS && own.link < own.text * 0.3) own.prose = own.text;
    const parent = el.parent as Element | null;
    const up = parent ? stats.get(parent) : undefined;
    if (up) {
      up.text += own.text;
      up.link += own.link;
      up.longParagraphs += own.longParagraphs;
      up.prose += own.prose;
    }
  }
  return stats;
}

function linkDensity(s: Stats | undefined): number {
  return s && s.text > 0 ? s.link / s.text : 0;
}

// ── Metadata ──
/** A script's text and its range in the input. */
interface ScriptText {
  text: string;
  source?: SourceRange;
}

function scriptText(el: Element): ScriptText {
  const source = el.startIndex !== null && el.endIndex !== null ? { start: el.startIndex, end: el.endIndex + 1 } : undefined;
  return { text: textOf(el), source };
}

/** What the metadata readers need from the page, gathered in one walk (CSS selectors are slow on very deep trees). */
interface PageIndex {
  metas: Map<string, string>;
  title: string | null;
  jsonLd: ScriptText[];
  jsonScripts: ScriptText[];
  publishedTimes: string[];
  modifiedTimes: string[];
  canonical: string | null;
}

function indexPage(root: AnyNode): PageIndex {
  const index: PageIndex = { metas: new Map(), title: null, jsonLd: [], jsonScripts: [], publishedTimes: [], modifiedTimes: [], canonical: null };
  for (const el of elementsInOrder(root, new WeakSet())) {
    const a = el.attribs;
    if (el.name === "meta" && a.content) {
      for (const key of [a.property, a.name, a.itemprop]) {
        if (key && !index.metas.has(key.toLowerCase())) index.metas.set(key.toLowerCase(), a.content);
      }
    } else if (el.name === "title" && index.title === null) {
      index.title = textOf(el);
    } else if (el.name === "script") {
      const type = (a.type ?? "").toLowerCase();
      if (type === "application/ld+json") index.jsonLd.push(scriptText(el));
      else if (type === "application/json" || a.id === "__NEXT_DATA__") index.jsonScripts.push(scriptText(el));
    } else if (el.name === "time" && a.datetime) {
      const prop = a.itemprop?.toLowerCase();
      if (prop === "datepublished" || a.pubdate !== undefined) index.publishedTimes.push(a.datetime);
      else if (prop === "datemodified") index.modifiedTimes.push(a.datetime);
    } else if (el.name === "link" && a.href && a.rel?.toLowerCase().split(/\s+/).includes("canonical")) {
      index.canonical ??= a.href;
    }
  }
  return index;
}

interface PageMetadata {
  articleBody: ScriptText | null;
  embeddedBodyHtml: ScriptText | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, "")) as Json;
  } catch {
    return undefined;
  }
}

/** Every object inside a JSON value (arrays and @graph included), breadth-first. */
function jsonObjects(value: Json): Record<string, Json>[] {
  const objects: Record<string, Json>[] = [];
  const queue: Json[] = [value];
  for (let i = 0; i < queue.length && i < 5000; i++) {
    const item = queue[i]!;
    if (Array.isArray(item)) queue.push(...item);
    else if (item !== null && typeof item === "object") {
      objects.push(item);
      for (const v of Object.values(item)) if (v !== null && typeof v === "object") queue.push(v);
    }
  }
  return objects;
}

function isArticleObject(obj: Record<string, Json>): boolean {
  const type = obj["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t.toLowerCase()));
}

function jsonString(value: Json | undefined): string | null {
  if (typeof value === "string") return normaliseLine(value) || null;
  if (Array.isArray(value)) return jsonString(value[0]);
  return null;
}

/** Names of the people in a JSON-LD author value (string, object or array). */
function jsonAuthorNames(value: Json | undefined): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.flatMap((v) => {
    if (typeof v === "string") return splitNames(v);
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const type = typeof v["@type"] === "string" ? (v["@type"] as string).toLowerCase() : "person";
      const name = jsonString(v.name);
      return type === "person" && name ? splitNames(name) : [];
    }
    return [];
  });
}

function publisherName(value: Json | undefined): string | null {
  if (typeof value === "string") return normaliseLine(value) || null;
  if (Array.isArray(value)) return publisherName(value[0]);
  if (value && typeof value === "object") return jsonString(value.name);
  return null;
}

function jsonUrl(value: Json | undefined): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && !Array.isArray(value)) return jsonString(value["@id"]) ?? jsonString(value.url);
  return null;
}

function readJsonLd(page: PageIndex, draft: ArticleDraft): ScriptText | null {
  let articleBody: ScriptText | null = null;
  for (const script of page.jsonLd) {
    const parsed = parseJson(script.text);
    if (parsed === undefined) continue;
    for (const obj of jsonObjects(parsed)) {
      if (!isArticleObject(obj)) continue;
      draft.headline ??= jsonString(obj.headline) ?? jsonString(obj.name);
      draft.setPublishedAt(jsonString(obj.datePublished) ?? jsonString(obj.dateCreated));
      draft.setModifiedAt(jsonString(obj.dateModified));
      draft.setUrl(jsonString(obj.url) ?? jsonUrl(obj.mainEntityOfPage));
      if (draft.authors.length === 0) draft.addAuthors(jsonAuthorNames(obj.author));
      draft.publisher ??= publisherName(obj.publisher);
      draft.section ??= jsonString(obj.articleSection);
      const body = typeof obj.articleBody === "string" ? obj.articleBody.trim() : "";
      if (body.length > (articleBody?.text.length ?? 0)) articleBody = { text: body, source: script.source };
    }
  }
  return articleBody;
}

function metaContent(page: PageIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = page.metas.get(key.toLowerCase());
    if (value && value.trim()) return normaliseLine(value);
  }
  return null;
}

/** The page title without a trailing " | Site" or " - Site" part. */
function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  const isSite = (siteName && comparable(last) === comparable(siteName)) || last.split(/\s+/).length <= 3;
  return isSite ? parts.slice(0, -1).join(" - ") : title;
}

function readMetaTags(page: PageIndex, draft: ArticleDraft): void {
  const siteName = metaContent(page, "og:site_name", "application-name");
  const title = metaContent(page, "og:title", "twitter:title") ?? (page.title ? normaliseLine(page.title) || null : null);
  draft.headline ??= title ? stripSiteSuffix(title, siteName) : null;
  if (draft.headline && siteName) draft.headline = stripSiteSuffix(draft.headline, siteName);
  draft.setPublishedAt(
    metaContent(page, "article:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date", "dcterms.date", "og:published_time"),
  );
  draft.setPublishedAt(page.publishedTimes[0] ?? null);
  draft.setModifiedAt(metaContent(page, "article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified"));
  draft.setModifiedAt(page.modifiedTimes[0] ?? null);
  draft.setUrl(metaContent(page, "og:url", "twitter:url"));
  if (draft.authors.length === 0) {
    const author = metaContent(page, "author", "article:author", "parsely-author", "sailthru.author");
    if (author && !/^https?:/i.test(author)) draft.addAuthors(splitNames(author));
  }
  draft.publisher ??= siteName;
  draft.section ??= metaContent(page, "article:section");
}

/** The longest HTML article body held in an embedded JSON blob (pages that render the story with script). */
function embeddedBodyHtml(page: PageIndex): ScriptText | null {
  let best: ScriptText | null = null;
  for (const { text, source } of page.jsonScripts) {
    if (text.length < 500 || !text.includes("<p")) continue;
    const parsed = parseJson(text);
    if (parsed === undefined) continue;
    const stack: Json[] = [parsed];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if (Array.isArray(item)) stack.push(...item);
      else if (item !== null && typeof item === "object") {
        for (const [key, value] of Object.entries(item)) {
          if (typeof value === "string") {
            if (/^(body|articlebody|content|html|storybody|bodyhtml)$/i.test(key) && value.includes("<p") && value.length > (best?.text.length ?? 0)) best = { text: value, source };
          } else if (value !== null && typeof value === "object") stack.push(value);
        }
      }
    }
  }
  return best;
}

function readPageMetadata(root: AnyNode, draft: ArticleDraft): PageMetadata {
  const page = indexPage(root);
  draft.setUrl(page.canonical);
  const articleBody = readJsonLd(page, draft);
  readMetaTags(page, draft);
  return { articleBody, embeddedBodyHtml: embeddedBodyHtml(page) };
}

// ── Chrome removal ──
function isHidden(el: Element): boolean {
  const a = el.attribs;
  return a.hidden !== undefined || a["aria-hidden"] === "true" || (a.style !== undefined && HIDDEN_STYLE.test(a.style));
}

function hintReason(el: Element): { reason: RemovalReason; strong: boolean } | null {
  const tokens = hintTokens(el);
  if (tokens.length === 0) return null;
  if (tokens.some((t) => HTML_KEEP_HINTS.has(t))) return null;
  for (const token of tokens) {
    const reason = HTML_TOKEN_HINTS[token];
    if (reason) return { reason, strong: reason === "comments" };
  }
  const joined = hintString(el);
  for (const [fragment, reason] of HTML_SUBSTRING_HINTS) if (joined.includes(fragment)) return { reason, strong: false };
  return null;
}

/** The reason an element is chrome, or null. Blocks that hold several long paragraphs are kept unless the hint is certain. */
function dropReason(el: Element, stats: Stats | undefined, site: SiteRule | null): RemovalReason | null {
  const tag = el.name;
  if (site && site.drop.length > 0 && matchesAny(el, site.drop)) return "boilerplate";
  if (tag === "html" || tag === "body" || tag === "main" || tag === "article") return null;
  const tagReason = HTML_DROP_TAGS[tag];
  if (tagReason && ALWAYS_DROP.has(tag)) return tagReason;
  const looksLikeArticle = (stats?.longParagraphs ?? 0) >= 3 && linkDensity(stats) < 0.3;
  if (tagReason) return looksLikeArticle ? null : tagReason;
  if (isHidden(el)) return looksLikeArticle ? null : "hidden";
  const role = el.attribs.role?.toLowerCase();
  if (role && ROLE_REASONS[role]) return looksLikeArticle ? null : ROLE_REASONS[role]!;
  const hint = hintReason(el);
  if (hint && (hint.strong || !looksLikeArticle)) return hint.reason;
  return null;
}

function removalText(el: Element, reason: RemovalReason): string {
  const text = reason === "script" || reason === "style" ? textOf(el, undefined, SCRIPT_TEXT_MAX * 4) : textOf(el);
  if ((reason === "script" || reason === "style") && text.length > SCRIPT_TEXT_MAX) return `${text.slice(0, SCRIPT_TEXT_MAX)}…`;
  return text;
}

/** Marks chrome subtrees as excluded (recording each with its reason); returns the set of excluded nodes. */
function stripChrome(root: AnyNode, draft: ArticleDraft, site: SiteRule | null): { excluded: WeakSet<AnyNode>; cookie: WeakSet<AnyNode>; pageChars: number } {
  const excluded = new WeakSet<AnyNode>();
  const cookie = new WeakSet<AnyNode>();
  const stats = computeStats(root, excluded);
  let pageChars = 0;
  for (const child of childrenOf(root)) if (isElement(child)) pageChars += stats.get(child)?.text ?? 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "comment" || node.type === "directive") {
      excluded.add(node);
      continue;
    }
    if (isElement(node)) {
      const reason = dropReason(node, stats.get(node), site);
      if (reason) {
        excluded.add(node);
        if (reason === "cookie-banner") cookie.add(node);
        if (reason === "script" || reason === "style") pageChars -= stats.get(node)?.text ?? 0;
        draft.remove(removalText(node, reason), reason);
        continue;
      }
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { excluded, cookie, pageChars };
}

// ── Choosing the article container ──
function classWeight(el: Element): number {
  let weight = 0;
  for (const token of hintTokens(el)) {
    if (HTML_POSITIVE_HINTS.has(token)) weight += 25;
    if (HTML_NEGATIVE_HINTS.has(token)) weight -= 25;
  }
  if (el.name === "article" || el.name === "main") weight += 25;
  if (el.attribs.itemprop === "articleBody") weight += 50;
  return Math.max(-50, Math.min(75, weight));
}

function paragraphScore(text: string): number {
  return 1 + (text.match(/[,，]/g)?.length ?? 0) + Math.min(3, Math.floor(text.length / 100));
}

/** Direct text of an element (not inside child elements), whitespace collapsed. */
function directText(el: Element): string {
  let text = "";
  for (const child of el.children) if (child.type === "text") text += (child as unknown as { data: string }).data;
  return text.replace(WHITESPACE, " ").trim();
}

/** Readability-style scores: each paragraph credits its parent fully, its grandparent half, the next a third. */
function scoreCandidates(root: AnyNode, excluded: WeakSet<AnyNode>, stats: Map<Element, Stats>): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const el of elementsInOrder(root, excluded)) {
    const isParagraph = PARAGRAPH_TAGS.has(el.name);
    const text = isParagraph ? textOf(el, excluded) : el.name === "div" || el.name === "td" || el.name === "section" ? directText(el) : "";
    if (text.length < 25) continue;
    const score = paragraphScore(text);
    let ancestor: AnyNode | null = isParagraph ? el.parent : el;
    for (let level = 0; level < 3 && ancestor && isElement(ancestor); level++) {
      const current = scores.get(ancestor) ?? classWeight(ancestor);
      scores.set(ancestor, current + score / (level === 0 ? 1 : level + 1));
      ancestor = ancestor.parent;
    }
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(stats.get(el))));
  return scores;
}

/** The best candidate and the siblings that score close to it, plus blocks of the same tag and class elsewhere
 * (a story split into chunks by ads or widgets), in document order. */
function chooseContainer(root: AnyNode, excluded: WeakSet<AnyNode>): Element[] {
  const stats = computeStats(root, excluded);
  const scores = scoreCandidates(root, excluded, stats);
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return [];
  const parent = best.parent;
  if (!parent || !isElement(parent)) return [best];
  const threshold = Math.max(10, bestScore * 0.2);
  const chosen = parent.children.filter((sibling): sibling is Element => {
    if (sibling === best) return true;
    if (!isElement(sibling) || excluded.has(sibling)) return false;
    if ((scores.get(sibling) ?? 0) >= threshold) return true;
    if (sibling.name !== "p") return false;
    const s = stats.get(sibling);
    return (s?.text ?? 0) > LONG_PARAGRAPH_CHARS && linkDensity(s) < 0.25;
  });
  return withTwins(root, excluded, stats, best, chosen);
}

function isInside(node: AnyNode, ancestors: Set<AnyNode>): boolean {
  for (let up: AnyNode | null = node; up; up = up.parent) if (ancestors.has(up)) return true;
  return false;
}

function withTwins(root: AnyNode, excluded: WeakSet<AnyNode>, stats: Map<Element, Stats>, best: Element, chosen: Element[]): Element[] {
  const signature = best.attribs.class?.trim();
  if (!signature) return chosen;
  const chosenSet = new Set<AnyNode>(chosen);
  const order = elementsInOrder(root, excluded);
  const twins = order.filter((el) => {
    if (el === best || el.name !== best.name || el.attribs.class?.trim() !== signature || isInside(el, chosenSet)) return false;
    const s = stats.get(el);
    return (s?.prose ?? 0) >= PROSE_PARAGRAPH_CHARS && linkDensity(s) < 0.3 && !chosen.some((c) => isInside(c, new Set([el])));
  });
  if (twins.length === 0) return chosen;
  const position = new Map(order.map((el, i) => [el, i]));
  return [...chosen, ...twins].sort((a, b) => position.get(a)! - position.get(b)!);
}

// ── Units from a subtree ──
class UnitWriter {
  readonly units: Unit[] = [];
  private buffer: string[] = [];
  private textChars = 0;
  private linkChars = 0;
  private group = 0;
  private sourceStart = Infinity;
  private sourceEnd = -1;

  append(text: string, inLink: boolean, node?: AnyNode): void {
    this.buffer.push(text);
    if (node && node.startIndex !== null && node.endIndex !== null) {
      this.sourceStart = Math.min(this.sourceStart, node.startIndex);
      this.sourceEnd = Math.max(this.sourceEnd, node.endIndex + 1);
    }
    const visible = visibleLength(text);
    this.textChars += visible;
    if (inLink) this.linkChars += visible;
  }

  flush(kind: Unit["kind"]): void {
    const text = this.buffer.join("");
    const linkRatio = this.textChars > 0 ? this.linkChars / this.textChars : 0;
    this.buffer = [];
    this.textChars = 0;
    this.linkChars = 0;
    const source = this.sourceEnd >= 0 ? { start: this.sourceStart, end: this.sourceEnd } : undefined;
    this.sourceStart = Infinity;
    this.sourceEnd = -1;
    const lines = (kind === "p" ? text.split("\n") : [text.replace(/\n/g, " ")]).map(normaliseLine).filter(Boolean);
    for (const line of lines) {
      this.units.push({ text: line, kind, group: this.group, joiner: "\n", linkRatio, source: source && { ...source } });
    }
    if (lines.length > 0) this.group++;
  }
}

interface WalkFrame {
  node: AnyNode;
  exit: boolean;
}

/** Paragraph, heading and list-item units of the given subtrees, skipping excluded nodes. */
function unitsOf(roots: AnyNode[], excluded: WeakSet<AnyNode>): Unit[] {
  const writer = new UnitWriter();
  const stack: WalkFrame[] = roots.map((node) => ({ node, exit: false })).reverse();
  let listDepth = 0;
  let linkDepth = 0;
  let preDepth = 0;
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (excluded.has(node)) continue;
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data;
      writer.append(preDepth > 0 ? data : data.replace(WHITESPACE, " "), linkDepth > 0, node);
      continue;
    }
    if (!isElement(node)) {
      if (node.type === "root") for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
      continue;
    }
    const tag = node.name;
    if (SKIP_TAGS.has(tag) || node.type !== "tag") continue;
    if (exit) {
      if (tag === "a") linkDepth--;
      else if (tag === "pre") preDepth--;
      if (tag === "li") {
        writer.flush("li");
        listDepth--;
      } else if (HEADING_TAGS.has(tag) && listDepth === 0) writer.flush(tag === "h1" ? "title" : "h");
      else if (BLOCK_TAGS.has(tag) && listDepth === 0) writer.flush("p");
      continue;
    }
    if (tag === "br") {
      writer.append("\n", false);
      continue;
    }
    if (tag === "li") {
      writer.flush(listDepth > 0 ? "li" : "p");
      listDepth++;
    } else if (BLOCK_TAGS.has(tag)) {
      if (listDepth === 0) writer.flush("p");
      else writer.append(" ", false);
    }
    if (tag === "a") linkDepth++;
    else if (tag === "pre") preDepth++;
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
  }
  writer.flush("p");
  return writer.units;
}

function unitsOfPlainBody(text: string): Unit[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n+/)
    .map(normaliseLine)
    .filter(Boolean)
    .map((line, group) => ({ text: line, kind: "p" as const, group, joiner: "\n" as const, linkRatio: 0 }));
}

function unitsOfHtmlFragment(html: string): Unit[] {
  const $ = cheerio().load(html, PARSE_OPTIONS);
  return unitsOf([$.root()[0]!], new WeakSet());
}

const MARKUP = /<(?:p|div|br|h[1-6]|ul|li)[\s>/]/i;
const ESCAPED_MARKUP = /&lt;\/?(?:p|div|br|h[1-6]|ul|li|a|span|img)[\s&/]/i;

/** A JSON-LD articleBody: plain text, HTML, or HTML whose markup was escaped as entities. */
function unitsOfArticleBody(body: string): Unit[] {
  if (MARKUP.test(body)) return unitsOfHtmlFragment(body);
  if (ESCAPED_MARKUP.test(body)) return unitsOfHtmlFragment(cheerio().load(body, PARSE_OPTIONS).root().text());
  return unitsOfPlainBody(body);
}

function unitChars(units: Unit[]): number {
  return units.reduce((sum, unit) => sum + unit.text.length, 0);
}

/** Units read from a script's JSON get the range of their words inside that script. */
function traceUnits(raw: string, units: Unit[], script: SourceRange | undefined): Unit[] {
  if (!script) return units;
  const ranges = traceInOrder(raw, script, units.map((unit) => unit.text));
  units.forEach((unit, i) => {
    unit.source = ranges[i] ?? undefined;
  });
  return units;
}

/** Pages big enough for the share of their text in the body to mean something. */
const PAGE_CHARS_FOR_SHARE = 5000;

/** Warns when the body is a sliver of a text-heavy page (the story was probably missed) or nearly all of it
 * (chrome was probably kept). Characters are counted without whitespace on both sides. */
function checkBodyForPage(body: string, pageChars: number, diagnostics: Diagnostic[]): void {
  if (pageChars < PAGE_CHARS_FOR_SHARE || body.length === 0) return;
  const share = body.replace(/\s+/g, "").length / pageChars;
  const note = (severity: "warning" | "info", rule: string, message: string) => diagnostics.push({ severity, rule, message, start: 0, end: body.length });
  if (share < 0.05) note("warning", "clean.body-short-for-page", `body holds ${(share * 100).toFixed(1)}% of the page's text: the story may have been missed`);
  // Real pages carry menus, footers and links; a body that is nearly all the text is worth a look, not an alarm.
  else if (share > 0.9) note("info", "clean.body-long-for-page", `body holds ${(share * 100).toFixed(0)}% of the page's text: page chrome may remain`);
}

// ── Assembly with fallbacks ──
interface Attempt {
  name: string;
  units: () => Unit[];
}

function tryAttempt(base: ArticleDraft, units: Unit[]): { draft: ArticleDraft; body: string; kept: Unit[] } {
  const draft = base.clone();
  const kept = classifyUnits(units, draft, { guessHeadline: draft.headline === null, dropPreBodyChrome: true });
  return { draft, body: assembleBody(kept), kept };
}

function firstTimeIn(roots: Element[], excluded: WeakSet<AnyNode>): string | null {
  for (const root of roots) {
    for (const el of elementsInOrder(root, excluded)) if (el.name === "time" && el.attribs.datetime) return el.attribs.datetime;
  }
  return null;
}

/** Cleans an HTML page. Throws InputError("NO_BODY") when no body survives. */
export function cleanHtml(raw: string, diagnostics: Diagnostic[]): Article {
  const $ = cheerio().load(raw, PAGE_PARSE_OPTIONS);
  const root = $.root()[0]!;
  const draft = new ArticleDraft();
  const page = readPageMetadata(root, draft);
  const site = siteRuleFor(draft.url);
  const { excluded, cookie, pageChars } = stripChrome(root, draft, site);
  const siteBody = site && site.body.length > 0 ? elementsInOrder(root, excluded).filter((el) => matchesAny(el, site.body)) : [];
  const container = siteBody.length > 0 ? siteBody : chooseContainer(root, excluded);
  if (draft.publishedAt === null) draft.setPublishedAt(firstTimeIn(container, excluded));
  const domUnits = unitsOf(container, excluded);
  const domChars = unitChars(domUnits);

  const attempts: Attempt[] = [];
  const ld = page.articleBody;
  if (ld && ld.text.length > ARTICLE_BODY_MIN_CHARS && ld.text.length >= domChars * 0.6) {
    attempts.push({ name: "json-ld", units: () => traceUnits(raw, unitsOfArticleBody(ld.text), ld.source) });
  }
  const embedded = page.embeddedBodyHtml;
  if (embedded && embedded.text.length > domChars * 2) {
    attempts.push({ name: "embedded-json", units: () => traceUnits(raw, unitsOfHtmlFragment(embedded.text), embedded.source) });
  }
  attempts.push({ name: "container", units: () => domUnits });
  attempts.push({ name: "whole-page", units: () => unitsOf([root], excluded) });
  attempts.push({ name: "unfiltered-page", units: () => unitsOf([root], cookie) });

  type Result = { name: string; draft: ArticleDraft; body: string; kept: Unit[] };
  let chosen: Result | null = null;
  let firstNonEmpty: Result | null = null;
  for (const attempt of attempts) {
    const result = { name: attempt.name, ...tryAttempt(draft, attempt.units()) };
    if (result.body.length >= MIN_BODY_CHARS) {
      chosen = result;
      break;
    }
    if (result.body.length > 0) firstNonEmpty ??= result;
  }
  chosen ??= firstNonEmpty;
  if (chosen && (chosen.name === "whole-page" || chosen.name === "unfiltered-page" || chosen.name === "embedded-json")) {
    info(diagnostics, "clean.html-fallback", `body taken from the ${chosen.name}`);
  }
  const final = chosen ?? tryAttempt(draft, []);
  if (final.draft.authors.some((a) => !looksLikeName(a))) final.draft.authors = final.draft.authors.filter(looksLikeName);
  checkBodyForPage(final.body, pageChars, diagnostics);
  return finishArticle(final.draft, final.body, diagnostics, final.kept);
}
