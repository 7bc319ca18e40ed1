// Word lists and line patterns for the chrome that scrapers and web pages wrap around an article.
// Data only: used by pipeline/clean-shared.ts, clean-text.ts and clean-html.ts.
import type { RemovalReason } from "../schemas/record.ts";

// ── Whole lines that are page chrome wherever they stand (compared lowercased, punctuation trimmed) ──
export const CHROME_LINES = new Set([
  "connect with us", "avatar", "published", "updated", "on", "by", "share", "shares", "tweet", "email", "print",
  "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "subscribe", "subscribe now", "sign in",
  "sign up", "log in", "login", "register", "menu", "skip to content", "skip to main content", "search", "close",
  "home", "facebook", "twitter", "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "x", "copy link",
  "link copied", "comments", "comment", "listen", "listen to this article", "save", "follow", "continue reading",
  "read more", "show more", "show less", "load more", "view comments", "share this article", "share this story",
  "story continues below advertisement", "article continues below advertisement", "scroll to continue",
  "scroll to top", "back to top", "toggle navigation", "open menu", "trending", "trending now", "latest news",
  "top stories", "more", "next", "previous", "gift this article", "reprints", "font size", "text size",
]);

/** Short labels that name the section of a site when they stand alone above the headline. */
export const SECTION_LABELS = new Set([
  "finance", "markets", "market", "business", "economy", "economics", "technology", "tech", "world", "politics",
  "stocks", "news", "crypto", "cryptocurrency", "investing", "personal finance", "opinion", "companies",
  "energy", "commodities", "currencies", "bonds", "earnings", "banking", "real estate", "health", "science",
  "industries", "asia", "europe", "us", "u.s.", "americas", "analysis", "deals", "wealth", "money", "funds", "etfs",
]);

/** Words that stop a short capitalised line from being read as a person's name. */
export const NON_NAME_WORDS = new Set([
  "news", "market", "markets", "stock", "stocks", "live", "update", "updates", "breaking", "read", "most", "top",
  "world", "business", "latest", "story", "stories", "video", "watch", "photo", "photos", "related", "more",
  "about", "contact", "info", "information", "content", "summary", "highlights", "key", "points", "takeaways",
  "analysis", "opinion", "editor", "editors", "press", "release", "report", "reports", "the", "of", "and", "in",
  "for", "to", "inc", "ltd", "corp", "group", "bank", "fund", "index", "today", "week", "daily",
]);

// ── Line patterns (matched against a whole trimmed line with markdown syntax already removed) ──
export interface LinePattern {
  pattern: RegExp;
  reason: RemovalReason;
}

export const MOST_READ = /^(most (read|popular|viewed|shared)|popular now|most read stories)\b.*$/i;
export const CONTRIBUTORS = /^(?:[-–—]+\s*)?with (?:help|assistance|reporting) (?:from|by) (.+?)\.?$/i;
export const EDITOR_NOTE =
  /^\((?:this (?:story|article|report|version)? ?(?:updates|corrects|adds|was updated|has been updated)|updates|adds|corrects|recasts|rewrites|refiles|changes|fixes|repeats|removes|clarifies|new throughout|updates throughout)\b[^()]*(?:\([^()]*\)[^()]*)*\)\.?$/i;
export const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|^all rights reserved\.?$/i;
export const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/** Lines removed wherever they stand, in the order tried. */
export const CHROME_PATTERNS: LinePattern[] = [
  { pattern: MOST_READ, reason: "most-read" },
  { pattern: /^(?:sign up (?:for|to|here|now)|subscribe (?:to|for|now|here|today)|get (?:our|the) (?:free )?(?:newsletter|daily|morning|evening|weekly))\b/i, reason: "newsletter" },
  { pattern: /^(?:click here|tap here|download (?:the|our)\b.*\bapp|get the app|don'?t miss\b|also read\s*[:|-]|read also\s*[:|-]|watch\s*:|listen\s*:|sponsored\s*:|advertisement\s*:|a photo accompanying this (?:announcement|release) is available)/i, reason: "promo" },
  { pattern: /^(?:related(?: (?:stories|articles|coverage|news|content|reading|links))?|read more|see also|more from\b.*|more on this|further reading|recommended(?: for you| stories| reading)?|you may also like|you might also like|trending(?: now| stories| articles| news)?|top stories|latest (?:stories|news|videos))\s*(?::|\||»|›|$)/i, reason: "related-links" },
  { pattern: /^(?:share (?:this|on|via|article|story)|follow us (?:on|at)|follow (?:\S+ )?on (?:twitter|x|facebook|linkedin|instagram|google news)|like us on facebook|join (?:us|our) (?:on )?(?:telegram|whatsapp|discord))\b/i, reason: "social" },
  { pattern: /^to contact the (?:reporters?|editors?|authors?|writers?)\b/i, reason: "boilerplate" },
  { pattern: /^(?:write to|contact|email|e-mail)\b.{0,80}\b\S+@\S+\.\w+\.?$|^\S+@\S+\.\w+$/i, reason: "boilerplate" },
  { pattern: /^(?:view original content|view source version|source:? [A-Z][\w.,& ]{1,60}$|SOURCE [A-Z])/, reason: "boilerplate" },
  { pattern: /^\(?(?:end\)|\(end\)\s|only the headline and picture of this report may have been reworked)/i, reason: "boilerplate" },
  { pattern: /^(?:reporting by|editing by|writing by|additional reporting by|compiled by)\b.*$/i, reason: "contributors" },
  { pattern: /^(?:photo|image|photograph|picture|video|credit)s?\s*(?:credit)?\s*:\s*\S.{0,100}$/i, reason: "chrome" },
  { pattern: /^[^.!?]{0,80}\b(?:via getty images|getty images|shutterstock|istock|\/ ?reuters|\/ ?afp|\/ ?ap photo|\/ ?bloomberg)$/i, reason: "chrome" },
  { pattern: /^(?:cookie|cookies)\b.*\b(?:accept|consent|policy|settings)\b/i, reason: "cookie-banner" },
];

// ── Datelines and bylines ──
/** News agencies and wire services as they appear in datelines, with the publisher name they stand for. */
export const AGENCY_PUBLISHERS: Record<string, string> = {
  bloomberg: "Bloomberg",
  reuters: "Reuters",
  ap: "Associated Press",
  "associated press": "Associated Press",
  afp: "AFP",
  "dow jones": "Dow Jones",
  "globe newswire": "GlobeNewswire",
  globenewswire: "GlobeNewswire",
  "business wire": "Business Wire",
  businesswire: "Business Wire",
  "pr newswire": "PR Newswire",
  prnewswire: "PR Newswire",
  "accesswire": "ACCESSWIRE",
  "cnw": "CNW",
  xinhua: "Xinhua",
  upi: "UPI",
  ians: "IANS",
  pti: "PTI",
  "mt newswires": "MT Newswires",
};

/** "(Bloomberg) —", "NEW YORK, March 4 (Reuters) -", "LONDON (AP) —", "NEWARK, Calif., Feb. 12, 2025 (GLOBE NEWSWIRE) —". */
export const AGENCY_DATELINE =
  /^((?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Za-z][A-Za-z.'’-]*){0,6}[ ,]*(?:\d{1,2}(?:,? \d{4})?)?\s*)?(?:\(([A-Z][A-Za-z.&' -]{0,38}[A-Za-z.])\)|\/([A-Z][A-Za-z.&' -]{0,38}[A-Za-z.])\/))\s*[—–-]{1,2}\s*/;
/** "WASHINGTON —", "SAN FRANCISCO, March 4 —": a place in capitals then a dash, no agency. */
export const PLACE_DATELINE = /^([A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: \d{1,2}(?:, \d{4})?)?)?)\s+[—–]{1,2}\s+/;
export const BYLINE = /^by\s+(.{3,120})$/i;
/** "Published: 2025-02-07 10:31:00", "Updated on March 4, 2025", "Posted at 10:00". */
export const DATE_LINE = /^(published|updated|posted|first published|last updated|date)(?:\s+(?:on|at))?\s*[:\-–]?\s*(.+)$/i;

/** Company suffixes dropped when a publisher is read from a copyright line. */
export const COMPANY_SUFFIX = /[\s,]*(?:&\s*(?:co\.?|company)|l\.?\s?p\.?|inc\.?|ltd\.?|limited|llc|plc|corp\.?|corporation|co\.|gmbh|s\.a\.|ag|media|group|holdings)\s*$/i;

// ── HTML: class/id hints for blocks that are not the article ──
/** Whole class/id tokens (split on "-", "_", camelCase and spaces) that mark a block, with its reason. */
export const HTML_TOKEN_HINTS: Record<string, RemovalReason> = {
  ad: "advertisement", ads: "advertisement", adv: "advertisement", adslot: "advertisement", adunit: "advertisement",
  dfp: "advertisement", gpt: "advertisement", taboola: "advertisement", outbrain: "advertisement",
  nav: "navigation", navbar: "navigation", menu: "navigation", breadcrumb: "navigation", breadcrumbs: "navigation",
  sidebar: "navigation", masthead: "header", topbar: "navigation", toolbar: "navigation", pagination: "navigation",
  share: "social", sharing: "social", social: "social", sharebar: "social",
  footer: "footer", header: "header",
  promo: "promo",
  comment: "comments", comments: "comments", disqus: "comments",
  modal: "promo", popup: "promo", overlay: "promo", paywall: "promo",
  subscribe: "newsletter", subscription: "newsletter", newsletter: "newsletter", signup: "newsletter",
  cookie: "cookie-banner", cookies: "cookie-banner", consent: "cookie-banner", gdpr: "cookie-banner",
  related: "related-links", recommended: "related-links", recommendations: "related-links",
  trending: "related-links", popular: "related-links", morestories: "related-links", readmore: "related-links",
  banner: "advertisement", sponsor: "advertisement", sponsored: "advertisement",
};

/** Class/id substrings that mark a block even inside a longer token ("advertisement", "cookieConsent"). */
export const HTML_SUBSTRING_HINTS: [string, RemovalReason][] = [
  ["advert", "advertisement"], ["sponsor", "advertisement"], ["cookie", "cookie-banner"], ["consent", "cookie-banner"],
  ["newsletter", "newsletter"], ["subscribe", "newsletter"], ["social", "social"], ["recommend", "related-links"],
  ["related", "related-links"], ["breadcrumb", "navigation"], ["sidebar", "navigation"], ["comment", "comments"],
];

/** Class/id tokens that say a block holds the article. */
export const HTML_POSITIVE_HINTS = new Set([
  "article", "story", "body", "content", "post", "entry", "text", "main", "prose", "articlebody", "storybody",
  "richtext", "blog", "single",
]);
/** Class/id tokens that say a block is probably not the article (scored down, not removed). */
export const HTML_NEGATIVE_HINTS = new Set([
  "hidden", "meta", "widget", "caption", "credit", "byline", "author", "tags", "tag", "toolbar", "card", "list",
  "sidebar", "rail", "aside", "more", "extra", "promo", "teaser", "newsletter",
]);

/** Tags dropped with all they contain, and the reason recorded. */
export const HTML_DROP_TAGS: Record<string, RemovalReason> = {
  script: "script", noscript: "script", template: "script", style: "style", link: "style",
  iframe: "boilerplate", svg: "boilerplate", canvas: "boilerplate", object: "boilerplate", embed: "boilerplate",
  form: "form", button: "form", input: "form", select: "form", textarea: "form", label: "form",
  nav: "navigation", header: "header", footer: "footer", aside: "boilerplate", dialog: "promo", menu: "navigation",
  figcaption: "caption",
};

/** Lines that ask the reader to act rather than tell anything: a page made only of these is not an article. */
export const CALL_TO_ACTION = /\b(?:sign in|sign up|log in|login|register|subscribe|your account|password|create an account|forgot)\b/i;

/** A line that is nothing but a date, with an optional weekday and time: "June 18, 2024", "18 June 2024 10:31", "2024-06-18". */
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
export const BARE_DATE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})(?:[\\sT,]+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?(?:\\s?[A-Z]{2,4})?)?$`,
  "i",
);

/** Metadata lines of a scraped or markdown header ("Author: …", "Section: …", "Source: …") and the field each sets. */
export const METADATA_LINE = /^(author|authors|by|byline|section|category|source|publisher)\s*:\s*(\S.{0,150})$/i;

/** JSON-LD types that describe an article. */
export const ARTICLE_TYPES = new Set([
  "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting", "opinionnewsarticle",
  "backgroundnewsarticle", "reviewnewsarticle", "socialmediaposting", "liveblogposting", "techarticle",
  "scholarlyarticle", "report",
]);

/** Class/id tokens that keep a block even when another token hints at chrome ("related-content" stays, as in Readability). */
export const HTML_KEEP_HINTS = new Set(["article", "body", "main", "column", "content"]);
