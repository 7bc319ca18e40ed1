// People, roles and organisations mentioned in an article, and the resolution of a quote's speaker phrase
// ("said Jim Park, chief strategist at Fir Capital", "Park noted", "he said", "Fir Capital strategists wrote")
// to a name, role and organisation. Plain regexes and capitalisation; no parser.
import {
  COMPANY_ABBREVIATIONS,
  NAME_TITLES,
  ORG_WORDS,
  ROLE_HEADS,
  SPEECH_VERBS,
  TEAM_NOUNS,
} from "./lexicon.ts";
import { escapeRegExp } from "./patterns.ts";

export type SpeakerKind = "person" | "surname" | "pronoun" | "organization" | "role";

export interface ResolvedSpeaker {
  name: string | null;
  role: string | null;
  organization: string | null;
  kind: SpeakerKind;
}

export interface PersonInfo {
  name: string;
  role: string | null;
  organization: string | null;
  /** Offsets of the mentions of the full name. */
  mentions: number[];
}

export interface ArticleSpeakers {
  persons: Map<string, PersonInfo>;
  organizations: string[];
  /** Team speakers (an organisation speaking, "strategists with X"; "strategists at X led by Y" has a lead), with their offsets. */
  teams: { organization: string | null; role: string; at: number; lead?: string }[];
  body: string;
}

const ORG_WORD_SET = new Set(ORG_WORDS);
const ROLE_HEAD_SET = new Set(ROLE_HEADS);
const TEAM_SET = new Set(TEAM_NOUNS);
/** A team noun, capitalised or not ("Strategists at X", "X strategists"). */
const teamAlt = (nouns: string[]) => nouns.map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join("|");
const TEAM_ANY = teamAlt(TEAM_NOUNS);
const TEAM_PLURAL = teamAlt(TEAM_NOUNS.slice(0, 5));
const teamRole = (noun: string) => noun.toLowerCase().replace(/s$/, "");

export const SPEECH_VERB_RE = new RegExp(`\\b(?:${SPEECH_VERBS.join("|")})\\b`);
/** A capitalised word of a name: Park, McVey, D'Auria, O’Neil, Smith-Jones; or an initial "J.". */
const NAME_WORD = String.raw`(?:[A-Z][\p{Ll}]+(?:[A-Z][\p{Ll}]+)?(?:[’'\-][A-Z]?[\p{Ll}]+)?|[A-Z][’'][A-Z][\p{Ll}]+|[A-Z]\.)`;
/** A full personal name: two to four name words. */
export const FULL_NAME = String.raw`${NAME_WORD}(?:\s${NAME_WORD}){1,3}`;
const FULL_NAME_RE = new RegExp(`^${FULL_NAME}$`, "u");
const SINGLE_NAME_RE = new RegExp(`^${NAME_WORD}$`, "u");
/** Words that start a capitalised run but are never part of a name. */
const NOT_NAME = new Set([
  "The", "A", "An", "But", "And", "Or", "In", "On", "At", "For", "Of", "To", "As", "It", "This", "That", "These", "Those",
  "While", "When", "With", "Still", "So", "Yet", "If", "Since", "After", "Before", "During", "Even", "Meanwhile",
  "However", "Also", "We", "I", "He", "She", "They", "Our", "My", "His", "Her", "Their", "Its", "There", "Here",
  "What", "Why", "How", "Who", "Where", "Wall", "Street", "Fed", "Federal", "Reserve", "Treasury", "Treasuries",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
  "April", "May", "June", "July", "August", "September", "October", "November", "December", "Chair", "President",
  "Bloomberg", "Television", "Radio", "TV", "US", "UK", "Europe", "Asia", "China", "Japan", "Powell", "Read",
]);

/** The words of a capitalised phrase that name an organisation rather than a person. */
export function looksLikeOrganization(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.some((w) => ORG_WORD_SET.has(w.toLowerCase().replace(/[’']s$/, "")))) return true;
  if (/[&+]|\.com\b|\b[A-Z]{2,}\b|\d/.test(phrase)) return true;
  if (/\bof\b/.test(phrase) && /^[A-Z]/.test(phrase)) return true;
  return false;
}

export function isPersonName(phrase: string): boolean {
  if (!FULL_NAME_RE.test(phrase)) return false;
  const words = phrase.split(/\s+/);
  if (NOT_NAME.has(words[0]!) || NOT_NAME.has(words[words.length - 1]!)) return false;
  return !looksLikeOrganization(phrase);
}

// ── Normalisation ──────────────────────────────────────────────────────────────────────────────────

const COMPANY_ABBR_RE = new RegExp(`(?:${COMPANY_ABBREVIATIONS.map(escapeRegExp).join("|")})$`);
/** "in Milan", "in New York", "based in São Paulo" ending an organisation phrase (one pass over the place words). */
const TRAILING_PLACE_RE = /\s+(?:(?:based|headquartered)\s+)?in\s+(?:the\s+)?\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*)*$/u;

/** Organisation as written: no leading "the"/"at"/"of", no trailing punctuation (a company's "Co." kept). */
export function normalizeOrganization(org: string): string | null {
  let s = org.replace(/\\/g, "").replace(/\s+/g, " ").trim();
  s = s.replace(/^(?:(?:at|of|for|with|from|by)\s+)?(?:the\s+)?/i, "");
  s = s.replace(/,\s.*$/s, "").replace(/[’']s$/, "");
  // a location after the firm is no part of it: "Lindqvist & Moreau in Milan", "Fir Capital based in New York"
  s = s.replace(TRAILING_PLACE_RE, "");
  if (!COMPANY_ABBR_RE.test(s)) s = s.replace(/[\s.,;:!?)\]'"“”’]+$/, "");
  s = s.replace(/[,;:]+$/, "").trim();
  return s && /^[\p{L}\d]/u.test(s) ? s : null;
}

/** Role as written: lower-cased words kept, leading article dropped, a repeated title collapsed. */
export function normalizeRole(role: string): string | null {
  let s = role.replace(/\s+/g, " ").trim().replace(/[\s.,;:]+$/, "");
  s = s.replace(/^(?:(?:at|of)\s+)?(?:the|a|an|its|their)\s+/i, "");
  // "chief strategist at chief strategist" → "chief strategist"
  const parts = s.split(/\s+(?:at|of)\s+/);
  if (parts.length > 1 && parts.every((p) => p === parts[0])) s = parts[0]!;
  return s || null;
}

/** "chief strategist at chief strategist at the Fir Group" → "chief strategist at the Fir Group". */
function collapseRepeats(s: string): string {
  let out = s;
  for (let i = 0; i < 3; i++) out = out.replace(/\b(.{3,}?)\s+(at|of|for)\s+\1\s+\2\s+/g, "$1 $2 ");
  return out;
}

const DESCRIBED_FIRM_RE = /\s(at|with|for)\s+(?:a|an)\s+(?:[a-z][a-z\-]*\s+){0,3}[a-z][a-z\-]*,\s+(?=[A-Z\d])/;

function isRoleWords(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.some((w) => ROLE_HEAD_SET.has(w.toLowerCase().replace(/[,.]$/, "").replace(/^(?:co|deputy|vice)-/, "")));
}

/** Splits "chief strategist at Fir Capital" / "the founder of Fir Research" / "Fir Capital CIO" into role and org. */
export function parseAppositive(text: string): { role: string | null; organization: string | null } | null {
  // "at a rival data firm, Carrow Analytics" → "at Carrow Analytics"
  const s = collapseRepeats(text.replace(/\\/g, "").trim().replace(/[,;:]+$/, "")).replace(DESCRIBED_FIRM_RE, " $1 ");
  if (!s) return null;
  // "who manages $2 billion at Fir Capital", "who oversees ... at X"
  const who = s.match(/^who\s+\w+.*?\s(?:at|for|of)\s+(?:the\s+)?([A-Z].*)$/);
  if (who) return { role: null, organization: normalizeOrganization(who[1]!) };
  for (const sep of [" at ", " with ", " for ", " of ", " from "]) {
    const i = sep === " from " ? -1 : s.lastIndexOf(sep);
    if (i <= 0) continue;
    const role = s.slice(0, i);
    const org = s.slice(i + sep.length);
    if (!/^(?:the\s+)?[A-Z\d]|^[a-z]+[A-Z]|^abrdn\b/.test(org)) continue;
    if (!isRoleWords(role)) continue;
    // "head of advisory solutions at X": prefer the last " at "; an " of " split must not leave an org in the role
    return { role: normalizeRole(role), organization: normalizeOrganization(org) };
  }
  // "Fir Capital CIO", "Fir Capital's chief economist"
  const words = s.split(/\s+/);
  let k = words.length;
  while (k > 0 && (/^[a-z\-]/.test(words[k - 1]!) || ROLE_HEAD_SET.has(words[k - 1]!.toLowerCase()))) k--;
  if (k < words.length && isRoleWords(words.slice(k).join(" "))) {
    const org = words.slice(0, k).join(" ").replace(/[’']s$/, "");
    return { role: normalizeRole(words.slice(k).join(" ")), organization: org ? normalizeOrganization(org) : null };
  }
  if (isRoleWords(s) && /^[a-z]/.test(s.replace(/^(?:the|a|an)\s+/i, ""))) return { role: normalizeRole(s), organization: null };
  return null;
}

// ── Article scan ───────────────────────────────────────────────────────────────────────────────────

const CAP_RUN = String.raw`(?:[A-Z\d][\p{L}\d.&’'\-*\\]*|&|\+|and|of|de|la|du|von|van)`;
/** An organisation: capitalised words, with "&", "and", "of" inside ("Brown Brothers Harriman & Co."). */
const ORG_PHRASE = String.raw`(?:the\s+)?[A-Z\d][\p{L}\d.&’'\-*\\]*(?:\s${CAP_RUN})*`;
const ORG_WHOLE_RE = new RegExp(`^${ORG_PHRASE}$`, "u");
const ABBR_END = new RegExp(`(?:${COMPANY_ABBREVIATIONS.map(escapeRegExp).join("|")})$`);

/** Cuts an appositive at the end of its clause: ", which ...", ", said", a sentence end. */
export function clauseEnd(text: string): string {
  let s = text;
  const cut = s.search(
    new RegExp(
      String.raw`,\s*(?:which|who|whose|where|adding|noting|saying|citing|as|when|and|in|on|by|after|before|while|according)\b|,?\s+(?:${SPEECH_VERBS.join("|")}|in a note|in an? (?:interview|report|email|statement|research note|note)|by phone|on Bloomberg|on CNBC|on a call|to clients|told)\b|[;:“”"()]|\s[-–—]{1,2}\s`,
    ),
  );
  if (cut >= 0) s = s.slice(0, cut);
  // sentence end: ". " not after a company abbreviation or an initial
  const re = /\.(?=\s|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const before = s.slice(0, m.index + 1);
    const lastWord = before.split(/\s+/).pop() ?? "";
    if (ABBR_END.test(lastWord)) {
      s = before;
      break;
    }
    if (/^(?:[A-Z]\.)+$/.test(lastWord) || NAME_TITLES.includes(lastWord)) continue;
    s = s.slice(0, m.index);
    break;
  }
  return s.trim();
}

function orgFrom(text: string): string | null {
  const m = text.match(new RegExp(`^${ORG_PHRASE}`, "u"));
  if (!m) return null;
  let org = m[0].replace(/\s+(?:and|of|&|\+)$/, "");
  org = clauseEnd(org);
  return normalizeOrganization(org);
}

/** Role and organisation stated next to a full name at `start..end` of the body. */
function describe(body: string, start: number, end: number): { role: string | null; organization: string | null; cue: boolean; team: boolean } {
  const after = body.slice(end, end + 220);
  const before = body.slice(Math.max(0, start - 160), start);
  let role: string | null = null;
  let organization: string | null = null;
  let cue = false;
  const app = after.match(/^,\s+(.*)/s);
  if (app) {
    const clause = clauseEnd(app[1]!);
    const parsed = parseAppositive(clause);
    if (parsed) ({ role, organization } = parsed), (cue = true);
  }
  if (!cue) {
    const atOrg = after.match(/^\s+(?:at|of|from)\s+(.*)/s);
    if (atOrg && /^(?:the\s+)?[A-Z\d]|^[a-z]+[A-Z]|^abrdn/.test(atOrg[1]!)) {
      organization = normalizeOrganization(clauseEnd(atOrg[1]!));
      cue = organization !== null;
    }
  }
  // "Fir Capital’s Jim Park", "Fir Capital strategist Jim Park"
  const possessive = before.match(new RegExp(`(${ORG_PHRASE})[’']s\\s+(?:([a-z][a-z\\s-]*?)\\s+)?$`, "u"));
  if (possessive && looksLikeOrganization(possessive[1]!)) {
    organization ??= normalizeOrganization(possessive[1]!);
    if (possessive[2] && isRoleWords(possessive[2])) role ??= normalizeRole(possessive[2]);
    cue = true;
  }
  // "strategists led by Jim Park", "Fir Capital strategists including Jim Park", "strategists at X led by"
  const team = before.match(
    new RegExp(`(?:(${ORG_PHRASE})\\s+)?(${TEAM_ANY})(?:\\s+(?:at|with|from)\\s+(${ORG_PHRASE}))?,?\\s+(?:led by|including|such as)\\s+$`, "u"),
  );
  if (team) {
    role ??= teamRole(team[2]!);
    const org = team[1] && looksLikeOrganization(team[1]) ? team[1] : team[3];
    if (org) organization ??= normalizeOrganization(org);
    cue = true;
  }
  // "billionaire investor Jim Park", "chief economist Jim Park"
  const prefix = before.match(/(?:^|[\s(,])((?:[A-Za-z][a-z\-]+\s+){0,3}?([a-z][a-z\-]+))\s+$/);
  if (!team && prefix && ROLE_HEAD_SET.has(prefix[2]!) && !TEAM_SET.has(prefix[2]!)) {
    const words = prefix[1]!.split(/\s+/).filter((w) => /^[a-z]/.test(w) || w === prefix[1]!.split(/\s+/)[0]);
    role ??= normalizeRole(words.join(" ").toLowerCase());
    cue = true;
  }
  if (/^\s*,?\s*(?:\p{Ll}+\s+){0,2}?(?:said|says|wrote|noted|told|added)\b/u.test(after) || new RegExp(`(?:${SPEECH_VERBS.join("|")})\\s+$`).test(before)) cue = true;
  return { role, organization, cue, team: team !== null };
}

/** Orgs named with "according to", "an analysis by", "data from", or after a role ("strategist at X"). */
function scanOrganizations(body: string): string[] {
  const found: string[] = [];
  const re = new RegExp(`\\b(?:according to|analysis by|report by|note from|data from|[Ss]trategists (?:at|with|from)|[Aa]nalysts (?:at|with|from)|[Ee]conomists (?:at|with|from))\\s+(?:an?\\s+[a-z]+\\s+(?:by|from)\\s+)?(${ORG_PHRASE})`, "gu");
  for (const m of body.matchAll(re)) {
    const org = normalizeOrganization(clauseEnd(m[1]!));
    if (org && !isPersonName(org)) found.push(org);
  }
  return found;
}

export function scanArticle(body: string): ArticleSpeakers {
  const persons = new Map<string, PersonInfo>();
  const organizations: string[] = scanOrganizations(body);
  const teams: ArticleSpeakers["teams"] = [];
  const leads: ArticleSpeakers["teams"] = [];
  const nameRe = new RegExp(`(?<![\\p{L}’'])${FULL_NAME}(?![\\p{L}])`, "gu");
  for (const m of body.matchAll(nameRe)) {
    let name = m[0];
    let start = m.index!;
    // drop a leading sentence word ("Still Jim Park") that is no name
    const words = name.split(/\s+/);
    while (words.length > 2 && NOT_NAME.has(words[0]!)) {
      start += words[0]!.length + 1;
      words.shift();
    }
    name = words.join(" ");
    if (!isPersonName(name)) continue;
    const { role, organization, cue, team } = describe(body, start, start + name.length);
    const known = persons.get(name);
    if (!known && !cue) continue;
    const info = known ?? { name, role: null, organization: null, mentions: [] };
    info.role ??= role;
    info.organization ??= organization;
    info.mentions.push(start);
    persons.set(name, info);
    if (organization) organizations.push(organization);
    if (team && role) leads.push({ organization, role, at: start, lead: name });
  }
  // a team lead with no firm in its own sentence takes the firm named just before ("an analysis by X ... strategists led by Y")
  for (const info of persons.values()) {
    if (info.organization || info.role !== "strategist") continue;
    const before = body.slice(Math.max(0, info.mentions[0]! - 400), info.mentions[0]!);
    const orgs = scanOrganizations(before);
    if (orgs.length) info.organization = orgs[orgs.length - 1]!;
  }
  const teamRe = new RegExp(
    `\\b(?:(${ORG_PHRASE})\\s+(${TEAM_NOUNS.slice(0, 5).join("|")})|(${TEAM_PLURAL})\\s+(?:at|with|from)\\s+(${ORG_PHRASE}))`,
    "gu",
  );
  for (const m of body.matchAll(teamRe)) {
    // a team with a lead ("strategists at X led by Y") is recorded with its lead, from the names above
    if (/^,?\s+(?:led by|including|such as)\s/.test(body.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) continue;
    const org = normalizeOrganization(clauseEnd(m[1] ?? m[4]!));
    if (!org || !looksLikeOrganization(org) && !organizations.includes(org)) continue;
    teams.push({ organization: org, role: (m[2] ?? m[3]!).toLowerCase(), at: m.index! });
  }
  for (const lead of leads) {
    const info = persons.get(lead.lead!);
    teams.push({ ...lead, organization: info?.organization ?? lead.organization });
  }
  teams.sort((a, b) => a.at - b.at);
  return { persons, organizations, teams, body };
}

/** Long form of an organisation named earlier ("RBC" → "RBC Capital Markets"). */
export function expandOrganization(org: string, known: string[]): string {
  const long = known.find((k) => k !== org && k.startsWith(org + " "));
  return long ?? org;
}

export function personBySurname(surname: string, speakers: ArticleSpeakers, before = Infinity): PersonInfo | null {
  let best: PersonInfo | null = null;
  for (const info of speakers.persons.values()) {
    const last = info.name.split(/\s+/).pop();
    if (last !== surname) continue;
    if (!best || (info.mentions[0]! < before && best.mentions[0]! >= before)) best = info;
  }
  return best;
}

/** The person mentioned last before `offset`. */
/** The last full personal name written before `offset` (within a few sentences), known as a speaker or not. */
function nameBefore(offset: number, speakers: ArticleSpeakers): string | null {
  const window = speakers.body.slice(Math.max(0, offset - 600), offset);
  const names = [...window.matchAll(new RegExp(`(?<![\\p{L}’'])${FULL_NAME}(?![\\p{L}])`, "gu"))].map((m) => m[0]).filter(isPersonName);
  return names.length ? names[names.length - 1]! : null;
}

const SENTENCE_BREAK_RE = /[.!?][”"’)]?\s+(?=[\p{Lu}“"‘(])|\n\s*\n/gu;
const SUBJECT_RE = new RegExp(`^\\s*(?:(?:But|And|Still|Yet|Meanwhile|However|Now),?\\s+)?(${FULL_NAME}|${NAME_WORD})(?=\\s+\\p{Ll}|,\\s)`, "u");

/** A known person named as the subject of a sentence: "Park said …", "Jim Park, a strategist at X, expects …". */
function subjectOf(sentence: string, at: number, speakers: ArticleSpeakers): PersonInfo | null {
  const m = sentence.match(SUBJECT_RE);
  if (!m) return null;
  const name = m[1]!;
  if (/\s/.test(name)) return isPersonName(name) ? speakers.persons.get(name) ?? null : null;
  return NOT_NAME.has(name) ? null : personBySurname(name, speakers, at);
}

/**
 * The person a "he"/"she" before `offset` most likely means: the subject of the quote's own sentence (the words
 * before the quote) or, failing that, of the sentence just before it ("Park said … “…,” she said").
 */
export function subjectBefore(offset: number, speakers: ArticleSpeakers): PersonInfo | null {
  const from = Math.max(0, offset - 600);
  const window = speakers.body.slice(from, offset);
  const starts = [0];
  for (const m of window.matchAll(SENTENCE_BREAK_RE)) starts.push(m.index! + m[0].length);
  const cur = starts[starts.length - 1]!;
  const prev = starts.length > 1 ? starts[starts.length - 2]! : null;
  const own = window.slice(cur);
  if (own.trim()) {
    const subject = subjectOf(own, offset, speakers);
    if (subject) return subject;
  }
  if (prev === null || (prev === 0 && from > 0)) return null;
  return subjectOf(window.slice(prev, cur), offset, speakers);
}

export function personBefore(offset: number, speakers: ArticleSpeakers): PersonInfo | null {
  let best: PersonInfo | null = null;
  let bestAt = -1;
  for (const info of speakers.persons.values()) {
    for (const at of info.mentions) if (at < offset && at > bestAt) (best = info), (bestAt = at);
  }
  return best;
}

/**
 * Resolves a speaker phrase (already cut to its clause) to a speaker. The phrase must be a speaker as a whole:
 * "Jim Park, chief strategist at Fir Capital", "Fir Capital’s Jim Park", "Park", "he", "Fir Capital strategists",
 * "the chairman of Fir Capital". Returns null when the phrase is no speaker.
 */
export function resolveSpeakerPhrase(phrase: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null {
  let p = phrase.replace(/\\/g, "").replace(/^[\s,–—-]+|[\s,:]+$/g, "");
  p = p.replace(/\.$/, (dot) => (ABBR_END.test(p) ? dot : ""));
  if (!p) return null;
  const person = (info: PersonInfo, kind: SpeakerKind, role: string | null = null, org: string | null = null): ResolvedSpeaker => ({
    name: info.name,
    role: role ?? info.role,
    organization: org ?? info.organization,
    kind,
  });
  if (/^(?:he|she)$/i.test(p)) {
    const info = subjectBefore(at, speakers) ?? personBefore(at, speakers);
    return info ? person(info, "pronoun") : { name: null, role: null, organization: null, kind: "pronoun" };
  }
  // "they", "the strategists": the team named last (its lead when it has one)
  const teamRef = p.match(new RegExp(`^(?:they|the\\s+(${TEAM_PLURAL}))$`, "iu"));
  if (teamRef) {
    const noun = teamRef[1]?.toLowerCase();
    const team = [...speakers.teams].reverse().find((t) => t.at < at && (!noun || t.role === noun || `${t.role}s` === noun));
    if (team?.lead) {
      const info = speakers.persons.get(team.lead);
      return { name: team.lead, role: info?.role ?? team.role, organization: info?.organization ?? team.organization, kind: "pronoun" };
    }
    if (team?.organization) return { name: team.organization, role: team.role, organization: team.organization, kind: "organization" };
    return noun ? null : { name: null, role: null, organization: null, kind: "pronoun" };
  }
  // "Fir Capital strategists including Jim Park" / "strategists led by Jim Park"
  const teamLead = p.match(new RegExp(`^(?:([^,]+?)\\s+)?(${TEAM_ANY})(?:\\s+(?:at|with|from)\\s+(.+?))?,?\\s+(?:led by|including|such as)\\s+(${FULL_NAME})$`, "u"));
  if (teamLead) {
    const name = teamLead[4]!;
    const info = speakers.persons.get(name);
    const org = normalizeOrganization(teamLead[1] ?? teamLead[3] ?? "") ?? info?.organization ?? null;
    return { name, role: teamRole(teamLead[2]!), organization: org, kind: "person" };
  }
  // "Fir Capital’s Jim Park"
  const poss = p.match(new RegExp(`^(.+?)[’']s\\s+(?:([a-z][a-z\\s-]*?)\\s+)?(${FULL_NAME})$`, "u"));
  if (poss && isPersonName(poss[3]!)) {
    const info = speakers.persons.get(poss[3]!);
    return {
      name: poss[3]!,
      role: (poss[2] && isRoleWords(poss[2]) ? normalizeRole(poss[2]) : null) ?? info?.role ?? null,
      organization: normalizeOrganization(poss[1]!) ?? info?.organization ?? null,
      kind: "person",
    };
  }
  // "Jim Park", "Jim Park, chief strategist at Fir Capital", "Jim Park of Fir Capital"
  const named = p.match(new RegExp(`^(?:(?:${NAME_TITLES.map(escapeRegExp).join("|")})\\s+)?(${FULL_NAME})(?:(,\\s*|\\s+(?:at|of|from)\\s+)(.*))?$`, "su"));
  if (named && isPersonName(named[1]!)) {
    const name = named[1]!;
    const info = speakers.persons.get(name);
    let role: string | null = null;
    let org: string | null = null;
    if (named[3]) {
      if (named[2]!.includes(",")) {
        const parsed = parseAppositive(named[3]);
        if (parsed) ({ role, organization: org } = parsed);
      } else org = normalizeOrganization(named[3]);
    }
    return { name, role: role ?? info?.role ?? null, organization: org ?? info?.organization ?? null, kind: "person" };
  }
  // "Fir Capital strategists", "strategists at Fir Capital", "the strategists"
  const team = p.match(new RegExp(`^(?:(?:the\\s+)?(.+?)\\s+)?(${TEAM_PLURAL})(?:\\s+(?:at|with|from)\\s+(.+))?$`, "u"));
  if (team && (team[1] || team[3]) && !/,/.test(team[1] ?? "")) {
    const raw = team[3] ?? team[1]!;
    const org = normalizeOrganization(raw);
    if (org && ORG_WHOLE_RE.test(org) && (looksLikeOrganization(org) || speakers.organizations.includes(org) || /^[A-Z]/.test(org))) {
      const full = expandOrganization(org, speakers.organizations);
      return { name: full, role: team[2]!.toLowerCase(), organization: full, kind: "organization" };
    }
  }
  // "billionaire investor Jim Park", "Fir Capital strategist Jim Park"
  const titled = p.match(new RegExp(`^([^,]*?)\\s*\\b((?:[a-z][a-z\\-]*\\s+){0,3}[a-z][a-z\\-]*)\\s+(${FULL_NAME})$`, "u"));
  if (titled && isRoleWords(titled[2]!) && isPersonName(titled[3]!)) {
    const info = speakers.persons.get(titled[3]!);
    const lead = titled[1] && !/\s/.test(titled[1]) && !looksLikeOrganization(titled[1]) ? titled[1] : null;
    const org = titled[1] && !lead ? normalizeOrganization(titled[1].replace(/[’']s$/, "")) : null;
    return { name: titled[3]!, role: normalizeRole((lead ? `${lead} ${titled[2]}` : titled[2]!).toLowerCase()) ?? info?.role ?? null, organization: org ?? info?.organization ?? null, kind: "person" };
  }
  // "Park": a surname introduced earlier
  if (SINGLE_NAME_RE.test(p) && !NOT_NAME.has(p)) {
    const info = personBySurname(p, speakers, at);
    if (info) return person(info, "surname");
    const org = speakers.organizations.find((o) => o === p || o.startsWith(p + " "));
    if (org) return { name: org, role: null, organization: org, kind: "organization" };
    return null;
  }
  // "the chairman of Fir Capital": the person last named
  const roleOnly = p.match(/^(?:the|its|their)\s+([a-z][a-z\s-]*?)\s+(?:of|at|for)\s+(.+)$/);
  if (roleOnly && isRoleWords(roleOnly[1]!)) {
    const role = normalizeRole(roleOnly[1]!);
    const org = normalizeOrganization(roleOnly[2]!);
    const named = nameBefore(at, speakers);
    if (named) return { name: named, role, organization: org, kind: "pronoun" };
    const info = personBefore(at, speakers);
    if (info) return person(info, "pronoun", role, org);
    return null;
  }
  // an organisation speaking: "Fir Capital", "RBC"
  if (/^[A-Z]/.test(p) && p.split(/\s+/).length <= 6 && (looksLikeOrganization(p) || speakers.organizations.some((o) => o === p || o.startsWith(p + " ")))) {
    const org = normalizeOrganization(p);
    if (org && new RegExp(`^${ORG_PHRASE}$`, "u").test(org)) {
      const full = expandOrganization(org, speakers.organizations);
      return { name: full, role: null, organization: full, kind: "organization" };
    }
  }
  return null;
}
