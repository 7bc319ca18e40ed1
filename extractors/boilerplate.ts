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
  "story continues below advertisement", "article continues below advertisement",
  "story continues below advertisementremove ad", "remove ad", "remove ads", "scroll to continue",
  "scroll to top", "back to top", "toggle navigation", "open menu", "trending", "trending now", "latest news",
  "top stories", "more", "next", "previous", "gift this article", "reprints", "font size", "text size",
  "caption", "hide caption", "toggle caption", "enlarge this image", "expand", "zoom", "sponsored links",
  "related topics", "topics", "tags", "share this", "share on facebook", "share on twitter", "play video",
  "watch video", "read full article", "view gallery", "view photos", "image", "photo", "video", "advert",
  "this slideshow requires javascript", "tell us what you think", "have your say", "join the conversation",
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
  /** Only lines up to this many characters are tested (a long paragraph is prose whatever words it holds). */
  maxChars?: number;
  /**
   * A plain text (no `g` flag) that every line the pattern matches holds, or the pattern is not tried: V8 finds a
   * literal quickly, while a pattern that begins with a bounded run (`^.{0,400}`) is tried at every length of that
   * run, on every line of every article. The check must follow from the pattern.
   */
  needs?: RegExp;
  /** The characters that the lines the pattern matches end with, before any trailing white space: a check of one character. */
  endsWith?: string;
}

export const MOST_READ = /^(most (read|popular|viewed|shared)|popular now|most read stories)\b.*$/i;
export const CONTRIBUTORS = /^(?:[-–—]+\s*)?with (?:help|assistance|reporting) (?:from|by) (.+?)\.?$/i;
export const EDITOR_NOTE =
  /^\((?:this (?:story|article|report|version)? ?(?:updates|corrects|adds|was updated|has been updated)|updates|adds|corrects|recasts|rewrites|refiles|changes|fixes|repeats|removes|clarifies|new throughout|updates throughout)\b[^()]*(?:\([^()]*\)[^()]*)*\)\.?$/i;
export const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|^all rights reserved\.?$/i;
export const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

export const FREE_OFFER = /\b(?:our|this|these) free (?:report|list|app|tool|analysis|visuali[sz]ation|interactive|trial|screener|newsletter|research)\b/i;

/** What `\w` matches in a pattern with the `i` and `u` flags: ASCII word characters, and ſ and the Kelvin sign K by case folding. */
const IU_WORD_CHARACTERS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_\u017f\u212a";

/** Lines removed wherever they stand, in the order tried. */
export const CHROME_PATTERNS: LinePattern[] = [
  { pattern: MOST_READ, reason: "most-read" },
  { pattern: /^(?:sign up (?:for|to|here|now)|subscribe (?:to|for|now|here|today)|get (?:our|the) (?:free )?(?:newsletter|daily|morning|evening|weekly))\b/i, reason: "newsletter" },
  { pattern: /^(?:click here|tap here|download (?:the|our)\b.*\bapp|get the app|don'?t miss\b|also read\s*[:|-]|read also\s*[:|-]|read\s*:\s|watch\s*:|listen\s*:|sponsored\s*:|advertisement\s*:|a photo accompanying this (?:announcement|release) is available)/i, reason: "promo" },
  { pattern: /^(?:related(?: (?:stories|articles|coverage|news|content|reading|links|posts|videos))?|read more|see more|see also|more from\b.*|more in\b.{0,40}|more on this|further reading|recommended(?: for you| stories| reading| articles| videos)?|(?:you|we think you) (?:may|might|will|would) (?:also )?(?:like|enjoy|be interested in)\b.*|trending(?: now| stories| articles| news)?|top stories|latest (?:stories|news|videos)|more (?:\S+ ){0,3}(?:stories|articles|news|reads|videos|headlines))\s*(?::|\||»|›|\.{1,3}|…|$)/i, reason: "related-links" },
  { pattern: /^(?:share (?:this|on|via|article|story)|follow us (?:on|at|for)|follow (?:\S+ )?on (?:twitter|x|facebook|linkedin|instagram|google news)|like us on facebook|join (?:us|our) (?:on )?(?:telegram|whatsapp|discord))\b/i, reason: "social" },
  { pattern: /^to contact the (?:reporters?|editors?|authors?|writers?)\b/i, reason: "boilerplate" },
  // Bounded: on a long run of "@" the two \S+ around it backtrack quadratically.
  { pattern: /^(?:write to|contact|email|e-mail)\b.{0,80}\b\S+@\S+\.\w+\.?(?:\s*[;,]\s*@\w{1,30})?$|^\S+@\S+\.\w+$/i, reason: "boilerplate", maxChars: 300, needs: /@/ },
  { pattern: /^(?:source:? [A-Z][\w.,& ]{1,60}$|SOURCE [A-Z])/, reason: "boilerplate" },
  { pattern: /^(?:view (?:the )?(?:original|source) (?:content|version|press release)|to view the (?:source|original) version|this press release features multimedia|any exhibits and associated documents for this sec filing)\b/i, reason: "boilerplate" },
  { pattern: /^(?:this (?:content|article|story|report|newsletter) (?:was (?:created|produced|written|generated|originally published)|is a text version)|\*?this article by .{1,60} is general in nature|disclaimer\s*:|(?:this press release may be considered |may be considered )?attorney advertising\b)/i, reason: "boilerplate" },
  // Calls to click: "For a full report, click on", "Click to enlarge", "(… by clicking on the image)".
  { pattern: /^[^.!?]{0,200}\b(?:double[- ])?click(?:ing)? (?:here|(?:on )?the (?:image|chart|graphic))\b|^click (?:image|to)\b/i, reason: "promo", maxChars: 300, needs: /click/i },
  { pattern: /\b(?:double[- ])?click (?:on|to)\b/i, reason: "promo", maxChars: 80, needs: /click/i },
  { pattern: /^(?:find|see|get|discover|check out|explore) (?:more|detailed|the latest|full|all|further) .{1,80}\bon\b.{1,60}\b(?:page|app|website|site)\.?$/i, reason: "promo" },
  // "To find good ideas …, visit …", "For more information, visit www.example.com", "Find out more on …: https://…".
  { pattern: /^(?:to (?:find|discover|see|learn|get|read|explore)\b.{0,160}\bvisit\b|for more information(?: about .{1,80})?,? (?:please )?(?:visit|see|go to|call|contact|email)\b|find out more\b.{0,80}(?:https?:\/\/|www\.)|interested in more\b.{0,80}\?)/i, reason: "promo", maxChars: 300 },
  { pattern: /\btune in to our\b/i, reason: "promo", maxChars: 300, needs: /tune in to our/i },
  // Embedded offers of a site's own products: "… our free report on X will help you …", "have a look at our free list".
  // An offer in the first sentence makes the line promo; later in a paragraph only the closing sentences go (TRAILING_OFFER).
  { pattern: new RegExp(`^[^.!?]{0,200}${FREE_OFFER.source}`, "i"), reason: "promo", maxChars: 400, needs: / free /i },
  { pattern: /^this (?:article|story|content|post) (?:is|was) (?:reprinted|republished|reproduced|syndicated)\b|^this summary was machine generated\b/i, reason: "boilerplate" },
  { pattern: /^.{0,120}\bpublished exclusively (?:on|by)\b.{0,80}$/i, reason: "promo", needs: /published exclusively/i },
  { pattern: /^(?:more |further |detailed |additional )?information (?:can be|is) (?:found|available) (?:on|at)\b.{0,80}$/i, reason: "promo" },
  // A question to the reader answered with the site's product: "Is this stock on your list? Use our screener to …".
  { pattern: /^(?:are|is|looking for|searching for|want|interested in)\b.{0,100}\?\s*(?:use|try|discover|explore|check out|get|see)\b/i, reason: "promo", maxChars: 300 },
  { pattern: /^connect with (?:us|[A-Z][\w.&' -]{1,40})\s*:?$|^(?:website|linkedin|twitter|x|facebook|instagram|youtube)\s*:\s*(?:https?:\/\/|www\.)\S+(?:\s+\S+:\s*(?:https?:\/\/|www\.)\S+)*$/i, reason: "social" },
  { pattern: /^to subscribe\b.{0,120}$|^we offer an enhanced version of this briefing\b|^to be notified (?:if|when|of|about)\b.{0,250}$/i, reason: "newsletter" },
  { pattern: /^(?:we remove comments\b|for any issue with regards? to comments\b)/i, reason: "comments" },
  // An embedded post's attribution line: "— Jane Doe (@janedoe) February 7, 2025".
  { pattern: /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}$/, reason: "social" },
  { pattern: /^@\w{1,30}$/, reason: "social" },
  // Star ratings of a site's own scores: "Value Rating: ★★★★☆".
  { pattern: /^[^:]{1,60}:\s*[★☆✩✭✮]{1,10}$/, reason: "chrome", endsWith: "★☆✩✭✮" },
  // Stock-quote widgets: "Average Trading Volume: 1,234,567", "Technical Sentiment Consensus Rating: Buy".
  { pattern: /^(?:average (?:trading|daily) volume|ytd price performance|technical sentiment(?: consensus rating)?|analyst consensus(?: rating)?|(?:current )?market cap(?:italization)?|dividend yield|52[- ]week (?:range|high|low)|p\/e ratio)\s*:\s*\S.{0,30}$/i, reason: "chrome" },
  // Contact lines of a press release: a phone number or e-mail address with at most a label or name.
  { pattern: /^(?:[\p{L}.' -]{1,40}[,:]\s*)?(?:(?:tel|phone|mobile|fax)\.?:?\s*)?(?!\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$)(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{2,4}[ .-]\d{2,4}(?:[ .-]\d{2,4}){0,3}(?:\s*(?:[,;|]|or)\s*\S+@\S+\.\w+)?$/iu, reason: "boilerplate", endsWith: IU_WORD_CHARACTERS },
  // Timestamps of wire copy: "03-03-25 1140ET", "March 3, 2025 11:40 ET (16:40 GMT)".
  { pattern: /^\d{2}-\d{2}-\d{2} \d{4}(?:ET|GMT|UTC)$|^[A-Z][a-z]+\.? \d{1,2}, \d{4},? \d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)? (?:ET|EST|EDT|GMT|UTC|BST|CET)(?: \(\d{1,2}:\d{2} (?:GMT|UTC)\))?$/, reason: "metadata" },
  { pattern: /^\(?(?:end\)|\(end\)\s|only the headline and picture of this report may have been reworked)/i, reason: "boilerplate" },
  { pattern: /^(?:reporting by|editing by|edited by|writing by|written by|researched by|additional reporting by|compiled by|fact[- ]checked by)\b.{0,150}$/i, reason: "contributors" },
  { pattern: /^(?:tags?|topics?|subjects?|filed under|categories|keywords)\s*:\s*\S.{0,200}$/i, reason: "chrome" },
  { pattern: /^(?:updated|published|posted|last updated)(?:\s+(?:on|at))?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\.?$/i, reason: "metadata" },
  { pattern: /^(?:photo|image|photograph|picture|video|credit)s?\s*(?:credit)?\s*:\s*\S.{0,100}$/i, reason: "chrome" },
  { pattern: /^[^.!?]{0,80}\b(?:via getty images|getty images|shutterstock|istock|\/ ?reuters|\/ ?afp|\/ ?ap photo|\/ ?bloomberg)$/i, reason: "chrome", endsWith: "sSkKpPoOgG" },
  // A caption ends with its picture credit: "(Image: Getty)", "(AP Photo/Jane Doe, File)", "(Photo by Jane Doe)".
  { pattern: /^.{0,400}\((?:[\w.]+\s)?(?:photo|image|picture|pic|photograph|credit|video)s?\b[^()]{0,80}\)\s*$/i, reason: "caption", endsWith: ")" },
  { pattern: /(?:image|photo|picture|photograph)s? credits?\s*:/i, reason: "caption", maxChars: 200, needs: /credit/i },
  // Figure and chart titles: "Figure 2: …", "Chart: … (Source: …)", "NasdaqGS:ABCD Earnings and Revenue Growth February 9th 2025".
  { pattern: /^(?:figure|fig\.|chart|graph|exhibit|image|table)\s*\d{0,3}\s*[:.|–-]\s/i, reason: "caption", maxChars: 250 },
  { pattern: /^[^.!?]{3,140}\(source:[^()]{1,80}\)$/i, reason: "caption", maxChars: 250, endsWith: ")" },
  { pattern: /^[A-Za-z]{2,12}:[A-Z0-9.]{1,10}\s[^.!?]{3,80}(?:\d{4}|as (?:at|of) \w{3,9} \d{4})$/, reason: "caption", endsWith: "0123456789" },
  // A wire dateline alone on a line: "MINNEAPOLIS--(BUSINESS WIRE)--February 12, 2025--".
  { pattern: /^[A-Z][A-Za-z.,' -]{2,40}\s?[-–—]{1,2}\s?\([A-Z][A-Za-z .&-]{2,30}\)\s?[-–—]{1,2}\s?(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s?[-–—]{0,2})?$/, reason: "dateline" },
  // A place and date alone on a line ("NEW YORK, Feb. 10, 2025"): the dateline of a release whose first paragraph repeats it.
  { pattern: /^(?:[A-Z][A-Z.' -]{2,30}(?:, [A-Z][A-Za-z.]{1,15})?, )?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s*[-–—]+$|^[A-Z][A-Z.' -]{2,30}(?:, [A-Z][A-Za-z.]{1,15})?, [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$/, reason: "dateline" },
  // Teasers of other stories tagged by kind: "Minister quits over leak [VIDEO]".
  { pattern: /^.{0,160}\[(?:video|insight|reaction|pictures|pics|photos|latest|revealed|poll|analysis|live|opinion|watch)\]\s*\|?$/i, reason: "related-links", endsWith: "]|" },
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

/** "(Bloomberg) —", "NEW YORK, March 4 (Reuters) -", "LONDON (AP) —", "AUSTIN, Texas, Oct. 3, 2024 (GLOBE NEWSWIRE) —". */
export const AGENCY_DATELINE =
  /^((?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Za-z][A-Za-z.'’-]*){0,6}[ ,]*(?:\d{1,2}(?:,? \d{4})?)?\s*)?(?:\(([A-Z][A-Za-z.&' -]{0,38}[A-Za-z.])\)|\/([A-Z][A-Za-z.&' -]{0,38}[A-Za-z.])\/))\s*[—–-]{1,2}\s*/;
/** "WASHINGTON —", "SAN FRANCISCO, March 4 —": a place in capitals then a dash, no agency. */
export const PLACE_DATELINE = /^([A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: \d{1,2}(?:, \d{4})?)?)?)\s+[—–]{1,2}\s+/;
export const BYLINE = /^by\s+(.{3,120})$/i;
/** A sign-off under the story: "-Jane Doe", "— Jane Doe". */
export const SIGN_OFF = /^[-–—]\s?(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})$/u;
/** "Jane Doe, Associated Press Markets Writer": a name, then a newsroom role. */
export const NAME_ROLE_BYLINE = /^([^,]{3,40}),\s+((?:[^,]{0,60}\s)?(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|staff))$/i;
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
  caption: "caption", captions: "caption", gallery: "caption", slideshow: "caption", carousel: "caption",
  lightbox: "caption",
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

/** What TRAILING_CLICK cannot match without. */
export const CLICK_HERE = /\b(?:click|tap) here\b/i;
/** A closing call to click at the end of a longer paragraph: "… among others. Click here to view the full list". */
export const TRAILING_CLICK = /(?<=[.!?]["”’)]?)\s+(?:(?:please\s+)?(?:click|tap) here\b[^.!?]{0,120}[.!?]?|\([^()]{0,120}\b(?:click|tap) here\b[^()]{0,60}\)\.?)$/i;
/** The closing sentences of a longer paragraph that offer the site's own product: "… So have a look at our free list …". */
export const TRAILING_OFFER = new RegExp(`(?<=[.!?]["”’)]?)\\s+[^.!?]{0,200}${FREE_OFFER.source}[^]{0,300}$`, "i");

/** Headings of a press release's contact block: the short lines under them (names, numbers, addresses) go too. */
export const CONTACT_HEADING = /^(?:(?:media|press|pr|investor|investors|company|analyst)(?: relations)? contacts?|contacts?|contact information|for (?:further|more) information(?:,? please contact)?|for media inquiries|media inquiries|investor relations|attachments?)\s*(?::\s*[^.!?]{0,60})?$/i;

/** Promotional list items and their heading: "Maximise your returns with …:", "Monitor your stock picks …". */
export const PROMO_ITEM = /^(?:maximi[sz]e|monitor|leverage|unlock|uncover|reveal|discover|explore|boost|supercharge|fuel|try|claim)\b.{0,200}\b(?:your|our|screener|tool|portfolio|app|free)\b/i;

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
