// Quotations and who said them: “…,” said X, ROLE at ORG. / X, ROLE, said: “…” / “…,” X noted. / he said /
// ORG has “…” / strategists led by X wrote / blockquoted comments under "X at ORG:". One fact per quoted span;
// a quote split by its attribution gives two facts with the same speaker; a quote running over paragraphs gives one
// fact per paragraph, all with the speaker named anywhere in the run. "“…” — X, ROLE at ORG" credit lines too.
// Scare quotes and titles are skipped.
import type { Span } from "../schemas/record.ts";
import type { DraftOf, ExtractionInput, Extractor } from "./types.ts";
import { examples } from "./quote.examples.ts";
import { NON_FINAL_ABBREVIATIONS, SCARE_QUOTE_INTRODUCERS, SPEECH_VERBS } from "./lexicon.ts";
import { clauseEnd, resolveSpeakerPhrase, scanArticle, type ArticleSpeakers, type ResolvedSpeaker } from "./speakers.ts";
import { stanceOf } from "./sentiment.ts";
import { escapeRegExp } from "./patterns.ts";

type QuoteDraft = DraftOf<"quote">;
type Attribution = QuoteDraft["attribution"];

interface RawQuote {
  /** Offset of the opening mark (or of the first word of a blockquote). */
  start: number;
  /** Offset just after the closing mark (or the end of the block). */
  end: number;
  /** The quoted words, marks removed. */
  text: string;
  paragraph: number;
  /** The last paragraph the quote runs into. */
  lastParagraph: number;
  kind: "marked" | "unclosed" | "block";
  /** A quote running over paragraphs is one RawQuote per paragraph: the run's id and this paragraph's place in it. */
  run?: { id: number; part: number };
}

const VERBS = SPEECH_VERBS.map(escapeRegExp).join("|");
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, "g");
const SCARE_RE = new RegExp(`(?:^|\\W)(?:${SCARE_QUOTE_INTRODUCERS.map(escapeRegExp).join("|")})\\s+(?:(?:the|a|an|as|it|this)\\s+)?$`, "i");
const LEAD_MARKER = /^(?:[*•·>-]\s*|\d+[.)]\s+)*/;
const OPENERS = new Set(["“", '"']);
const SMALL_WORDS = new Set(["a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by", "with", "from", "vs.", "&"]);

function isOpenStraight(body: string, i: number): boolean {
  const prev = i === 0 ? "\n" : body[i - 1]!;
  return /[\s(\[{—–\-/]/.test(prev) || prev === "*" || prev === ">";
}

/** Start of the content of a paragraph after a list or blockquote marker. */
function contentStart(body: string, p: Span): number {
  const lead = p.text.match(LEAD_MARKER)![0].length;
  return p.start + lead;
}

function isBlockquote(p: Span): boolean {
  return p.text.split("\n").every((line) => /^\s*>/.test(line));
}

/** The quoted words: marks removed; the paragraph breaks of a continued quote (and their opening marks) folded. */
function innerText(body: string, start: number, end: number, closed: boolean): string {
  let s = body.slice(start + 1, closed ? end - 1 : end);
  s = s.replace(/[”"]?\s*\n\s*\n\s*(?:[*•>\-]\s*)*[“"]/g, " ");
  s = s.replace(/\n\s*>\s?/g, "\n");
  return s.trim();
}

/** Every quoted span of the body, in order; unbalanced marks are skipped, never fatal. */
function findQuotes(body: string, paragraphs: Span[]): RawQuote[] {
  const quotes: RawQuote[] = [];
  let open: { at: number; paragraph: number; straight: boolean; run?: RawQuote["run"] } | null = null;
  let runs = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const found = quotes.length;
    const marked = /[“”"]/.test(para.text);
    let from = para.start;
    if (open) {
      // a quote left open at the end of the paragraph before: this paragraph's opening mark starts its next part
      const at = contentStart(body, para);
      open = { at, paragraph: p, straight: body[at] === '"', run: { id: open.run!.id, part: open.run!.part + 1 } };
      from = at + 1;
    }
    if (!marked && isBlockquote(para) && !open) {
      const s = contentStart(body, para);
      const text = body.slice(s, para.end).replace(/\n\s*>\s?/g, "\n").replace(/\n{2,}/g, "\n").trim();
      if (text) quotes.push({ start: s, end: para.end, text, paragraph: p, lastParagraph: p, kind: "block" });
      continue;
    }
    for (let i = from; i < para.end; i++) {
      const c = body[i]!;
      const straight = c === '"';
      if (c !== "“" && c !== "”" && !straight) continue;
      const opening = c === "“" || (straight && (!open || !open.straight) && isOpenStraight(body, i));
      if (opening) {
        if (open && open.paragraph === p) {
          // a stray opening inside a quote: a closing typed as ’ (“…,’ said X) closes it; else the first opening was unbalanced
          const between = body.slice(open.at, i);
          const alt = [...between.matchAll(/[,.!?]’(?=\s)/g)].pop();
          if (alt && !straight) {
            const end = open.at + alt.index! + 2;
            quotes.push({ start: open.at, end, text: innerText(body, open.at, end, true), paragraph: open.paragraph, lastParagraph: p, kind: "marked", run: open.run });
          }
        }
        open = { at: i, paragraph: p, straight };
      } else if (open && (straight === open.straight || c === "”")) {
        const end = i + 1;
        quotes.push({ start: open.at, end, text: innerText(body, open.at, end, true), paragraph: open.paragraph, lastParagraph: p, kind: "marked", run: open.run });
        open = null;
      }
    }
    if (open) {
      const next = paragraphs[p + 1];
      const nextOpens = next && OPENERS.has(body[contentStart(body, next)]!);
      if (nextOpens) {
        // the quote goes on in the next paragraph: this paragraph's part is a quote of its own (labels count each)
        let end = para.end;
        while (end > open.at && /\s/.test(body[end - 1]!)) end--;
        const run: NonNullable<RawQuote["run"]> = open.run ?? { id: runs++, part: 0 };
        quotes.push({ start: open.at, end, text: innerText(body, open.at, end, false), paragraph: p, lastParagraph: p, kind: "marked", run });
        open = { ...open, run };
      } else {
        // unclosed at the paragraph's end: kept only as the continuation of a quote of the same paragraph
        if (open.paragraph === p && quotes.length > found && quotes[quotes.length - 1]!.paragraph === p) {
          let end = para.end;
          while (end > open.at && /\s/.test(body[end - 1]!)) end--;
          quotes.push({ start: open.at, end, text: innerText(body, open.at, end, false), paragraph: p, lastParagraph: p, kind: "unclosed" });
        }
        open = null;
      }
    }
  }
  return quotes;
}

/** Offset where the sentence holding `pos` starts, not before `limit`. */
function sentenceStart(body: string, pos: number, limit: number): number {
  const slice = body.slice(limit, Math.min(body.length, pos + 1));
  let start = limit;
  for (const m of slice.matchAll(/[.!?][”’"]?\s+(?=[A-Z“"‘(])/g)) {
    const upto = slice.slice(0, m.index! + 1);
    const word = upto.split(/\s+/).pop() ?? "";
    if (NON_FINAL_ABBREVIATIONS.includes(word) || /^(?:[A-Z]\.)+$/.test(word)) continue;
    start = Math.min(pos, limit + m.index! + m[0].length);
  }
  return start;
}

/** Offset where the sentence holding `pos` ends, not after `limit`. */
function sentenceEnd(body: string, pos: number, limit: number): number {
  const slice = body.slice(pos, limit);
  for (const m of slice.matchAll(/[.!?](?=[”’"]?\s+[A-Z“"‘(]|[”’"]?\s*$)/g)) {
    const upto = slice.slice(0, m.index! + 1);
    const word = upto.split(/\s+/).pop() ?? "";
    if (NON_FINAL_ABBREVIATIONS.includes(word) || /^(?:[A-Z]\.)+$/.test(word) || /^(?:Co|Inc|Ltd|Corp)\.$/.test(word) && /^\s*[“"]/.test(slice.slice(m.index! + 1)) === false && false) continue;
    return pos + m.index! + 1;
  }
  return limit;
}

function countWords(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

/** A quoted title or name: every content word capitalised ("The Big Short", "Sell in May"). */
function looksLikeTitle(text: string): boolean {
  const words = text.replace(/[.,!?:;]+$/, "").split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 10) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

interface Found {
  speaker: ResolvedSpeaker;
  attribution: Attribution;
  rule: string;
}

const KIND_ATTRIBUTION: Record<ResolvedSpeaker["kind"], Attribution> = {
  person: "explicit",
  surname: "surname",
  pronoun: "pronoun",
  organization: "organization",
  role: "pronoun",
};

function found(speaker: ResolvedSpeaker | null, rule: string, attribution?: Attribution): Found | null {
  if (!speaker) return null;
  if (speaker.name === null) return { speaker, attribution: "unresolved", rule: `${rule}-unresolved` };
  return { speaker, attribution: attribution ?? KIND_ATTRIBUTION[speaker.kind], rule };
}

/** Tries the phrase, then the phrase without its leading clauses ("In a note, Jim Park"). */
function resolveTrimmed(phrase: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null {
  let rest = phrase.trim();
  for (let i = 0; i < 4 && rest; i++) {
    const r = resolveSpeakerPhrase(rest, at, speakers);
    if (r) return r;
    const comma = rest.indexOf(", ");
    if (comma < 0) break;
    rest = rest.slice(comma + 2);
  }
  return null;
}

/** The attribution in the words after the quote, up to the end of its sentence. */
function fromTail(tail: string, at: number, speakers: ArticleSpeakers): Found | null {
  const t = tail.replace(/^[\s,–—-]+/, "");
  if (!t) return null;
  // a credit line after a dash: "“…” — Jim Park, chief strategist at Fir Capital"
  const credit = tail.match(/^\s*[—–]\s*([^—–\n]+)$/);
  if (credit) {
    const r = resolveSpeakerPhrase(credit[1]!.trim(), at, speakers);
    if (r && r.kind === "person") return found(r, "quote.dash-credit");
  }
  const acc = t.match(/^according to\s+(.*)$/s);
  if (acc) return found(resolveSpeakerPhrase(clauseEnd(acc[1]!), at, speakers), "quote.according-to", "according_to");
  for (const m of t.matchAll(VERB_RE)) {
    const before = t.slice(0, m.index!);
    const after = t.slice(m.index! + m[0].length);
    if (before.trim()) {
      if (countWords(before) > 14) break;
      const r = resolveSpeakerPhrase(clauseEnd(before + " said").replace(/\s*said$/, ""), at, speakers) ?? resolveSpeakerPhrase(before, at, speakers);
      if (r) return found(r, r.kind === "person" && /,/.test(before) ? "quote.name-role-said" : `quote.${r.kind}-said`);
    }
    const phrase = clauseEnd(after.replace(/^\s+/, ""));
    if (phrase) {
      const r = resolveSpeakerPhrase(phrase, at, speakers);
      if (r) return found(r, /,/.test(phrase) || /\s(?:at|of)\s/.test(phrase) ? "quote.said-name-role" : `quote.said-${r.kind}`);
    }
    break;
  }
  return null;
}

const ORG_SPEAKS = /^((?:[A-Z\d][\p{L}\d.&’'\-]*\s?)+?)\s+(?:has|have|is|are|sees|expects|thinks|believes|remains|was|were|recommends|favors|favours|prefers)\b/u;

/** The attribution in the words before the quote, from the start of its sentence. */
function fromHead(head: string, at: number, speakers: ArticleSpeakers): Found | null {
  const h = head.trim();
  if (!h) return null;
  const acc = h.match(/\baccording to\s+(.+?)(?:,|$)/i);
  if (acc) {
    const r = resolveSpeakerPhrase(acc[1]!, at, speakers);
    if (r) return found(r, "quote.according-to", "according_to");
  }
  const verbs = [...h.matchAll(VERB_RE)];
  for (const m of verbs.reverse()) {
    const before = h.slice(0, m.index!).trim();
    if (before) {
      const r = resolveTrimmed(before, at, speakers);
      if (r) return found(r, r.kind === "person" && /,/.test(before) ? "quote.name-role-said-colon" : `quote.${r.kind}-said-colon`);
    }
    const after = clauseEnd(h.slice(m.index! + m[0].length).trim());
    if (after && /:$/.test(h)) {
      const r = resolveSpeakerPhrase(after, at, speakers);
      if (r) return found(r, "quote.said-name-role-colon");
    }
  }
  const org = h.match(ORG_SPEAKS);
  if (org) {
    const r = resolveSpeakerPhrase(org[1]!, at, speakers);
    if (r && r.kind === "organization") return found(r, "quote.organization", "organization");
  }
  return null;
}

/** "…, Park said." ending the sentence before a quote that has no attribution of its own. */
function fromPreviousSentence(sentence: string, at: number, speakers: ArticleSpeakers): Found | null {
  const m = sentence.match(new RegExp(`(?:^|,\\s+)([^,]{2,60}?)\\s+(?:${VERBS})(?:\\s+(?:by phone|in an? [a-z ]+|on [A-Z][\\w ]+|to [A-Z][\\w ]+))?[.:]\\s*$`));
  if (m) {
    const r = resolveSpeakerPhrase(m[1]!, at, speakers);
    if (r && r.name) return found(r, "quote.previous-sentence");
  }
  return null;
}

/** A paragraph that only names a speaker: "Jim Park, chief strategist at Fir Capital:". */
function headerSpeaker(text: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null {
  const t = text.replace(LEAD_MARKER, "").trim();
  if (!t.endsWith(":") || countWords(t) > 25) return null;
  const r = resolveSpeakerPhrase(t.slice(0, -1), at, speakers);
  return r && r.kind === "person" ? r : null;
}

/**
 * A quote running over paragraphs gives one fact per paragraph, all with one speaker: the first attribution found
 * anywhere in the run ("“…\n\n“…,” she said." names the speaker of both parts). The first part keeps that
 * attribution; the later parts are continuations. Parts too short to report still lend the run their attribution.
 */
interface Kept {
  q: RawQuote;
  f: Found;
  /** A quoted fragment inside a sentence: kept only when its run names a speaker. */
  fragment: boolean;
  /** Too short or a title: gives no fact. */
  drop: boolean;
}

function resolveRuns(kept: Kept[]): void {
  const runs = new Map<number, Kept[]>();
  for (const k of kept) if (k.q.run) runs.set(k.q.run.id, [...(runs.get(k.q.run.id) ?? []), k]);
  for (const all of runs.values()) {
    const parts = all.filter((k) => !k.drop);
    if (parts.length === 0) continue;
    const own = all.find((k) => k.f.speaker.name && k.f.attribution !== "continuation") ?? all.find((k) => k.f.speaker.name);
    if (!own) continue;
    const speaker = own.f.speaker;
    // the first fact keeps (or takes) the run's attribution unless that attribution came before it, with a part too short to report
    const ownBefore = all.indexOf(own) < all.indexOf(parts[0]!);
    parts.forEach((k, i) => {
      if (i === 0 && !ownBefore) {
        if (k.f.speaker.name !== speaker.name || k.f.attribution === "unresolved") k.f = { ...own.f, rule: `${own.f.rule}-run` };
      } else {
        k.f = { speaker, attribution: "continuation", rule: "quote.continuation" };
      }
    });
  }
}

function extract(input: ExtractionInput): QuoteDraft[] {
  const { body, paragraphs } = input;
  if (!/[“”"]|^\s*>|:\s*$/m.test(body)) return [];
  const quotes = findQuotes(body, paragraphs);
  // paragraphs with no marks under a speaker header ("Jim Park at Fir Capital:") are quotes too
  for (let p = 1; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    if (/[“”"]/.test(para.text) || isBlockquote(para) || !paragraphs[p - 1]!.text.trim().endsWith(":")) continue;
    if (countWords(para.text) < 6 || /^\s*[*•-]/.test(para.text)) continue;
    const s = contentStart(body, para);
    quotes.push({ start: s, end: para.end, text: body.slice(s, para.end).trim(), paragraph: p, lastParagraph: p, kind: "block" });
  }
  quotes.sort((a, b) => a.start - b.start);
  if (quotes.length === 0) return [];
  const speakers = scanArticle(body);
  const kept: Kept[] = [];
  /** Speaker of the last quote kept, by paragraph. */
  const lastSpeaker = new Map<number, { found: Found; end: number }>();
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    const para = paragraphs[q.paragraph]!;
    const lastPara = paragraphs[q.lastParagraph]!;
    const prev = quotes[qi - 1];
    const next = quotes[qi + 1];
    const headLimit = prev && prev.lastParagraph === q.paragraph ? prev.end : para.start;
    const tailLimit = next && next.paragraph === q.lastParagraph ? next.start : lastPara.end;
    const sStart = sentenceStart(body, q.start, headLimit);
    const head = body.slice(sStart, q.start);
    const headFromParagraph = body.slice(para.start, q.start);
    const tail = body.slice(q.end, sentenceEnd(body, q.end, tailLimit));

    // what is quoted: words of speech, not a name, a title or a scare-quoted term
    const laterPart = (q.run?.part ?? 0) > 0;
    if (q.kind !== "block" && !laterPart && SCARE_RE.test(headFromParagraph.slice(-40))) continue;
    // too short or a title: no fact, though a part of a run still lends the run its attribution ("“Not now,” he said.")
    const drop = countWords(q.text) < 4 || looksLikeTitle(q.text);
    if (drop && !q.run) continue;

    let f: Found | null = null;
    if (q.kind === "block") {
      const header = paragraphs[q.paragraph - 1];
      const r = header ? headerSpeaker(header.text, q.start, speakers) : null;
      if (!r) continue;
      f = found(r, "quote.block-header");
    } else {
      const headerPara = paragraphs[q.paragraph - 1];
      f = fromTail(tail, q.start, speakers) ?? fromHead(head, q.start, speakers);
      const sentenceInitial = head.replace(LEAD_MARKER, "").trim() === "" || /:\s*$/.test(head);
      if (!f && sentenceInitial && sStart > headLimit) {
        f = fromPreviousSentence(body.slice(sentenceStart(body, sStart - 1, headLimit), sStart), q.start, speakers);
      }
      if (!f && !laterPart && q.start === contentStart(body, para) && headerPara && q.paragraph > 0) {
        const r = headerSpeaker(headerPara.text, q.start, speakers);
        if (r) f = found(r, "quote.block-header");
      }
      if (!f && sentenceInitial) {
        const carried = lastSpeaker.get(q.paragraph) ??
          (q.start === contentStart(body, para) ? lastSpeaker.get(q.paragraph - 1) : undefined);
        if (carried && carried.found.speaker.name) {
          f = { speaker: carried.found.speaker, attribution: "continuation", rule: "quote.continuation" };
        }
      }
      if (!f) {
        // a fragment inside someone's sentence with no speaker is a phrase, not a quote (unless its run has a speaker)
        if (!sentenceInitial && !q.run) continue;
        f = { speaker: { name: null, role: null, organization: null, kind: "person" }, attribution: "unresolved", rule: "quote.unresolved" };
        if (!sentenceInitial) {
          kept.push({ q, f, fragment: true, drop });
          continue;
        }
      }
    }
    if (!f) continue;
    if (q.kind === "unclosed") f = { ...f, rule: `${f.rule}-unclosed` };
    if (f.speaker.name) lastSpeaker.set(q.lastParagraph, { found: f, end: q.end });
    kept.push({ q, f, fragment: false, drop });
  }
  resolveRuns(kept);
  const facts: QuoteDraft[] = [];
  for (const { q, f, fragment, drop } of kept) {
    if (drop || (fragment && !f.speaker.name)) continue;
    const { stance, sentiment, cues } = stanceOf(q.text);
    const confidence =
      f.attribution === "unresolved" ? 0.5 : f.attribution === "explicit" || f.attribution === "according_to" ? 0.9 : f.attribution === "continuation" ? 0.85 : 0.75;
    facts.push({
      type: "quote",
      text: q.text,
      speaker: { name: f.speaker.name, role: f.speaker.role, organization: f.speaker.organization, entity: null },
      attribution: f.attribution,
      stance,
      sentiment,
      cues,
      evidence: { start: q.start, end: q.end, text: body.slice(q.start, q.end) },
      rule: f.rule,
      confidence: q.kind === "unclosed" ? confidence - 0.2 : confidence,
    });
  }
  return facts;
}

export const quote: Extractor<"quote"> = {
  name: "quote",
  type: "quote",
  extract,
  examples,
};
