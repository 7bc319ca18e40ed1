// Quotations and who said them: “…,” said X, ROLE at ORG. / X, ROLE, said: “…” / “…,” X noted. / he said /
// ORG has “…” / strategists led by X wrote / blockquoted comments under "X at ORG:". One fact per quoted span;
// a quote split by its attribution gives two facts with the same speaker; a quote running over paragraphs gives one
// fact per paragraph, all with the speaker named anywhere in the run. "“…” — X, ROLE at ORG" credit lines too.
// Scare quotes and titles are skipped.
import type { Diagnostic, Span } from "../schemas/record.ts";
import type { DraftOf, ExtractionInput, Extractor } from "./types.ts";
import { examples } from "./quote.examples.ts";
import { NON_FINAL_ABBREVIATIONS, SCARE_QUOTE_INTRODUCERS, SPEECH_VERBS } from "./lexicon.ts";
import { clauseEnd, resolveSpeakerPhrase, scanArticle, sentenceSubject, type ArticleSpeakers, type ResolvedSpeaker } from "./speakers.ts";
import { stanceOf } from "./sentiment.ts";
import { allMatches, escapeRegExp, lastWord } from "./patterns.ts";

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
const CAPITALISED_WORDS = String.raw`\p{Lu}[\p{L}’'\-]+(?:\s\p{Lu}[\p{L}’'\-]+){0,3}`;
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, "g");
const SCARE_RE = new RegExp(`(?:^|\\W)(?:${SCARE_QUOTE_INTRODUCERS.map(escapeRegExp).join("|")})\\s+(?:(?:the|a|an|as|it|this)\\s+)?$`, "i");
const LEAD_MARKER = /^(?:[*•·>-]\s*|\d+[.)]\s+)*/;
const OPENERS = new Set(["“", '"']);
/** “…, he said. “ — an attribution clause between an unclosed quote and the next opening mark. */
const ATTRIBUTION_THEN_OPEN_RE = new RegExp(
  `,(?=\\s+(?:(?:[Hh]e|[Ss]he|[Tt]hey|${CAPITALISED_WORDS})\\s+(?:${VERBS})|(?:${VERBS})\\s+(?:he|she|they|${CAPITALISED_WORDS}))\\.\\s*$)`,
  "u",
);
/** A sentence opening that points back at the quote before: "That “could …”". */
const DEMONSTRATIVE_HEAD_RE = /^\s*(?:That|This|Which|It)(?:\s+\p{Ll}+){0,2}\s*$/u;
/** "…, Park said." — the speaker phrase just before the verb that ends a sentence. */
const SPEAKER_SAID_AT_END_RE = new RegExp(`(?:^|,\\s+)([^,]{2,60}?)\\s+(?:${VERBS})(?:\\s+(?:by phone|in an? [a-z ]+|on [A-Z][\\w ]+|to [A-Z][\\w ]+))?[.:]\\s*$`);
/** "one person familiar with the talks", "a spokesperson for the ministry": a source with no name. */
const UNNAMED_SOURCE_RE = /^(?:one|a|an|another|the|two|three|several|some|people|sources|officials)\s[\p{Ll}\s\-]+$/u;
/** A sentence ending on its speech verb: "…, said in a statement.", "…, Park wrote:". */
const SAID_AT_END_RE = new RegExp(`,?\\s(?:${VERBS})(?:\\s+(?:by phone|in an? [a-z ]+|on [A-Z][\\w ]+|to [A-Z][\\w ]+))?[.:]\\s*$`);
/** The words before a speech verb after a quote are only "and" or "but": the verb's subject is elided. */
const COORDINATED_VERB_RE = /^\s*(?:and|but)\s+$/;
const OPENING_QUOTE_NEXT_RE = /^\s*[“"]/;
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
function findQuotes(body: string, paragraphs: Span[]): { quotes: RawQuote[]; unbalanced: number[] } {
  const quotes: RawQuote[] = [];
  /** Offsets of opening marks never closed (or closed only by a guess). */
  const unbalanced: number[] = [];
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
          const alt = allMatches(/[,.!?]’(?=\s)/g, between).pop();
          const saidBefore = alt ? null : between.match(ATTRIBUTION_THEN_OPEN_RE);
          if (alt && !straight) {
            const end = open.at + alt.index! + 2;
            quotes.push({ start: open.at, end, text: innerText(body, open.at, end, true), paragraph: open.paragraph, lastParagraph: p, kind: "marked", run: open.run });
          } else if (saidBefore) {
            // the closing mark was left out before the attribution: “…, he said. “…” ends the first quote at the comma
            const end = open.at + saidBefore.index! + 1;
            quotes.push({ start: open.at, end, text: body.slice(open.at + 1, end).trim(), paragraph: open.paragraph, lastParagraph: p, kind: "unclosed", run: open.run });
          }
          unbalanced.push(open.at);
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
        unbalanced.push(open.at);
        open = null;
      }
    }
  }
  return { quotes, unbalanced };
}

/**
 * How far the sentence scans below look from a quote. A "sentence" longer than this is no sentence (a table or a list
 * run together): without the bound each quote of a paragraph of thousands of quotes scanned the paragraph before it.
 */
const SENTENCE_SCAN_CHARS = 3000;
const SENTENCE_BREAK_RE = /[.!?][”’"]?\s+(?=[A-Z“"‘(])/g;
const SENTENCE_END_RE = /[.!?](?=[”’"]?\s+[A-Z“"‘(]|[”’"]?\s*$)/g;

function endsSentence(slice: string, at: number): boolean {
  const word = lastWord(slice.slice(0, at + 1));
  return !NON_FINAL_ABBREVIATIONS.includes(word) && !/^(?:[A-Z]\.)+$/.test(word);
}

/** Offset where the sentence holding `pos` starts, not before `limit` (nor further back than the scan bound). */
function sentenceStart(body: string, pos: number, limit: number): number {
  const from = Math.max(limit, pos + 1 - SENTENCE_SCAN_CHARS);
  const slice = body.slice(from, Math.min(body.length, pos + 1));
  let start = from;
  for (const m of allMatches(SENTENCE_BREAK_RE, slice)) {
    if (endsSentence(slice, m.index!)) start = Math.min(pos, from + m.index! + m[0].length);
  }
  return start;
}

/** Offset where the sentence holding `pos` ends, not after `limit` (nor further on than the scan bound). */
function sentenceEnd(body: string, pos: number, limit: number): number {
  const to = Math.min(limit, pos + SENTENCE_SCAN_CHARS);
  const slice = body.slice(pos, to);
  SENTENCE_END_RE.lastIndex = 0;
  // The first end is enough: exec stops there, where collecting every match would scan the whole slice.
  for (let m = SENTENCE_END_RE.exec(slice); m !== null; m = SENTENCE_END_RE.exec(slice)) {
    if (endsSentence(slice, m.index)) {
      SENTENCE_END_RE.lastIndex = 0;
      return pos + m.index + 1;
    }
  }
  return to;
}

/** Words holding a letter or a digit. */
const COUNTED_WORD = /[^\s\p{L}\d]*[\p{L}\d]\S*/gu;
const TITLE_WORD = /[^\s\p{L}]*\p{L}\S*/gu;

function countWords(s: string): number {
  return s.match(COUNTED_WORD)?.length ?? 0;
}

/** A quoted title or name: every content word capitalised ("The Big Short", "Sell in May"). */
function looksLikeTitle(text: string): boolean {
  const words = text.replace(/[.,!?:;]+$/, "").match(TITLE_WORD) ?? [];
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

/**
 * The speaker in a clause with commas: "lead investigator Jim Park, director of …, Fir Hospital, South Africa" (the
 * words before the first comma name a person) or "with other desks, he" (the last clause is the speaker).
 */
function clauseSpeaker(before: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null {
  const parts = before.trim().split(/,\s+/);
  if (parts.length < 2) return null;
  const first = resolveSpeakerPhrase(parts[0]!, at, speakers);
  if (first?.kind === "person") return first;
  const last = parts[parts.length - 1]!;
  return countWords(last) <= 3 ? resolveSpeakerPhrase(last, at, speakers) : null;
}

/** The attribution in the words after the quote, up to the end of its sentence. */
function fromTail(tail: string, at: number, speakers: ArticleSpeakers): Found | null {
  const t = tail.replace(/^[\s,–—-]+/, "");
  // "“….” Park responded to this:" introduces the next quote, not this one
  if (!t || /^[^.!?“”"]*:(?:\s|$)/.test(t)) return null;
  // a credit line after a dash: "“…” — Jim Park, chief strategist at Fir Capital"
  const credit = tail.match(/^\s*[—–]\s*([^—–\n]+)$/);
  if (credit) {
    const r = resolveSpeakerPhrase(credit[1]!.trim(), at, speakers);
    if (r && r.kind === "person") return found(r, "quote.dash-credit");
  }
  const acc = t.match(/^according to\s+(.*)$/s);
  if (acc) return found(resolveSpeakerPhrase(clauseEnd(acc[1]!), at, speakers), "quote.according-to", "according_to");
  for (const m of allMatches(VERB_RE, t)) {
    const before = t.slice(0, m.index!);
    const after = t.slice(m.index! + m[0].length);
    // "X said the tariff “is baseless,” and said Ottawa “must act”": the verb after "and" has the subject before the
    // quote, and the name after it begins what X said next
    if (COORDINATED_VERB_RE.test(before)) return null;
    if (before.trim()) {
      const r =
        (countWords(before) <= 14
          ? resolveSpeakerPhrase(clauseEnd(before + " said").replace(/\s*said$/, ""), at, speakers) ?? resolveSpeakerPhrase(before, at, speakers)
          : null) ?? clauseSpeaker(before, at, speakers);
      if (r) return found(r, r.kind === "person" && /,/.test(before) ? "quote.name-role-said" : `quote.${r.kind}-said`);
      if (countWords(before) > 14) break;
    }
    const phrase = clauseEnd(after.replace(/^\s+/, ""));
    // "…,” said Ottawa “must act”": a name followed by a quotation is the subject of the next reported words
    if (phrase && !OPENING_QUOTE_NEXT_RE.test(after.replace(/^\s+/, "").slice(phrase.length))) {
      const r = resolveSpeakerPhrase(phrase, at, speakers);
      if (r) return found(r, /,/.test(phrase) || /\s(?:at|of)\s/.test(phrase) ? "quote.said-name-role" : `quote.said-${r.kind}`);
    }
    // "“…,” said one source" / "“…,” a spokesperson said": an attribution to no one named; not a continuation of the speaker before
    if (before.trim() ? UNNAMED_SOURCE_RE.test(before.trim()) : countWords(phrase) <= 5 || UNNAMED_SOURCE_RE.test(phrase)) {
      return { speaker: { name: null, role: null, organization: null, kind: "person" }, attribution: "unresolved", rule: "quote.said-unnamed" };
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
  const verbs = allMatches(VERB_RE, h);
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
  // "Jim Park, chief executive of Fir Capital, remains cautious: “…”": the subject of a sentence that introduces the quote
  if (/:$/.test(h)) {
    // the subject may follow an opening clause: "Despite the gains, Fir Capital’s chairman Jim Park is wary:"
    const hAt = at - head.length + head.indexOf(h);
    for (let from = 0, i = 0; from >= 0 && i < 3; i++) {
      const r = sentenceSubject(h.slice(from), hAt + from, speakers);
      if (r) return found(r, "quote.subject-colon");
      from = h.indexOf(", ", from);
      if (from >= 0) from += 2;
    }
  }
  return null;
}

/** "…, Park said." ending the sentence before a quote that has no attribution of its own. */
function fromPreviousSentence(sentence: string, sentenceAt: number, at: number, speakers: ArticleSpeakers): Found | null {
  const m = sentence.match(SPEAKER_SAID_AT_END_RE);
  if (m) {
    const r = resolveSpeakerPhrase(m[1]!, at, speakers);
    if (r && r.name) return found(r, "quote.previous-sentence");
  }
  // "Jim Park, chief executive, professor of X at Y, said in a statement." — a long appositive: the subject speaks
  if (SAID_AT_END_RE.test(sentence)) {
    const r = sentenceSubject(sentence, sentenceAt, speakers);
    if (r) return found(r, "quote.previous-sentence-subject");
  }
  return null;
}

/** A paragraph that only names a speaker: "Jim Park, chief strategist at Fir Capital:". */
function headerSpeaker(text: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null {
  const t = text.replace(LEAD_MARKER, "").trim();
  if (!t.endsWith(":") || countWords(t) > 25) return null;
  const r = resolveSpeakerPhrase(t.slice(0, -1), at, speakers);
  // a bare capitalised heading ("Next Steps:") is no speaker: a header names a role, a firm or a person known as a speaker
  if (!r || r.kind !== "person" || !(r.role || r.organization || speakers.persons.has(r.name!))) return null;
  return r;
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

function extract(input: ExtractionInput, diagnostics?: Diagnostic[]): QuoteDraft[] {
  const { body, paragraphs } = input;
  if (!/[“”"]|^\s*>|:\s*$/m.test(body)) return [];
  const { quotes, unbalanced } = findQuotes(body, paragraphs);
  for (const at of unbalanced) {
    diagnostics?.push({ severity: "info", rule: "quote.unbalanced", message: "quotation mark never closed in its paragraph", start: at, end: at + 1 });
  }
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
  /** Quotes that gave nothing (scare quotes, titles, unattributed fragments): no limit for the next quote's head. */
  const skipped = new Set<number>();
  /** The last quote before this one that was not skipped (walking back past the skipped ones was quadratic). */
  let prevAt = -1;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    const para = paragraphs[q.paragraph]!;
    const lastPara = paragraphs[q.lastParagraph]!;
    if (qi > 0 && !skipped.has(qi - 1)) prevAt = qi - 1;
    const prev = quotes[prevAt];
    const next = quotes[qi + 1];
    const headLimit = prev && prev.lastParagraph === q.paragraph ? prev.end : para.start;
    const tailLimit = next && next.paragraph === q.lastParagraph ? next.start : lastPara.end;
    const sStart = sentenceStart(body, q.start, headLimit);
    const head = body.slice(sStart, q.start);
    const headFromParagraph = body.slice(para.start, q.start);
    const tail = body.slice(q.end, sentenceEnd(body, q.end, tailLimit));

    // what is quoted: words of speech, not a name, a title or a scare-quoted term
    const laterPart = (q.run?.part ?? 0) > 0;
    if (q.kind !== "block" && !laterPart && SCARE_RE.test(headFromParagraph.slice(-40))) {
      skipped.add(qi);
      continue;
    }
    // too short or a title: no fact, though a part of a run still lends the run its attribution ("“Not now,” he said.")
    const drop = countWords(q.text) < 4 || looksLikeTitle(q.text);
    if (drop && !q.run) {
      skipped.add(qi);
      continue;
    }
    const samePersonBefore = prev && prev.lastParagraph === q.paragraph ? lastSpeaker.get(q.paragraph) : undefined;
    const prevSpeaker = samePersonBefore && samePersonBefore.end === prev!.end ? samePersonBefore.found : null;

    let f: Found | null = null;
    if (q.kind === "block") {
      const header = paragraphs[q.paragraph - 1];
      const r = header ? headerSpeaker(header.text, q.start, speakers) : null;
      if (!r) {
        skipped.add(qi);
        continue;
      }
      f = found(r, "quote.block-header");
    } else {
      const headerPara = paragraphs[q.paragraph - 1];
      const fromWordsAfter = fromTail(tail, q.start, speakers);
      f = fromWordsAfter?.speaker.name ? fromWordsAfter : fromHead(head, q.start, speakers) ?? fromWordsAfter;
      const sentenceInitial = head.replace(LEAD_MARKER, "").trim() === "" || /:\s*$/.test(head);
      if (!f && sentenceInitial && sStart > headLimit) {
        const prevStart = sentenceStart(body, sStart - 1, headLimit);
        f = fromPreviousSentence(body.slice(prevStart, sStart), prevStart, q.start, speakers);
      }
      if (!f && !laterPart && q.start === contentStart(body, para) && headerPara && q.paragraph > 0) {
        const r = headerSpeaker(headerPara.text, q.start, speakers);
        if (r) f = found(r, "quote.block-header");
        else if (/[:,]\s*$/.test(headerPara.text)) {
          // “…” under a paragraph whose last sentence introduces it: "Jim Park, the CEO, explained the plan:"
          const introStart = sentenceStart(body, headerPara.end - 1, headerPara.start);
          f = fromHead(body.slice(introStart, headerPara.end), headerPara.end, speakers);
        }
      }
      if (!f && sentenceInitial) {
        const carried = lastSpeaker.get(q.paragraph) ??
          (q.start === contentStart(body, para) ? lastSpeaker.get(q.paragraph - 1) : undefined);
        if (carried && carried.found.speaker.name) {
          f = { speaker: carried.found.speaker, attribution: "continuation", rule: "quote.continuation" };
        }
      }
      if (!f && prevSpeaker?.speaker.name && (sStart === headLimit || DEMONSTRATIVE_HEAD_RE.test(head))) {
        // “…,” wrote X, adding that “…” / “…” — X. That “…”: the quote goes on in the same sentence or the next one
        f = { speaker: prevSpeaker.speaker, attribution: "continuation", rule: "quote.continuation-same-sentence" };
      }
      if (!f) {
        // a fragment inside someone's sentence with no speaker is a phrase, not a quote (unless its run has a speaker)
        if (!sentenceInitial && !q.run) {
          skipped.add(qi);
          continue;
        }
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
    if (f.speaker.name && f.speaker.kind !== "organization") speakers.quoted.push({ speaker: f.speaker, end: q.end });
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
