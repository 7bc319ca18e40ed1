// People, roles and organisations mentioned in an article, and the resolution of a quote's speaker phrase
// ("said Jim Park, chief strategist at Fir Capital", "Park noted", "he said", "Fir Capital strategists wrote")
// to a name, role and organisation. Plain regexes and capitalisation; no parser.
import {
  AFFILIATION_ADJECTIVES,
  COMPANY_ABBREVIATIONS,
  COVERAGE_MODIFIERS,
  FIRM_BACK_REFERENCES,
  FIRM_STATEMENT_VERBS,
  INSTITUTION_HEADS,
  MONTHS,
  NAME_CREDENTIALS,
  PLACE_ABBREVIATIONS,
  NAME_PARTICLES,
  NAME_TITLE_WORDS,
  NON_FINAL_ABBREVIATIONS,
  NOT_FIRM_NAMES,
  NOT_JOB_TITLE_WORDS,
  PUBLIC_BODY_WORDS,
  NAME_TITLES,
  ORG_WORDS,
  ROLE_HEADS,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  TEAM_NOUNS,
  TITLE_INITIALS,
  TITLE_MODIFIER_WORDS,
  WEEKDAYS,
} from "./lexicon.ts";
import { allMatches, CodeUnitClass, escapeRegExp, lastWord } from "./patterns.ts";

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
  /** Persons already given a quote, in the order of the quotes (filled in by the quote extractor as it goes). */
  quoted: { speaker: ResolvedSpeaker; end: number }[];
  /** Every personal name written in the article (speaker or not), with its offset. */
  names: { name: string; at: number }[];
  /** Team speakers (an organisation speaking, "strategists with X"; "strategists at X led by Y" has a lead), with their offsets. */
  teams: { organization: string | null; role: string; at: number; lead?: string }[];
  /** `teams` with the firms that spoke, once a quote has needed them (see teamsAndFirms). */
  teamsAndFirms: ArticleSpeakers["teams"] | null;
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
/** A capitalised word of a name: Park, McVey, D'Auria, O’Neil, Smith-Jones; initials "J.", "J.D.", "V". */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}]+(?:\p{Lu}[\p{Ll}]+)?(?:-\p{Lu}?[\p{Ll}]+|[’'](?!s\b)\p{Lu}?[\p{Ll}]+)?|[A-Z][’'][A-Z][\p{Ll}]+|(?:[A-Z]\.){1,3}|[A-Z](?=\s\p{Lu}\p{Ll}))`;
const PARTICLE = String.raw`(?:${NAME_PARTICLES.join("|")})`;
/** A full personal name: two to four name words, with particles between them ("Ursula von der Leyen"). */
export const FULL_NAME = String.raw`${NAME_WORD}(?:\s(?:${PARTICLE}\s){0,2}${NAME_WORD}){1,3}`;
/** A run of capitalised words, titles included ("Treasury Secretary Scott Bessent"): the name is its tail. */
const NAME_RUN = String.raw`${NAME_WORD}(?:\s(?:${PARTICLE}\s){0,2}${NAME_WORD}){1,6}`;
/** A surname, with its particles ("von der Leyen"). */
const SURNAME_RE = new RegExp(String.raw`^(?:${PARTICLE}\s){0,2}${NAME_WORD}$`, "u");
const TITLE_WORD_SET = new Set(NAME_TITLE_WORDS);
const FULL_NAME_RE = new RegExp(`^${FULL_NAME}$`, "u");
const SINGLE_NAME_RE = new RegExp(`^${NAME_WORD}$`, "u");
/** Scanned over whole bodies. The leading lookahead only restates what a name word starts with (A-Z or a letter
 * past ASCII) in plain ranges V8 checks inline: without it the lookbehind's and the first word's property classes,
 * each a call out of the compiled pattern, were tried at every character (2.8 times slower). */
const NAME_RUN_RE = new RegExp(`(?=[A-Z\\u00C0-\\u{10FFFF}])(?<![\\p{L}’'.])${NAME_RUN}(?![\\p{L}])`, "gu");
/** Words that start a capitalised run but are never part of a name. */
const NOT_NAME = new Set([
  "The", "A", "An", "But", "And", "Or", "In", "On", "At", "For", "Of", "To", "As", "It", "This", "That", "These", "Those",
  "While", "When", "With", "Still", "So", "Yet", "If", "Since", "After", "Before", "During", "Even", "Meanwhile",
  "However", "Also", "We", "I", "He", "She", "They", "Our", "My", "His", "Her", "Their", "Its", "There", "Here",
  "What", "Why", "How", "Who", "Where", "Wall", "Street", "Fed", "Federal", "Reserve", "Treasury", "Treasuries",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
  "April", "May", "June", "July", "August", "September", "October", "November", "December", "Chair", "President",
  "Bloomberg", "Television", "Radio", "TV", "US", "UK", "Europe", "Asia", "China", "Japan", "Read",
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
  if (NOT_NAME.has(words[0]!) || SENTENCE_OPENER_SET.has(words[0]!) || NOT_NAME.has(words[words.length - 1]!) || words.some(isJobTitleWord)) return false;
  return !looksLikeOrganization(phrase);
}

/** A word of a job title ("Secretary", "CEO", "strategist"). */
function isJobTitleWord(word: string): boolean {
  return TITLE_WORD_SET.has(word) || ROLE_HEAD_SET.has(word.toLowerCase());
}

/** A word before a name that is no part of it: a title or a sentence word ("Still", "As"). */
function isTitleWord(word: string): boolean {
  return isJobTitleWord(word) || NOT_NAME.has(word);
}

/** A run of capitalised words cut to the name at its end: "Treasury Secretary Scott Bessent" → "Scott Bessent" (offset moved). */
function nameOfRun(run: string, at: number): { name: string; at: number; title: string } {
  const words = run.split(/\s+/);
  let start = at;
  const title: string[] = [];
  // everything up to the last title word is title ("Israeli Prime Minister Benjamin Netanyahu")
  let lastTitle = -1;
  for (let i = 0; i < words.length - 2; i++) if (isTitleWord(words[i]!)) lastTitle = i;
  for (let i = 0; i <= lastTitle || (words.length > 2 && NAME_PARTICLES.includes(words[0]!)); i++) {
    start += words[0]!.length + 1;
    title.push(words.shift()!);
  }
  while (words.length > 2 && NOT_NAME.has(words[words.length - 1]!)) words.pop();
  while (words.length > 4 && !NAME_PARTICLES.includes(words[1]!)) start += words.shift()!.length + 1;
  return { name: words.join(" "), at: start, title: title.join(" ") };
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
  // a bare number ("2028" ending "targets for 2026 to 2028." before "The analysts …") names no firm; "3M" and "7-Eleven" do
  return s && /^[\p{L}\d]/u.test(s) && /\p{L}/u.test(s) ? s : null;
}

const LEADING_SPEECH_VERB_RE = new RegExp(`^(?:${SPEECH_VERBS.join("|")})\\s+`);

/** Role as written: lower-cased words kept, leading article dropped, a repeated title collapsed. */
export function normalizeRole(role: string): string | null {
  let s = role.replace(/\s+/g, " ").trim().replace(/[\s.,;:]+$/, "");
  s = s.replace(/^(?:(?:at|of)\s+)?(?:the|a|an|its|their)\s+/i, "");
  // "…,” says brand president Ana Ruiz": the verb before the title is no part of it
  s = s.replace(LEADING_SPEECH_VERB_RE, "");
  // "the appointment of Jo Park as chief medical officer": the title after "as"
  s = s.replace(/^as\s+/i, "");
  // "said he would leave the board …", "who has led the fund since 2019": a clause, not a title
  if (/^(?:he|she|they|it|we|i|who)\b/i.test(s)) return null;
  // "chief strategist at chief strategist" → "chief strategist"
  const parts = s.split(/\s+(?:at|of)\s+/);
  if (parts.length > 1 && parts.every((p) => p === parts[0])) s = parts[0]!;
  return s || null;
}

const CONNECTOR_RE = /\s(?:at|of|for)\s/;
/** "chief strategist at chief strategist at the Fir Group" → "chief strategist at the Fir Group". */
function collapseRepeats(s: string): string {
  // A repeat needs a connector twice. Most texts have one at most, and the pattern below is quadratic where it fails.
  const first = s.search(CONNECTOR_RE);
  if (first < 0 || !CONNECTOR_RE.test(s.slice(first + 3))) return s;
  let out = s;
  for (let i = 0; i < 3; i++) out = out.replace(/\b(.{3,}?)\s+(at|of|for)\s+\1\s+\2\s+/g, "$1 $2 ");
  return out;
}

const DESCRIBED_FIRM_RE =
  /\s(at|with|for)\s+(?:(?:a|an)\s+(?:[a-z][a-z\-]*\s+){0,3}[a-z][a-z\-]*,\s+|(?:the\s+)?(?:(?!(?:at|of|for|with|in|on|by|from|and|the|a|an|his|her|their|its|our|my|your)\s)[a-z][a-z\-]*\s+){1,3})(?=[A-Z])/;

function isRoleWords(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.some((w) => ROLE_HEAD_SET.has(w.toLowerCase().replace(/[,.]$/, "").replace(/^(?:co|deputy|vice)-/, "")));
}

const ORG_CONNECTORS = new Set(["and", "of", "from", "for", "de", "la", "du", "der", "von", "van", "the", "y", "et", "&", "+"]);

const DATE_NAME_SET = new Set([...WEEKDAYS, ...MONTHS]);
/** "Council on Foreign Relations": "on" joins a name when a capitalised word that is no date follows ("… on Monday"). */
function isNameContinuation(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word) && !DATE_NAME_SET.has(word.replace(/[.,;:]+$/, ""));
}

/** "Fir Broking advised clients to …" → "Fir Broking": a firm's name ends before its first lower-case word that joins none. */
function cutAtLowerCaseWord(org: string): string {
  const words = org.split(" ");
  const stop = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !ORG_CONNECTORS.has(w) && !(w === "on" && isNameContinuation(words[i + 1])));
  return stop < 0 ? org : words.slice(0, stop).join(" ");
}

const PLACE_ABBREVIATION_SET = new Set(PLACE_ABBREVIATIONS);
const LEADING_CREDENTIALS_RE = new RegExp(`^(?:(?:${NAME_CREDENTIALS.map(escapeRegExp).join("|")}),\\s+)+`);

const LATER_RELATIVE_CLAUSE_RE = /\s(?:who|whose|which)\s/;
/** The start of an institution's name at the end of a role: "chair of |the Council" (of Economic Advisers). */
const INSTITUTION_TAIL_RE = new RegExp(`\\s(?:at|of|for|with)\\s+((?:the\\s+)?(?:[A-Z][\\w.&’'-]*\\s+){0,4}(?:${INSTITUTION_HEADS.join("|")}))$`);

/**
 * A title and firm after a name run to ~220 characters in the real data. A longer "appositive" is some other text
 * run together (a list of names, a table), and parsing it is quadratic (repeat collapsing, a retry before each comma).
 */
const APPOSITIVE_MAX_CHARS = 400;

/** "Title, Unit, Firm": how many commas a credit's title is followed through (each is a parse of what stands before). */
const APPOSITIVE_MAX_COMMAS = 4;

/** Splits "chief strategist at Fir Capital" / "the founder of Fir Research" / "Fir Capital CIO" into role and org. */
export function parseAppositive(text: string, commasSeen = 0): { role: string | null; organization: string | null } | null {
  if (text.length > APPOSITIVE_MAX_CHARS) return null;
  // "at a rival data firm, Carrow Analytics" → "at Carrow Analytics"
  const whole = collapseRepeats(text.replace(/\\/g, "").trim().replace(/[,;:]+$/, "").replace(LEADING_CREDENTIALS_RE, "")).replace(DESCRIBED_FIRM_RE, " $1 ");
  // "an economist at X who worked at Y": the relative clause is about the person's past, not the role
  const relative = whole.search(LATER_RELATIVE_CLAUSE_RE);
  const s = relative > 0 ? whole.slice(0, relative) : whole;
  if (!s) return null;
  // a press release's credit: "President and CEO, Medlink Health"
  const comma = s.lastIndexOf(", ");
  const right = comma > 0 ? s.slice(comma + 2) : "";
  if (right && commasSeen < APPOSITIVE_MAX_COMMAS && ORG_WHOLE_RE.test(right) && !isRoleWords(right) && !PLACE_ABBREVIATION_SET.has(right.replace(/\.$/, ""))) {
    const left = parseAppositive(s.slice(0, comma), commasSeen + 1);
    if (left?.role && !left.organization) return { role: left.role, organization: normalizeOrganization(right) };
  }
  // "who manages $2 billion at Fir Capital", "who oversees ... at X"
  const who = s.match(/^who\s+\w+.*?\s(?:at|for|of)\s+(?:the\s+)?([A-Z].*)$/);
  if (who) return { role: null, organization: normalizeOrganization(cutAtLowerCaseWord(who[1]!).replace(/(?:\s+(?:and|of|for|from|the|&|\+))+$/, "")) };
  for (const sep of [" at ", " with ", " for ", " of ", " from "]) {
    let i = sep === " from " ? -1 : s.lastIndexOf(sep);
    // "president of Fir’s Ontario Council of X": a possessive left in the role means the firm starts at an earlier " of "
    while (sep === " of " && i > 0 && /[’']s\s/.test(s.slice(0, i))) i = s.lastIndexOf(sep, i - 1);
    // "Managing Director of Pellucid Corp, the owner of joblane": the last " of " names no firm, an earlier one may
    if (i > 0 && !/^(?:the\s+)?[A-Z\d]|^[a-z]+[A-Z]|^abrdn\b/.test(s.slice(i + sep.length))) {
      const earlier = s.lastIndexOf(sep, s.lastIndexOf(", ", i));
      const candidate = earlier > 0 ? s.slice(earlier + sep.length).split(", ")[0]! : "";
      if (ORG_WHOLE_RE.test(candidate) && isRoleWords(s.slice(0, earlier))) i = earlier;
    }
    if (i <= 0) continue;
    let role = s.slice(0, i);
    let org = s.slice(i + sep.length);
    // "Chair of the Board of Directors": the company's own board is part of the title, not a firm
    if (sep === " of " && /^(?:Directors|Trustees)\b/.test(org)) return { role: normalizeRole(s), organization: null };
    // "chair of the Council of Economic Advisers": the institution's own "of" is no split
    const institution = sep === " at " || sep === " with " ? null : INSTITUTION_TAIL_RE.exec(role);
    if (institution && isRoleWords(role.slice(0, institution.index))) {
      org = `${institution[1]}${sep}${org}`;
      role = role.slice(0, institution.index);
    }
    if (!/^(?:the\s+)?[A-Z\d]|^[a-z]+[A-Z]|^abrdn\b/.test(org)) continue;
    if (!isRoleWords(role)) continue;
    // "head of advisory solutions at X": prefer the last " at "; an " of " split must not leave an org in the role
    return { role: normalizeRole(role), organization: normalizeOrganization(cutAtLowerCaseWord(org)) };
  }
  // a title in capitals: "Chief Medical Officer", "Senior Vice President"
  const titleWords = s.split(/\s+/);
  if (isTitleWord(titleWords[0]!) && titleWords.every((w) => /^\p{Lu}/u.test(w) || ORG_CONNECTORS.has(w)) && isRoleWords(s)) {
    return { role: normalizeRole(s), organization: null };
  }
  // "Fir Capital CIO", "Fir Capital's chief economist"
  const words = s.split(/\s+/);
  let k = words.length;
  while (k > 0 && (/^[a-z\-]/.test(words[k - 1]!) || ROLE_HEAD_SET.has(words[k - 1]!.toLowerCase()))) k--;
  if (k < words.length && isRoleWords(words.slice(k).join(" "))) {
    const org = words.slice(0, k).join(" ").replace(/[’']s$/, "");
    // "MD & CEO of the insurer": titles joined by "&" are all role
    if (org && org.split(/\s+/).every((w) => w === "&" || isTitleWord(w))) return { role: normalizeRole(s), organization: null };
    return { role: normalizeRole(words.slice(k).join(" ")), organization: org ? normalizeOrganization(org) : null };
  }
  if (isRoleWords(s) && /^[a-z]/.test(s.replace(/^(?:the|a|an)\s+/i, ""))) return { role: normalizeRole(s), organization: null };
  return null;
}

// ── Article scan ───────────────────────────────────────────────────────────────────────────────────

/** The rest of a capitalised word: [\p{L}\d.&’'\-*\\]*, its ASCII part first and the property class (which V8
 * tests by a call out of the compiled pattern) only past ASCII; the two branches never match the same character. */
const WORD_REST = String.raw`(?:[A-Za-z\d.&’'\-*\\]|(?=[^\x00-\x7F])\p{L})*`;
const CAP_RUN = String.raw`(?:[A-Z\d]${WORD_REST}|&|\+|and|of|de|la|du|von|van)`;
/** An organisation: capitalised words, with "&", "and", "of" inside ("Brown Brothers Harriman & Co."). */
const ORG_PHRASE = String.raw`(?:the\s+)?[A-Z\d]${WORD_REST}(?:\s${CAP_RUN})*`;
const ORG_WHOLE_RE = new RegExp(`^${ORG_PHRASE}$`, "u");
const ABBR_END = new RegExp(`(?:${COMPANY_ABBREVIATIONS.map(escapeRegExp).join("|")})$`);

const CLAUSE_END_RE = new RegExp(
  // ", which …", ", underscoring …", ", made the announcement …" (a verb after the appositive), a speech verb, a mark
  String.raw`,\s*(?:which|who|whose|where|adding|noting|saying|citing|as|when|and|in|on|by|after|before|while|according|effective)\b|,\s+\p{Ll}+ing\b|,\s+(?!based\b|led\b)\p{Ll}+ed\s|,\s+(?:made|took|gave|has|had|is|was|sees|expects|thinks)\b|,?\s+(?:${SPEECH_VERBS.join("|")}|in a note|in an? (?:interview|report|email|statement|research note|note)|by phone|on Bloomberg|on CNBC|on a call|to clients|told)\b|[;:“”"()]|\s[-–—]{1,2}\s`,
  "u",
);

/** An organisation phrase at the start of a text. */
const ORG_START_RE = new RegExp(`^${ORG_PHRASE}`, "u");
/** Organisations named as a source: "according to X", "data from X", "strategists at X". */
const NAMED_SOURCE_RE = new RegExp(`\\b(?:according to|analysis by|report by|note from|data from|[Ss]trategists (?:at|with|from)|[Aa]nalysts (?:at|with|from)|[Ee]conomists (?:at|with|from))\\s+(?:an?\\s+[a-z]+\\s+(?:by|from)\\s+)?(${ORG_PHRASE})`, "gu");
/**
 * At most this many words of a firm's name before a team noun. The team pattern scans whole bodies and must fail
 * wherever a run of capitalised words is not followed by "strategists": with no bound it walked the rest of the run
 * from every word of it, so a paragraph of 40,000 capitalised words held a worker past its time budget. Names in
 * real text stay under eight words (seven is the longest before a team noun in the real data).
 */
const TEAM_FIRM_MAX_WORDS = 12;
/** "Fir Capital strategists", "analysts at Fir Capital". */
const TEAM_RE = new RegExp(
    `\\b(?:((?:the\\s+)?[A-Z\\d]${WORD_REST}(?:\\s${CAP_RUN}){0,${TEAM_FIRM_MAX_WORDS - 1}})\\s+(${TEAM_NOUNS.slice(0, 5).join("|")})|(${TEAM_PLURAL})\\s+(?:at|with|from)\\s+(${ORG_PHRASE}))`,
    "gu",
  );
/** A full personal name anywhere in a text (the leading lookahead as in NAME_RUN_RE). */
const FULL_NAME_ANYWHERE_RE = new RegExp(`(?=[A-Z\\u00C0-\\u{10FFFF}])(?<![\\p{L}’'])${FULL_NAME}(?![\\p{L}])`, "gu");
/** A firm as the subject of a verb of saying or judging ("UBS says", "UBS expects"), its phrase ending right before it. */
const SAYS_RE = new RegExp(`\\b(?:${FIRM_STATEMENT_VERBS.join("|")})\\b`, "g");
/** What stands between the clause's start (a sentence end, a comma, a dash, a line) and the verb at `at`, if it is
 * a firm's name as a whole. Cut by hand, not by a pattern anchored at the verb: that one retried at every start. */
function subjectBeforeVerb(body: string, at: number): string | undefined {
  const before = body.slice(Math.max(0, at - 60), at);
  if (!/\s$/.test(before)) return undefined;
  let cut = -1;
  for (const mark of [". ", "! ", "? ", ", ", " - ", "\n"]) {
    const i = before.lastIndexOf(mark);
    if (i >= 0) cut = Math.max(cut, i + mark.length - 1);
  }
  if (cut < 0 && at > 60) return undefined;
  const phrase = before.slice(cut + 1).trim();
  return ORG_WHOLE_RE.test(phrase) ? phrase : undefined;
}
const FIRM_AFTER_VERB_RE = new RegExp(`\\b(?:says|said|according to)\\s+(${ORG_PHRASE})(?=[.,;]|\\s+in\\s)`, "gu");
/** The role of a team that is a firm speaking: it answers "the analysts", "the strategists", "the economists". */
const ANY_TEAM = "*";
/** The role of a public body that spoke: "it" may be that body, "the analysts" may not. */
const SPEAKING_BODY = "=";
const NOT_FIRM_SET = new Set(NOT_FIRM_NAMES);
/** Paragraph breaks between two offsets. */
function paragraphBreaks(body: string, from: number, to: number): number {
  let n = 0;
  for (let i = body.indexOf("\n\n", from); i >= 0 && i < to; i = body.indexOf("\n\n", i + 2)) n++;
  return n;
}
/** "they", "the strategists". */
const TEAM_REFERENCE_RE = new RegExp(`^(?:they|the\\s+(${TEAM_PLURAL}))$`, "iu");
/** "the chairman of Fir Capital" */
const ROLE_OF_ORGANIZATION_RE = /^(?:the|its|their)\s+([a-z][a-z\s-]*?)\s+(?:of|at|for)\s+(.+)$/;
/** "Fir Capital strategists including Jim Park", "strategists led by Jim Park". */
const TEAM_LEAD_PHRASE_RE = new RegExp(`^(?:([^,]+?)\\s+)?(${TEAM_ANY})(?:\\s+(?:at|with|from)\\s+(.+?))?,?\\s+(?:led by|including|such as)\\s+(${FULL_NAME})$`, "u");
/** "Fir Capital’s (chief economist) Jim Park". */
const POSSESSIVE_NAME_RE = new RegExp(`^(.+?)[’']s\\s+(?:([a-z][a-z\\s-]*?)\\s+)?(${FULL_NAME})$`, "u");
/** "Fir Capital’s (analyst) Park". */
const POSSESSIVE_SURNAME_RE = new RegExp(`^(.+?)[’']s\\s+(?:([a-z][a-z\\s-]*?)\\s+)?(${NAME_WORD})$`, "u");
/** "Jim Park", "Jim Park, chief strategist at Fir Capital", "Jim Park of Fir Capital". */
const NAME_WITH_APPOSITIVE_RE = new RegExp(`^(?:(?:${NAME_TITLES.map(escapeRegExp).join("|")})\\s+)?(${FULL_NAME})(?:(,\\s*|\\s+(?:at|of|from)\\s+)(.*))?$`, "su");
/** "Fir Capital strategists", "strategists at Fir Capital". */
const TEAM_PHRASE_RE = new RegExp(`^(?:(?:the\\s+)?(.+?)\\s+)?(${TEAM_PLURAL})(?:\\s+(?:at|with|from)\\s+(.+))?$`, "u");
/** "billionaire investor Jim Park", "Fir Capital strategist Jim Park". */
const LOWERCASE_TITLE_NAME_RE = new RegExp(`^([^,]*?)\\s*\\b((?:[a-z][a-z\\-]*\\s+){0,3}[a-z][a-z\\-]*)\\s+(${FULL_NAME})$`, "u");

/** Cuts an appositive at the end of its clause: ", which ...", ", said", a sentence end. */
export function clauseEnd(text: string): string {
  let s = text;
  const cut = s.search(CLAUSE_END_RE);
  if (cut >= 0) s = s.slice(0, cut);
  // sentence end: ". " not after a company abbreviation or an initial
  const re = /\.(?=\s|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const before = s.slice(0, m.index + 1);
    const word = lastWord(before);
    if (ABBR_END.test(word)) {
      s = before;
      break;
    }
    if (/^(?:[A-Z]\.)+$/.test(word) || NAME_TITLES.includes(word) || NON_FINAL_ABBREVIATION_SET.has(word)) continue;
    s = s.slice(0, m.index);
    break;
  }
  return s.trim();
}

function orgFrom(text: string): string | null {
  const m = text.match(ORG_START_RE);
  if (!m) return null;
  let org = m[0].replace(/\s+(?:and|of|&|\+)$/, "");
  org = clauseEnd(org);
  return normalizeOrganization(org);
}

const FIRM_BACK_REFERENCE_RE = new RegExp(`\\b(?:of|at|for|with)\\s+the\\s+(?:${FIRM_BACK_REFERENCES.join("|")})\\b`);
const PUBLIC_BODY_SET = new Set(PUBLIC_BODY_WORDS);
const FIRM_CANDIDATE_RE = new RegExp(ORG_PHRASE, "gu");

/** The last firm named in the few sentences before `offset`: the one "the firm" points back at. */
function firmBefore(body: string, offset: number): string | null {
  let firm: string | null = null;
  for (const m of allMatches(FIRM_CANDIDATE_RE, body.slice(Math.max(0, offset - 500), offset))) {
    // "… in May. Morgan Stanley said": a candidate starts after the last sentence end inside it
    const candidate = ABBR_END.test(m[0]) ? m[0] : m[0].split(/[.!?]\s+/).pop()!;
    const words = candidate.toLowerCase().replace(/[’']s\b/g, "").split(/\s+/);
    if (words.some((w) => PUBLIC_BODY_SET.has(w))) continue;
    if (!/[&+]/.test(candidate) && !ABBR_END.test(candidate) && !words.some((w) => ORG_WORD_SET.has(w))) continue;
    firm = normalizeOrganization(candidate) ?? firm;
  }
  return firm;
}

const SPOKE_AFTER_RE = /^\s*,?\s*(?:\p{Ll}+\s+){0,2}?(?:said|says|wrote|noted|told|added)\b/u;
const SPOKE_BEFORE_RE = new RegExp(`(?:${SPEECH_VERBS.join("|")})\\s+$`);
const TITLE_ALT = [...NAME_TITLE_WORDS.filter((w) => !NOT_JOB_TITLE_WORDS.includes(w)), ...ROLE_HEADS.map((w) => w[0]!.toUpperCase() + w.slice(1))]
  .map(escapeRegExp)
  .join("|");
/** Capitalised title words (joined by "and"/"of") just before a name, the last a job: "Vice President", "President and CFO". */
const CAPITAL_TITLE_RE = new RegExp(`(?:^|[\\s(,])((?:(?:${TITLE_ALT}|${TITLE_MODIFIER_WORDS.join("|")}|Fed|Treasury)\\s+(?:(?:and|of|&)\\s+)?)*(?:${TITLE_ALT}))\\s+$`, "u");

/** "Fir Capital’s (chief economist) " just before a name. */
const POSSESSIVE_BEFORE_RE = new RegExp(`(${ORG_PHRASE})[’']s\\s+(?:([a-z][a-z\\s-]*?)\\s+)?$`, "u");
/** "(Fir Capital) strategists (at Fir Capital) led by " just before a name. */
const TEAM_LEAD_BEFORE_RE = new RegExp(
  `(?:(${ORG_PHRASE})\\s+)?(${TEAM_ANY})(?:\\s+(?:at|with|from)\\s+(${ORG_PHRASE}))?,?\\s+(?:led by|including|such as)\\s+$`,
  "u",
);
const LEAD_CUE_RE = /(?:led by|including|such as)\s+$/;

const CREDENTIALS_AFTER_NAME_RE = new RegExp(`^(?:,\\s+(?:${NAME_CREDENTIALS.map(escapeRegExp).join("|")}))+(?=,)`);
/** The firm after a title, ending its clause: ", Medlink Health." */
const FIRM_AFTER_TITLE_RE = new RegExp(`^,\\s+(${ORG_PHRASE})(?=[.;]|,\\s|\\s*$)`, "u");

/** Role and organisation stated next to a full name at `start..end` of the body. */
const AFFILIATION_SET = new Set(AFFILIATION_ADJECTIVES);
const COVERAGE_MODIFIER_SET = new Set(COVERAGE_MODIFIERS);
/** "Bank of America", "Dow & Co": "of", "and" or "&" between capitalised words is inside a name. */
function joinsName(words: readonly string[], i: number): boolean {
  return /^(?:of|and|&)$/.test(words[i]!) && i > 0 && /^[A-Z]/.test(words[i - 1]!) && /^[A-Z]/.test(words[i + 1] ?? "");
}

/** Up to five capitalised words (with "of", "and", "&" inside) right before a title. */
const CAPITALISED_WORDS_BEFORE_RE = /(?:^|[\s(,])((?:[A-Z][\w.&’'-]*\s+(?:(?:of|and|&)\s+)?){0,4}[A-Z][\w.&’'-]*\s+)$/;
/** A word that ends a sentence or a dateline ("Tonstat.", "OTTAWA--"), unlike "U.S." or "Co.". */
const SENTENCE_END_WORD_RE = new RegExp(`^(?!(?:[A-Z]\\.)+$|(?:${[...COMPANY_ABBREVIATIONS, ...NON_FINAL_ABBREVIATIONS].map(escapeRegExp).join("|")})$).*\\.$|--`);

const SENTENCE_OPENER_SET = new Set(SENTENCE_OPENERS);
const NON_FINAL_ABBREVIATION_SET = new Set(NON_FINAL_ABBREVIATIONS);
/** "the Company CEO", "Association spokesperson": a common noun, no firm's name. */
const GENERIC_FIRM_NOUN_SET = new Set([...INSTITUTION_HEADS, "Company", "Group", "Firm", "Trust", "Exchange", "Index", "Party"]);

/** The capitalised words of `lead` after any sentence end, dateline, "Bengaluru-based" or "and" in it. */
function firmWordsOf(lead: string): string[] {
  // a dateline runs into the sentence: "OTTAWA--Barrick Gold Chief Executive …"
  const words = lead.replace(/^.*--/s, "").trim().split(/\s+/);
  let from = 0;
  words.forEach((w, i) => {
    if (SENTENCE_END_WORD_RE.test(w) || /-based$/i.test(w)) from = i + 1;
  });
  // "Elon Musk and OpenAI CEO …": two subjects; the title's firm is the last
  const and = words.lastIndexOf("and");
  if (and >= from) from = and + 1;
  const firm = words.slice(from);
  while (firm.length > 1 && SENTENCE_OPENER_SET.has(firm[0]!)) firm.shift();
  return firm;
}

/**
 * Capitalised words before a title that name the firm ("Harlow Securities analyst", "Mattel Chief Financial Officer"):
 * not title words, not a party, nationality or place ("Democratic strategist", "Israeli Prime Minister"), not a
 * common noun ("the Company CEO"), and a single word that opens the sentence only when it is written as a name
 * elsewhere too ("Veteran analyst").
 */
function isFirmBeforeTitle(all: readonly string[], opensSentence: boolean, body: string): boolean {
  const words = all[0] && /^(?:Acting|Interim|Outgoing|Incoming)$/.test(all[0]) ? all.slice(1) : all;
  if (words.length === 0 || words.every(isJobTitleWord) || words.every((w) => SENTENCE_OPENER_SET.has(w))) return false;
  if (isJobTitleWord(words[0]!) && !NOT_JOB_TITLE_SET.has(words[0]!)) return false;
  if (AFFILIATION_SET.has(words[words.length - 1]!)) return false; // "South African President"
  if (words.length > 1) return true;
  const only = words[0]!.replace(/\.$/, "");
  // "Questioning Fed Chair …": a verb opening the clause
  if (AFFILIATION_SET.has(only) || NOT_FIRM_SET.has(only) || GENERIC_FIRM_NOUN_SET.has(only) || /^[A-Z][a-z]+ing$/.test(only)) return false;
  return !opensSentence || /^[A-Z\d&.-]{2,}$/.test(only) || looksLikeOrganization(only) || writtenAsProperNoun(only, body);
}

/** Where a sentence may open: the start, or after a sentence's end mark or a line break. */
const SENTENCE_OPENING_RE = /(?:^|[.!?]["”’)]?\s+|\n\s*)$/;


/** Up to six words ending in a lower-case one right before a name ("chief economist "); group 2 is the last word. */
export const ROLE_WORDS_BEFORE_RE = /(?:^|[\s(,])((?:(?:[A-Za-z][A-Za-z\-]+|&)\s+){0,5}?([a-z][a-z\-]+))\s+$/;
const ROLE_WORD_CHAR = new CodeUnitClass("[A-Za-z&\\s-]");

/**
 * ROLE_WORDS_BEFORE_RE's match in `text`. The pattern must end at the end of the text and holds only letters,
 * hyphens, ampersands and white space after its first character, so it is run on that tail alone: tried at every
 * position of the whole text, it failed at each only at the end.
 */
export function roleWordsBefore(text: string): RegExpMatchArray | null {
  let from = text.length;
  while (from > 0 && ROLE_WORD_CHAR.has(text.charCodeAt(from - 1))) from--;
  return text.slice(Math.max(0, from - 1)).match(ROLE_WORDS_BEFORE_RE);
}

function describe(body: string, start: number, end: number): { role: string | null; organization: string | null; cue: boolean; team: boolean } {
  const after = body.slice(end, end + 220);
  const before = body.slice(Math.max(0, start - 160), start);
  let role: string | null = null;
  let organization: string | null = null;
  let cue = false;
  const app = after.replace(CREDENTIALS_AFTER_NAME_RE, "").match(/^,\s+(.*)/s);
  if (app) {
    const clause = clauseEnd(app[1]!);
    const parsed = parseAppositive(clause);
    if (parsed) ({ role, organization } = parsed), (cue = true);
    if (parsed && !organization && FIRM_BACK_REFERENCE_RE.test(clause)) organization = firmBefore(body, start);
    // a press release's credit: "Tobias Grant, President and CEO, Medlink Health."
    if (parsed?.role && !organization) {
      const firm = app[1]!.slice(clause.length).match(FIRM_AFTER_TITLE_RE)?.[1];
      if (firm && (looksLikeOrganization(firm) || /\p{Ll}\p{Lu}/u.test(firm))) organization = normalizeOrganization(firm);
    }
  }
  if (!cue) {
    const atOrg = after.match(/^\s+(?:at|of|from)\s+(.*)/s);
    // "the move of Ms Ana Ruiz from Senior Sales Manager to …": a title follows, not a firm
    if (atOrg && /^(?:the\s+)?[A-Z\d]|^[a-z]+[A-Z]|^abrdn/.test(atOrg[1]!) && !isJobTitleWord(atOrg[1]!.split(/\s+/)[0]!)) {
      organization = normalizeOrganization(clauseEnd(atOrg[1]!));
      cue = organization !== null;
    }
  }
  // "Fir Capital’s Jim Park", "Fir Capital strategist Jim Park"
  const possessive = /[’']s\s/.test(before.slice(-60)) ? before.match(POSSESSIVE_BEFORE_RE) : null;
  if (possessive && looksLikeOrganization(possessive[1]!)) {
    organization ??= normalizeOrganization(possessive[1]!);
    if (possessive[2] && isRoleWords(possessive[2])) role ??= normalizeRole(possessive[2]);
    cue = true;
  }
  // "strategists led by Jim Park", "Fir Capital strategists including Jim Park", "strategists at X led by"
  const team = LEAD_CUE_RE.test(before) ? before.match(TEAM_LEAD_BEFORE_RE) : null;
  if (team) {
    role ??= teamRole(team[2]!);
    const org = team[1] && looksLikeOrganization(team[1]) ? team[1] : team[3];
    if (org) organization ??= normalizeOrganization(org);
    cue = true;
  }
  // "billionaire investor Jim Park", "chief economist Jim Park"
  const prefix = roleWordsBefore(before);
  if (!team && prefix && ROLE_HEAD_SET.has(prefix[2]!) && !(TEAM_SET.has(prefix[2]!) && prefix[2]!.endsWith("s"))) {
    // "a commentary by economist Jim Park": the role starts after the last joining word
    const all = prefix[1]!.split(/\s+/);
    let joint = all.length - 1;
    while (joint >= 0 && (!/^(?:by|for|of|at|from|with|the|a|an|and|to|in|on)$/i.test(all[joint]!) || joinsName(all, joint))) joint--;
    const tail = all.slice(joint + 1);
    // "Harlow Securities analyst Jim Park": capitalised words before the title that are no title words name the firm,
    // unless a single such word only opens the sentence ("Veteran analyst Jim Park")
    let roleStart = tail.length - 1;
    while (roleStart > 0 && /^[a-z]/.test(tail[roleStart - 1]!)) roleStart--;
    let firmStart = roleStart;
    while (firmStart > 0 && (/^[A-Z]/.test(tail[firmStart - 1]!) || joinsName(tail, firmStart - 1))) firmStart--;
    const firm = tail.slice(firmStart, roleStart);
    const opensSentence = firmStart === 0 && joint < 0 && SENTENCE_OPENING_RE.test(before.slice(0, before.length - prefix[0].trimStart().length));
    const coverage = firmStart > 0 && COVERAGE_MODIFIER_SET.has(tail[firmStart - 1]!);
    if (isFirmBeforeTitle(firm, opensSentence, body)) {
      role ??= normalizeRole(tail.slice(roleStart).join(" "));
      if (!coverage) organization ??= normalizeOrganization(firm.join(" "));
    } else {
      const words = tail.slice(-4).filter((w, i) => /^[a-z]/.test(w) || i === 0);
      role ??= normalizeRole(words.join(" ").toLowerCase());
    }
    cue = true;
  }
  // "Vice President Jim Park", "etf.com Research Lead Jim Park", "President and CFO Jim Park"
  const capitalTitle = role ? null : before.match(CAPITAL_TITLE_RE);
  if (capitalTitle) {
    role = normalizeRole(capitalTitle[1]!);
    cue = true;
    // "Mattel Chief Financial Officer Jo Park": the capitalised words before the title name the firm
    const head = before.slice(0, before.length - capitalTitle[0].length + capitalTitle[0].indexOf(capitalTitle[1]!));
    const lead = head.match(CAPITALISED_WORDS_BEFORE_RE);
    const firm = lead ? firmWordsOf(lead[1]!) : [];
    const opensSentence = lead !== null && firm.length === lead[1]!.trim().split(/\s+/).length && SENTENCE_OPENING_RE.test(head.slice(0, head.length - lead[0].trimStart().length));
    if (isFirmBeforeTitle(firm, opensSentence, body)) {
      // "Cleveland Fed President Beth Hammack": the Fed bank is the firm, "President" the role
      const fed = /^Fed\s+(.+)$/.exec(role ?? "");
      if (fed) role = fed[1]!;
      const name = firm.join(" ").replace(/^(?:Acting|Interim|Outgoing|Incoming)\s+/, "");
      organization ??= normalizeOrganization(fed ? `${name} Fed` : name);
    }
  }
  if (SPOKE_AFTER_RE.test(after) || SPOKE_BEFORE_RE.test(before)) cue = true;
  return { role, organization, cue, team: team !== null };
}

/** Orgs named with "according to", "an analysis by", "data from", or after a role ("strategist at X"). */
function scanOrganizations(body: string): string[] {
  const found: string[] = [];
  const re = NAMED_SOURCE_RE;
  for (const m of allMatches(re, body)) {
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
  const names: ArticleSpeakers["names"] = [];
  for (const m of allMatches(NAME_RUN_RE, body)) {
    // drop leading sentence words and titles ("Still Jim Park", "Treasury Secretary Scott Bessent") that are no name
    const { name, at: start } = nameOfRun(m[0], m.index!);
    if (!isPersonName(name)) continue;
    names.push({ name, at: start });
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
  const teamRe = TEAM_RE;
  for (const m of allMatches(teamRe, body)) {
    // a team with a lead ("strategists at X led by Y") is recorded with its lead, from the names above
    if (/^,?\s+(?:led by|including|such as)\s/.test(body.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) continue;
    const phrase = (m[1] ?? m[4]!).trim();
    const clause = clauseEnd(phrase);
    // "… growth in 2Q FY 2026. The analysts add": the noun opens a sentence of its own, a reference to a team
    if (m[1] && clause.length < phrase.replace(/[\s.]+$/, "").length) continue;
    const org = normalizeOrganization(clause);
    if (!org || !looksLikeOrganization(org) && !organizations.includes(org)) continue;
    teams.push({ organization: org, role: (m[2] ?? m[3]!).toLowerCase(), at: m.index! });
  }
  for (const lead of leads) {
    const info = persons.get(lead.lead!);
    teams.push({ ...lead, organization: info?.organization ?? lead.organization });
  }
  teams.sort((a, b) => a.at - b.at);
  return { persons, organizations, teams, teamsAndFirms: null, names, quoted: [], body };
}

/** Long form of an organisation named earlier ("RBC" → "RBC Capital Markets"). */
export function expandOrganization(org: string, known: string[]): string {
  const long = known.find((k) => k !== org && k.startsWith(org + " "));
  return long ?? org;
}

export function personBySurname(surname: string, speakers: ArticleSpeakers, before = Infinity): PersonInfo | null {
  let best: PersonInfo | null = null;
  for (const info of speakers.persons.values()) {
    if (!info.name.endsWith(` ${surname}`)) continue;
    if (!best || (info.mentions[0]! < before && best.mentions[0]! >= before)) best = info;
  }
  return best;
}

/** The last full personal name written before `offset` (within a few sentences), known as a speaker or not. */
function nameBefore(offset: number, speakers: ArticleSpeakers): string | null {
  const window = speakers.body.slice(Math.max(0, offset - 600), offset);
  const names = allMatches(FULL_NAME_ANYWHERE_RE, window).map((m) => m[0]).filter(isPersonName);
  return names.length ? names[names.length - 1]! : null;
}

const SENTENCE_BREAK_RE = /[.!?][”"’)]?\s+(?=[\p{Lu}“"‘(])|\n\s*\n/gu;
/**
 * The subject of a sentence when it is a person: a name, or a name after its title ("Fir Capital CIO Jim Park",
 * "clinical trial investigator Jim Park"), followed by a verb or an appositive.
 */
const SUBJECT_RE = new RegExp(
  `^\\s*(?:(?:But|And|Still|Yet|Meanwhile|However|Now),?\\s+)?((?:[\\p{L}\\d][\\p{L}\\d.&’'\\-]*\\s+){0,6}?)(?!(?:${TITLE_ALT})\\s)(${NAME_RUN}|${NAME_WORD})(?=\\s+\\p{Ll}|,\\s)`,
  "u",
);

/** A person named as the subject of a sentence starting at `sentenceAt` */
export function sentenceSubject(sentence: string, sentenceAt: number, speakers: ArticleSpeakers): ResolvedSpeaker | null {
  const info = subjectOf(sentence, sentenceAt, sentenceAt + sentence.length, speakers);
  if (!info) return null;
  const surnameOnly = !sentence.includes(info.name);
  return { name: info.name, role: info.role, organization: info.organization, kind: surnameOnly ? "surname" : "person" };
}

/** A person named as the subject of a sentence starting at `sentenceAt`: "Park said …", "Jim Park, a strategist at X, expects …". */
function subjectOf(sentence: string, sentenceAt: number, at: number, speakers: ArticleSpeakers, skipped = ""): PersonInfo | null {
  const m = sentence.match(SUBJECT_RE);
  if (!m) return null;
  if (!m[1] && !/\s/.test(m[2]!) && !personBySurname(m[2]!, speakers, at) && skipped.split(" ").length < 4) {
    // a capitalised opening word that is no known surname ("Clinical investigator Jim Park"): read on past it
    const next = sentence.indexOf(" ", m.index! + m[0].length - m[2]!.length);
    if (next > 0) return subjectOf(sentence.slice(next + 1), sentenceAt + next + 1, at, speakers, `${skipped} ${m[2]}`.trim());
  }
  const title = `${skipped} ${m[1]!.trim()}`.trim();
  const nameAt = sentenceAt + m.index! + m[0].length - m[2]!.length;
  const run = nameOfRun(m[2]!, nameAt);
  const lead = title ? `${title} ${run.title}`.trim() : run.title;
  // words before the name must be its title ("Fir Capital CIO", "President and CFO"), not a clause of their own
  if (lead && !isTitleWord(lastWord(lead).replace(/[’']s$/, ""))) return null;
  const name = run.name;
  if (/\s/.test(name)) return personByFullName(name, run.at, lead, speakers);
  return NOT_NAME.has(name) ? null : personBySurname(name, speakers, at);
}

/** A subject given by full name at `nameAt`, `lead` being the words before it: a known speaker, or a person not
 * yet taken as one whose role and firm are read where the name stands (if the sentence is a speech act). */
function personByFullName(name: string, nameAt: number, lead: string, speakers: ArticleSpeakers): PersonInfo | null {
  if (!isPersonName(name)) return null;
  const known = speakers.persons.get(name);
  if (known) return known;
  const { role, organization, cue } = describe(speakers.body, nameAt, nameAt + name.length);
  const speaks = cue || SPEECH_VERB_RE.test(speakers.body.slice(nameAt + name.length, nameAt + name.length + 80).split(/[.!?]\s/)[0]!);
  return speaks ? { name, role: role ?? (lead ? normalizeRole(lead) : null), organization, mentions: [nameAt] } : null;
}

/**
 * The person a "he"/"she" before `offset` most likely means: the subject of the quote's own sentence (the words
 * before the quote) or, failing that, of the sentence just before it ("Park said … “…,” she said").
 */
export function subjectBefore(offset: number, speakers: ArticleSpeakers, which: "own" | "previous" | "both" = "both"): PersonInfo | null {
  const from = Math.max(0, offset - 600);
  const window = speakers.body.slice(from, offset);
  const starts = [0];
  for (const m of allMatches(SENTENCE_BREAK_RE, window)) starts.push(m.index! + m[0].length);
  const cur = starts[starts.length - 1]!;
  const prev = starts.length > 1 ? starts[starts.length - 2]! : null;
  const own = window.slice(cur);
  if (which !== "previous" && own.trim()) {
    const subject = subjectAfterClauses(own, from + cur, offset, speakers);
    if (subject) return subject;
  }
  if (which === "own" || prev === null || (prev === 0 && from > 0)) return null;
  return subjectAfterClauses(window.slice(prev, cur), from + prev, offset, speakers);
}

/** The subject of a sentence, or of its main clause after an opening one ("Speaking to reporters, Park said …"). */
function subjectAfterClauses(sentence: string, sentenceAt: number, at: number, speakers: ArticleSpeakers): PersonInfo | null {
  for (let from = 0, i = 0; from >= 0 && i < 3; i++) {
    const subject = subjectOf(sentence.slice(from), sentenceAt + from, at, speakers);
    if (subject) return subject;
    from = sentence.indexOf(", ", from);
    if (from >= 0) from += 2;
  }
  return null;
}

const TITLED_NAME_RE = new RegExp(
  `^((?:[\\p{L}\\d][\\p{L}\\d.&’'\\-]*\\s+){1,6}?)(${NAME_RUN}|(?:${PARTICLE}\\s){0,2}${NAME_WORD})$`,
  "u",
);
const THE_ORGANIZATION_RE = new RegExp(
  `^the\\s+(?:(\\p{Lu}[\\p{L}\\d.&’'\\-]*(?:\\s\\p{Lu}[\\p{L}\\d.&’'\\-]*){0,4})|(?:${FIRM_BACK_REFERENCES.join("|")}))$`,
  "u",
);
/** "As Jim Park says", "But Park said": a sentence connective before the speaker. */
const LEADING_CONNECTIVE_RE = /^(?:As|But|And|So|Still|Yet|Now|Then|Also|Meanwhile|However|Instead|Similarly|Likewise),?\s+(?=\p{Lu})/u;
const NAME_THEN_CIRCUMSTANCE_RE = new RegExp(
  `^((?:[^,]*?\\s)??(?:${FULL_NAME}|${NAME_WORD}))\\s+(?:in|on|during|while|when|after|before|to|via|through|over|as|late|earlier|last|this)\\s+\\p{Ll}.*$`,
  "su",
);

/** "the CEO said": the person last introduced before `at` with that title. */
function personWithRole(title: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null {
  const wanted = title.toLowerCase();
  let best: PersonInfo | null = null;
  for (const info of speakers.persons.values()) {
    if (!info.role || !info.role.toLowerCase().split(/[\s,]+/).includes(wanted) || info.mentions[0]! > at) continue;
    if (!best || info.mentions[0]! > best.mentions[0]!) best = info;
  }
  return best ? { name: best.name, role: best.role, organization: best.organization, kind: "pronoun" } : null;
}

/** The word appears after a lower-case word or a comma somewhere ("… said Nomura"), so it is not just a sentence opener. */
function writtenAsProperNoun(word: string, body: string): boolean {
  for (let i = body.indexOf(word); i >= 0; i = body.indexOf(word, i + word.length)) {
    if (/[\p{L}\d]/u.test(body[i + word.length] ?? "")) continue;
    let j = i - 1;
    while (j >= 0 && (body[j] === " " || body[j] === "\t")) j--;
    if (j < i - 1 && j >= 0 && /[\p{Ll},]/u.test(body[j]!)) return true;
  }
  return false;
}

/** "a spokesperson for " right before the place (a lookbehind, tried at `lastIndex` only). */
const FIRM_CUE_BEFORE = /(?<=\b(?:spokes(?:person|man|woman)|representative)\s+(?:for|of|at)\s+)/y;
/** "'s shares" right after the place. */
const FIRM_CUE_AFTER = /(?:[’']s)?\s+(?:spokes(?:person|man|woman)|shares|stock)\b/y;
const ASCII_WORD = new CodeUnitClass("\\w");

/** `\b` at `at`, as a pattern without the `u` flag reads it. */
function asciiWordBoundary(text: string, at: number): boolean {
  const before = at > 0 && ASCII_WORD.has(text.charCodeAt(at - 1));
  const after = at < text.length && ASCII_WORD.has(text.charCodeAt(at));
  return before !== after;
}

/**
 * The article speaks of the name as of a firm: "a spokesperson for Valve", "Valve's shares". ("Valve said it …" is
 * no cue: "Powell said it is too early" is as common.)
 */
export function spokenOfAsFirm(word: string, body: string): boolean {
  // Tried at each place the word stands rather than as one pattern built around it: a pattern per word was a new
  // source for V8 to compile, and scanned the whole body.
  for (let at = body.indexOf(word); at >= 0 && word !== ""; at = body.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (asciiWordBoundary(body, end)) {
      FIRM_CUE_BEFORE.lastIndex = at;
      if (FIRM_CUE_BEFORE.test(body)) return true;
    }
    if (asciiWordBoundary(body, at)) {
      FIRM_CUE_AFTER.lastIndex = end;
      if (FIRM_CUE_AFTER.test(body)) return true;
    }
  }
  return false;
}

/**
 * A single capitalised name no speaker was introduced with: the full name it ends elsewhere in the article
 * ("Benjamin Netanyahu" for "Netanyahu"), else the word itself when the article writes it as a proper noun
 * mid-sentence; an organisation when it looks like one ("Nomura", "PMCPA"). A common noun opening a sentence gives null.
 */
function unintroducedName(word: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null {
  let full: { name: string; at: number } | null = null;
  for (const n of speakers.names) {
    if (!n.name.endsWith(` ${word}`)) continue;
    if (!full || (n.at < at && (full.at > at || n.at > full.at))) full = n;
  }
  if (full) {
    const { role, organization } = describe(speakers.body, full.at, full.at + full.name.length);
    return { name: full.name, role, organization, kind: "surname" };
  }
  if (!writtenAsProperNoun(word, speakers.body)) return null;
  if (looksLikeOrganization(word) || spokenOfAsFirm(word, speakers.body)) return { name: word, role: null, organization: word, kind: "organization" };
  return { name: word, role: null, organization: null, kind: "surname" };
}

export function personBefore(offset: number, speakers: ArticleSpeakers): PersonInfo | null {
  let best: PersonInfo | null = null;
  let bestAt = -1;
  for (const info of speakers.persons.values()) {
    for (const at of info.mentions) if (at < offset && at > bestAt) (best = info), (bestAt = at);
  }
  return best;
}

/** A person's speaker record, with a role or firm the phrase states in place of what the article said before. */
const personSpeaker = (info: PersonInfo, kind: SpeakerKind, role: string | null = null, org: string | null = null): ResolvedSpeaker => ({
  name: info.name,
  role: role ?? info.role,
  organization: org ?? info.organization,
  kind,
});

/**
 * One surface form of a speaker phrase: the speaker it names, null when the form is this one but names nobody
 * usable, undefined when the phrase is not of this form. Forms are tried in SPEAKER_FORMS order.
 */
type SpeakerForm = (p: string, at: number, speakers: ArticleSpeakers) => ResolvedSpeaker | null | undefined;

/**
 * The teams with the firms that spoke ("UBS says …", "said X", "according to X"): a firm that speaks stands for
 * its analysts in what follows, and is "it" later. Found only when a quote needs them: few articles do.
 */
function teamsAndFirms(speakers: ArticleSpeakers): ArticleSpeakers["teams"] {
  if (speakers.teamsAndFirms) return speakers.teamsAndFirms;
  const { body, organizations } = speakers;
  const firms: ArticleSpeakers["teams"] = [];
  const speakingFirm = (phrase: string | undefined, at: number) => {
    // "PGIM's Gregory Peters" is a person; "U.S." no firm
    if (!phrase || /[’']s\s/.test(phrase)) return;
    const org = normalizeOrganization(phrase);
    if (!org || isPersonName(org) || isPersonName(org.split(/\s+/).slice(-2).join(" "))) return;
    if (NOT_FIRM_SET.has(org.replace(/\.$/, "")) || !(looksLikeOrganization(org) || organizations.includes(org))) return;
    // a public body ("the IMF said") may be "it" later, but has no analysts
    const publicBody = org.toLowerCase().split(/\s+/).some((w) => PUBLIC_BODY_SET.has(w));
    firms.push({ organization: org, role: publicBody ? SPEAKING_BODY : ANY_TEAM, at });
  };
  for (const m of allMatches(SAYS_RE, body)) speakingFirm(subjectBeforeVerb(body, m.index!), m.index!);
  // "…, says State Street Global Advisors.", "according to Fidelity Life"
  for (const m of allMatches(FIRM_AFTER_VERB_RE, body)) speakingFirm(m[1], m.index!);
  speakers.teamsAndFirms = [...speakers.teams, ...firms].sort((a, b) => a.at - b.at);
  return speakers.teamsAndFirms;
}

/** "…,” it said": the firm that spoke last, by "X says" or quoted, in this paragraph or the one before. */
function itForm(p: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null | undefined {
  if (!/^it$/i.test(p)) return undefined;
  let org: string | null = null;
  let orgAt = -1;
  for (const t of teamsAndFirms(speakers)) {
    if ((t.role === ANY_TEAM || t.role === SPEAKING_BODY) && t.at < at && t.at > orgAt && paragraphBreaks(speakers.body, t.at, at) <= 1) (org = t.organization), (orgAt = t.at);
  }
  for (const q of speakers.quoted) {
    if (q.speaker.kind === "organization" && q.speaker.organization && q.end <= at && q.end > orgAt && paragraphBreaks(speakers.body, q.end, at) <= 1) (org = q.speaker.organization), (orgAt = q.end);
  }
  return org ? { name: org, role: null, organization: org, kind: "organization" } : undefined;
}

function pronounForm(p: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null | undefined {
  if (!/^(?:he|she)$/i.test(p)) return undefined;
  // the subject of the quote's own sentence; else the person quoted just before in the same paragraph; else the
  // subject of the sentence before; else the person quoted just before ("“…,” Park said. ¶ “…,” she added."),
  // unless another person is named after that quote; else the person named last
  const own = subjectBefore(at, speakers, "own");
  if (own) return personSpeaker(own, "pronoun");
  const lastQuoted = [...speakers.quoted].reverse().find((q) => q.end <= at && at - q.end < 600);
  const before = personBefore(at, speakers);
  const namedAfterQuote = before && lastQuoted && before.mentions.some((m) => m > lastQuoted.end && m < at);
  if (lastQuoted && !namedAfterQuote && !speakers.body.slice(lastQuoted.end, at).includes("\n\n")) return { ...lastQuoted.speaker, kind: "pronoun" };
  const previous = subjectBefore(at, speakers, "previous");
  if (previous) return personSpeaker(previous, "pronoun");
  if (lastQuoted && !namedAfterQuote) return { ...lastQuoted.speaker, kind: "pronoun" };
  return before ? personSpeaker(before, "pronoun") : { name: null, role: null, organization: null, kind: "pronoun" };
}

/** "they", "the strategists": the team named last (its lead when it has one). */
function teamReferenceForm(p: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null | undefined {
  const teamRef = p.match(TEAM_REFERENCE_RE);
  if (!teamRef) return undefined;
  const noun = teamRef[1]?.toLowerCase();
  const team = [...teamsAndFirms(speakers)]
    .reverse()
    .find(
      (t) =>
        t.at < at &&
        t.role !== SPEAKING_BODY &&
        // a firm that spoke answers only in its own paragraph: a digest's next item has a firm of its own
        (t.role === ANY_TEAM ? noun !== undefined && paragraphBreaks(speakers.body, t.at, at) === 0 : !noun || t.role === noun || `${t.role}s` === noun),
    );
  if (team?.lead) {
    const info = speakers.persons.get(team.lead);
    return { name: team.lead, role: info?.role ?? team.role, organization: info?.organization ?? team.organization, kind: "pronoun" };
  }
  if (team?.organization) return { name: team.organization, role: team.role === ANY_TEAM ? noun! : team.role, organization: team.organization, kind: "organization" };
  return noun ? null : { name: null, role: null, organization: null, kind: "pronoun" };
}

/** "Fir Capital strategists including Jim Park" / "strategists led by Jim Park". */
function teamLeadForm(p: string, _at: number, speakers: ArticleSpeakers): ResolvedSpeaker | undefined {
  const teamLead = p.match(TEAM_LEAD_PHRASE_RE);
  if (!teamLead) return undefined;
  const name = teamLead[4]!;
  const info = speakers.persons.get(name);
  const org = normalizeOrganization(teamLead[1] ?? teamLead[3] ?? "") ?? info?.organization ?? null;
  return { name, role: teamRole(teamLead[2]!), organization: org, kind: "person" };
}

/** "Fir Capital’s Jim Park". */
function possessiveNameForm(p: string, _at: number, speakers: ArticleSpeakers): ResolvedSpeaker | undefined {
  const poss = p.match(POSSESSIVE_NAME_RE);
  if (!poss || !isPersonName(poss[3]!)) return undefined;
  const info = speakers.persons.get(poss[3]!);
  return {
    name: poss[3]!,
    role: (poss[2] && isRoleWords(poss[2]) ? normalizeRole(poss[2]) : null) ?? info?.role ?? null,
    organization: normalizeOrganization(poss[1]!) ?? info?.organization ?? null,
    kind: "person",
  };
}

/** "Fir Capital’s Park": a surname after the firm. */
function possessiveSurnameForm(p: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | undefined {
  const possSurname = p.match(POSSESSIVE_SURNAME_RE);
  if (!possSurname || NOT_NAME.has(possSurname[3]!)) return undefined;
  const r = resolveSpeakerPhrase(possSurname[3]!, at, speakers);
  const org = normalizeOrganization(possSurname[1]!);
  if (!r || r.kind === "organization") return undefined;
  return { ...r, role: r.role ?? (possSurname[2] && isRoleWords(possSurname[2]) ? normalizeRole(possSurname[2]) : null), organization: r.organization ?? org };
}

/** "Jim Park", "Jim Park, chief strategist at Fir Capital", "Jim Park of Fir Capital". */
function nameWithAppositiveForm(p: string, _at: number, speakers: ArticleSpeakers): ResolvedSpeaker | undefined {
  const named = p.match(NAME_WITH_APPOSITIVE_RE);
  if (!named || !isPersonName(named[1]!)) return undefined;
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

/** "Fir Capital strategists", "strategists at Fir Capital", "the strategists". */
function teamPhraseForm(p: string, _at: number, speakers: ArticleSpeakers): ResolvedSpeaker | undefined {
  const team = p.match(TEAM_PHRASE_RE);
  if (!team || !(team[1] || team[3]) || /,/.test(team[1] ?? "")) return undefined;
  const org = normalizeOrganization(team[3] ?? team[1]!);
  if (!org || !ORG_WHOLE_RE.test(org) || !(looksLikeOrganization(org) || speakers.organizations.includes(org) || /^[A-Z]/.test(org))) return undefined;
  const full = expandOrganization(org, speakers.organizations);
  return { name: full, role: team[2]!.toLowerCase(), organization: full, kind: "organization" };
}

/** "billionaire investor Jim Park", "Fir Capital strategist Jim Park". */
function lowercaseTitleForm(p: string, _at: number, speakers: ArticleSpeakers): ResolvedSpeaker | undefined {
  const titled = p.match(LOWERCASE_TITLE_NAME_RE);
  if (!titled || !isRoleWords(titled[2]!) || !isPersonName(titled[3]!)) return undefined;
  const info = speakers.persons.get(titled[3]!);
  // a single capitalised word is part of the title ("Veteran analyst"), unless the article scan took it for the firm
  const lead = titled[1] && !/\s/.test(titled[1]) && !looksLikeOrganization(titled[1]) && titled[1] !== info?.organization ? titled[1] : null;
  const org = titled[1] && !lead ? normalizeOrganization(titled[1].replace(/[’']s$/, "")) : null;
  return { name: titled[3]!, role: normalizeRole((lead ? `${lead} ${titled[2]}` : titled[2]!).toLowerCase()) ?? info?.role ?? null, organization: org ?? info?.organization ?? null, kind: "person" };
}

/** "Vice President Park", "Fir Capital Research Lead Jim Park", "President and CFO Jim Park": a name after its title. */
const NOT_JOB_TITLE_SET = new Set(NOT_JOB_TITLE_WORDS);
const TITLE_MODIFIER_SET = new Set(TITLE_MODIFIER_WORDS);

/** Where the title at the end of capitalised words starts: "Mattel |Chief Financial Officer", "FIA |President". */
function titleStart(words: readonly string[]): number {
  let t = words.length;
  while (t > 0) {
    const w = words[t - 1]!;
    const inTitle = isJobTitleWord(w) || (t < words.length && (/^(?:and|of|&)$/.test(w) || TITLE_MODIFIER_SET.has(w)));
    if (!inTitle) break;
    t--;
  }
  return t;
}
/** Honorifics, with or without their period ("Mr Jones", "Dr. Kopple"). */
const HONORIFIC_SET = new Set(NAME_TITLES.flatMap((t) => [t, t.replace(/\.$/, "")]));

function titledNameForm(p: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | undefined {
  const titledName = p.match(TITLED_NAME_RE);
  if (!titledName) return undefined;
  const run = nameOfRun(titledName[2]!, 0);
  const words = `${titledName[1]!} ${run.title}`.trim().split(/\s+/);
  const t = titleStart(words);
  const titleWords = words.slice(t);
  // "Bank Millennium": words that name no job ("Bank", "Union") make no title; "Mr Jones" is a name
  const honorificOnly = titleWords.length > 0 && titleWords.every((w) => HONORIFIC_SET.has(w));
  if (!honorificOnly && titleWords.every((w) => NOT_JOB_TITLE_SET.has(w))) return undefined;
  const firm = words.slice(0, t).join(" ").replace(/[’']s?$/, "");
  const title = honorificOnly ? null : normalizeRole(titleWords.join(" "));
  if (!honorificOnly && (!title || !/^\p{Lu}/u.test(title))) return undefined;
  if (firm && !looksLikeOrganization(firm) && !/^\p{Lu}/u.test(firm)) return undefined;
  const r = resolveSpeakerPhrase(run.name, at, speakers);
  if (!r || r.kind === "organization") return undefined;
  const named = firm && isFirmBeforeTitle(firm.split(/\s+/), false, speakers.body) ? normalizeOrganization(firm.replace(/^(?:Acting|Interim|Outgoing|Incoming)\s+/, "")) : null;
  return { ...r, role: r.role ?? title, organization: r.organization ?? named };
}

/** "Park": a surname introduced earlier (or a firm by its first word, or a name the article has not introduced). */
function surnameForm(p: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null | undefined {
  if (!(SINGLE_NAME_RE.test(p) || SURNAME_RE.test(p)) || NOT_NAME.has(p)) return undefined;
  const info = personBySurname(p, speakers, at);
  if (info) return personSpeaker(info, "surname");
  const org = speakers.organizations.find((o) => o === p || o.startsWith(p + " "));
  if (org) return { name: org, role: null, organization: org, kind: "organization" };
  return unintroducedName(p, at, speakers);
}

/** A title in lower case with its initials spelled out: "CFO" → "chief financial officer". */
function spelledTitle(title: string): string {
  return title.replace(/\b[A-Z]{2,3}\b/g, (initials) => TITLE_INITIALS[initials] ?? initials).toLowerCase();
}

/**
 * "the FIA President", "Congress MP": an office, not an organisation. Its holder, if one was named before with that
 * title and near the office's organisation ("Mohammed Ali, FIA President"); otherwise no one.
 */
function officeForm(p: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null | undefined {
  const words = p.replace(/^the\s+/i, "").split(/\s+/);
  const t = titleStart(words);
  const last = words[words.length - 1]!;
  if (words.length < 2 || t === words.length || NOT_JOB_TITLE_SET.has(last) || ORG_WORD_SET.has(last.toLowerCase()) || !/^\p{Lu}/u.test(words[0]!)) return undefined;
  if (words.some((w) => /^\p{Ll}/u.test(w) && !ORG_CONNECTORS.has(w))) return undefined;
  const office = spelledTitle(words.slice(t).join(" "));
  let holder: PersonInfo | null = null;
  for (const info of speakers.persons.values()) {
    if (!info.role || !spelledTitle(info.role).includes(office) || info.mentions[0]! > at) continue;
    const near = speakers.body.slice(Math.max(0, info.mentions[0]! - 80), info.mentions[0]! + info.name.length + 80);
    if (t > 0 && !near.includes(words[0]!)) continue;
    if (!holder || info.mentions[0]! > holder.mentions[0]!) holder = info;
  }
  if (!holder) return null;
  const roleWords = new Set(holder.role!.toLowerCase().split(/\s+/));
  let o = t;
  while (o > 1 && roleWords.has(words[o - 1]!.toLowerCase())) o--;
  const organization = holder.organization ?? (o > 0 && t > 0 ? normalizeOrganization(words.slice(0, Math.min(o, t)).join(" ")) : null);
  return { name: holder.name, role: holder.role, organization, kind: "pronoun" };
}

/** "the PMCPA", "the Commission": an organisation; "the company": the firm named before. */
function theOrganizationForm(p: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null | undefined {
  const theOrg = p.match(THE_ORGANIZATION_RE);
  if (!theOrg) return undefined;
  if (theOrg[1]?.split(/\s+/).every(isTitleWord)) return personWithRole(theOrg[1], at, speakers);
  const org = theOrg[1] ? normalizeOrganization(theOrg[1]) : firmBefore(speakers.body, at);
  return org ? { name: org, role: null, organization: org, kind: "organization" } : null;
}

/** "the chairman of Fir Capital": the person last named. */
function roleOfOrganizationForm(p: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null | undefined {
  const roleOnly = p.match(ROLE_OF_ORGANIZATION_RE);
  if (!roleOnly || !isRoleWords(roleOnly[1]!)) return undefined;
  const role = normalizeRole(roleOnly[1]!);
  const org = normalizeOrganization(roleOnly[2]!);
  const named = nameBefore(at, speakers);
  if (named) return { name: named, role, organization: org, kind: "pronoun" };
  const info = personBefore(at, speakers);
  return info ? personSpeaker(info, "pronoun", role, org) : null;
}

/** An organisation speaking: "Fir Capital", "RBC". */
const HONORIFIC_NAME_RE = new RegExp(`^(?:${NAME_TITLES.map(escapeRegExp).join("|")})\\s+((?:\\p{Lu}[\\p{L}’'\\-]*\\s+){0,3}\\p{Lu}[\\p{L}’'\\-]*)$`, "u");

/** "Mr. LIU Ming Hui": an honorific makes a person, whatever the capitals of the name. */
function honorificForm(p: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | undefined {
  const honored = p.match(HONORIFIC_NAME_RE);
  if (!honored) return undefined;
  const name = honored[1]!;
  const full = speakers.persons.get(name);
  if (full) return personSpeaker(full, "person");
  const bySurname = personBySurname(name, speakers, at);
  if (bySurname) return personSpeaker(bySurname, "surname");
  // a name the article scan could not read as one ("LIU Ming Hui"): its own first mention may carry the title
  const first = speakers.body.indexOf(`${name},`);
  const described = first >= 0 && first < at ? describe(speakers.body, first, first + name.length) : null;
  return { name, role: described?.role ?? null, organization: described?.organization ?? null, kind: "person" };
}

function organizationForm(p: string, _at: number, speakers: ArticleSpeakers): ResolvedSpeaker | undefined {
  if (!/^[A-Z]/.test(p) || p.includes(", ") || NOT_NAME.has(p.split(" ")[0]!) || p.split(/\s+/).length > 6) return undefined;
  if (!(looksLikeOrganization(p) || speakers.organizations.some((o) => o === p || o.startsWith(p + " ")))) return undefined;
  const org = normalizeOrganization(p);
  if (!org || !ORG_WHOLE_RE.test(org)) return undefined;
  const full = expandOrganization(org, speakers.organizations);
  return { name: full, role: null, organization: full, kind: "organization" };
}

const SPEAKER_FORMS: readonly SpeakerForm[] = [
  pronounForm,
  itForm,
  teamReferenceForm,
  teamLeadForm,
  possessiveNameForm,
  possessiveSurnameForm,
  nameWithAppositiveForm,
  teamPhraseForm,
  lowercaseTitleForm,
  titledNameForm,
  surnameForm,
  officeForm,
  theOrganizationForm,
  roleOfOrganizationForm,
  honorificForm,
  organizationForm,
];

/**
 * Resolves a speaker phrase (already cut to its clause) to a speaker. The phrase must be a speaker as a whole:
 * "Jim Park, chief strategist at Fir Capital", "Fir Capital’s Jim Park", "Park", "he", "Fir Capital strategists",
 * "the chairman of Fir Capital". Returns null when the phrase is no speaker.
 */
export function resolveSpeakerPhrase(phrase: string, at: number, speakers: ArticleSpeakers): ResolvedSpeaker | null {
  let p = phrase.replace(/\\/g, "").replace(/^[\s,–—-]+|[\s,:]+$/g, "");
  p = p.replace(/\.$/, (dot) => (ABBR_END.test(p) ? dot : ""));
  // "Jim Park in a statement", "Jim Park during a call": the circumstances are no part of the speaker
  p = p.replace(NAME_THEN_CIRCUMSTANCE_RE, "$1").replace(LEADING_CONNECTIVE_RE, "");
  if (!p) return null;
  for (const form of SPEAKER_FORMS) {
    const found = form(p, at, speakers);
    if (found !== undefined) return found;
  }
  return null;
}
