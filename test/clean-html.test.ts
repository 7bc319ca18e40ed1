// The HTML cleaner on small pages written for these tests (no ../shared).
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../schemas/record.ts";
import { InputError } from "../pipeline/document.ts";
import { cleanHtml } from "../pipeline/clean-html.ts";

const STORY_PARAGRAPHS = [
  "Shipping rates for dry bulk carriers climbed for a fifth week, as grain and iron ore cargoes out of Brazil kept vessels busy across the Atlantic.",
  "The Baltic Dry Index rose 4.2% to 1,912 points on Wednesday, its highest close since early autumn, while capesize charters gained the most.",
  "“Owners finally have pricing power again,” said Colm Reddy, a freight analyst at Westmark Shipping, adding that new vessel orders remain scarce.",
];

const NEWS_PAGE = `<!doctype html>
<html><head>
<title>Dry bulk rates extend rally | Harbor Daily</title>
<meta property="og:site_name" content="Harbor Daily">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"Harbor Daily"},
  {"@type":"NewsArticle","headline":"Dry bulk rates extend rally","datePublished":"2024-11-06T14:20:00Z",
   "author":[{"@type":"Person","name":"Ada Brennan"},{"@type":"Person","name":"Luis Ortega"}],
   "publisher":{"@type":"Organization","name":"Harbor Daily"}}
]}
</script>
<style>.ad{display:block}</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/shipping">Shipping</a></nav></header>
<div id="cookie-consent">This site stores cookies to remember your settings. Accept all cookies</div>
<div class="ad-slot">Advertisement</div>
<main>
  <article class="story">
    <h1>Dry bulk rates extend rally</h1>
    <div class="share-tools"><a href="#">Share on X</a> <a href="#">Email</a></div>
    <div class="story-body">
      <p>${STORY_PARAGRAPHS[0]}</p>
      <div class="newsletter-signup"><p>Sign up for our morning shipping briefing.</p></div>
      <p>${STORY_PARAGRAPHS[1]}</p>
      <h2>Outlook</h2>
      <ul><li>Capesize rates up 9%</li><li>Panamax rates up 3%</li></ul>
      <p>${STORY_PARAGRAPHS[2]}</p>
      <p style="display:none">Hidden tracking note</p>
    </div>
  </article>
  <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Tanker rates slip</a></li><li><a href="/b">Port delays ease</a></li></ul></aside>
</main>
<div id="comments"><p>First comment: great story, thanks for writing it up in such detail!</p></div>
<footer>© 2024 Harbor Daily. All rights reserved.</footer>
<script>window.dataLayer = window.dataLayer || []; ${"track();".repeat(60)}</script>
</body></html>`;

function clean(raw: string) {
  const diagnostics: Diagnostic[] = [];
  return { article: cleanHtml(raw, diagnostics), diagnostics };
}

describe("cleanHtml on a news page with chrome", () => {
  const { article } = clean(NEWS_PAGE);

  it("reads metadata from JSON-LD and meta tags", () => {
    expect(article.headline).toBe("Dry bulk rates extend rally");
    expect(article.publishedAt).toBe("2024-11-06T14:20:00Z");
    expect(article.authors).toEqual(["Ada Brennan", "Luis Ortega"]);
    expect(article.publisher).toBe("Harbor Daily");
  });

  it("keeps the story with its heading and list", () => {
    expect(article.body).toBe(
      [STORY_PARAGRAPHS[0], STORY_PARAGRAPHS[1], "Outlook", "* Capesize rates up 9%\n* Panamax rates up 3%", STORY_PARAGRAPHS[2]].join("\n\n"),
    );
    for (const chrome of ["Home", "cookies", "Advertisement", "Share on", "Sign up", "Hidden", "Related", "comment", "©", "dataLayer"]) {
      expect(article.body).not.toContain(chrome);
    }
  });

  it("records removed blocks with their reasons", () => {
    const reasons = new Map(article.removed.map((r) => [r.text, r.reason]));
    expect(reasons.get("Home Markets Shipping")).toBe("header");
    expect(reasons.get("This site stores cookies to remember your settings. Accept all cookies")).toBe("cookie-banner");
    expect(reasons.get("Advertisement")).toBe("advertisement");
    expect(reasons.get("Share on X Email")).toBe("social");
    expect(reasons.get("Sign up for our morning shipping briefing.")).toBe("newsletter");
    expect(reasons.get("Hidden tracking note")).toBe("hidden");
    expect(reasons.get("Related Tanker rates slip Port delays ease")).toBe("boilerplate");
    expect(reasons.get("First comment: great story, thanks for writing it up in such detail!")).toBe("comments");
    expect(reasons.get("© 2024 Harbor Daily. All rights reserved.")).toBe("footer");
    const script = article.removed.find((r) => r.reason === "script" && r.text.startsWith("window.dataLayer"));
    expect(script?.text.length).toBe(201);
    expect(script?.text.endsWith("…")).toBe(true);
    expect(article.removed.some((r) => r.reason === "style")).toBe(true);
  });
});

describe("cleanHtml body sources", () => {
  it("prefers a long JSON-LD articleBody", () => {
    const articleBody = `${STORY_PARAGRAPHS[0]}\n\n${STORY_PARAGRAPHS[1]}`;
    const page = `<html><head><script type="application/ld+json">${JSON.stringify([
      { "@type": "ReportageNewsArticle", headline: "Freight climbs", articleBody, datePublished: "2024-11-06" },
    ])}</script></head><body><div class="teaser"><p>Subscribe to read the full story.</p></div></body></html>`;
    const { article } = clean(page);
    expect(article.body).toBe(articleBody);
    expect(article.headline).toBe("Freight climbs");
    expect(article.publishedAt).toBe("2024-11-06");
  });

  it("uses og:title, <title> and <time> when there is no JSON-LD", () => {
    const page = `<html><head><meta property="og:title" content="Freight climbs again"><meta name="author" content="Ada Brennan"></head>
      <body><div class="content"><time datetime="2024-11-07">Nov 7</time>${STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
    const { article } = clean(page);
    expect(article.headline).toBe("Freight climbs again");
    expect(article.authors).toEqual(["Ada Brennan"]);
    expect(article.publishedAt).toBe("2024-11-07");
    expect(article.body.startsWith("Shipping rates for dry bulk")).toBe(true);
  });

  it("never returns a cookie banner, and falls back to the page text when no container scores", () => {
    const page = `<html><body><div class="cookie-banner">We use cookies. Accept</div><span>Port volumes rose in October.</span></body></html>`;
    const { article, diagnostics } = clean(page);
    expect(article.body).toBe("Port volumes rose in October.");
    expect(diagnostics.map((d) => d.rule)).toContain("clean.short-body");
  });

  it("removes the <h1> that repeats the headline at the top of the body", () => {
    const page = `<html><head><title>Freight climbs - Harbor Daily</title></head><body><article><h1>Freight climbs</h1>${STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const { article } = clean(page);
    expect(article.headline).toBe("Freight climbs");
    expect(article.removed).toEqual([{ text: "Freight climbs", reason: "headline-repeat" }]);
    expect(article.body.startsWith("Shipping rates")).toBe(true);
  });

  it("turns <br> into line breaks and decodes entities", () => {
    const page = `<html><body><article><p>${STORY_PARAGRAPHS[0]}<br>Rates &amp; volumes rose&nbsp;together.</p><p>${STORY_PARAGRAPHS[1]}</p></article></body></html>`;
    const { article } = clean(page);
    expect(article.body).toBe(`${STORY_PARAGRAPHS[0]}\nRates & volumes rose together.\n\n${STORY_PARAGRAPHS[1]}`);
  });
});

describe("cleanHtml robustness", () => {
  it("survives broken, unclosed markup", () => {
    const page = `<html><body><div class="story"><p>${STORY_PARAGRAPHS[0]}<p>${STORY_PARAGRAPHS[1]}<div><b>unclosed <i>tags</div></span></td>`;
    const { article } = clean(page);
    expect(article.body.startsWith(STORY_PARAGRAPHS[0])).toBe(true);
    expect(article.body).toContain(STORY_PARAGRAPHS[1]);
  });

  it("handles a page nested 20,000 divs deep", () => {
    const depth = 20_000;
    const page = `<html><body>${"<div>".repeat(depth)}<p>${STORY_PARAGRAPHS[2]}</p>${"</div>".repeat(depth)}</body></html>`;
    const { article } = clean(page);
    expect(article.body).toBe(STORY_PARAGRAPHS[2]);
  });

  // Speed is measured by npm run bench, not here; this checks the large page's body is the article alone.
  it("takes the article, not the link rails, from a large page", () => {
    const filler = Array.from({ length: 2500 }, (_, i) => `<div class="card"><a href="/s/${i}">Story number ${i}</a><span>teaser text</span></div>`).join("");
    const article = STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("").repeat(20);
    const page = `<html><body><div class="rail">${filler}</div><article>${article}</article><div class="rail">${filler}</div></body></html>`;
    expect(page.length).toBeGreaterThan(300_000);
    const { article: cleaned } = clean(page);
    expect(cleaned.body).toContain(STORY_PARAGRAPHS[0]);
    expect(cleaned.body).not.toContain("Story number");
  });

  it("throws NO_BODY for a page without text", () => {
    expect(() => clean("<html><body><script>var a = 1;</script></body></html>")).toThrow(InputError);
  });
});

describe("cleanHtml on harder page layouts", () => {
  const paragraphs = (list: readonly string[]) => list.map((p) => `<p>${p}</p>`).join("");

  it("joins a story split into blocks of the same class by ads and widgets", () => {
    const page = `<html><body><nav><a href="/">Home</a></nav><div class="chunks">
      <div class="grid"><div class="story-chunk body">${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}</div><aside class="rail"></aside></div>
      <div class="promo-unit"><a href="/subscribe">Subscribe today</a></div>
      <div class="grid"><div class="story-chunk body">${paragraphs(STORY_PARAGRAPHS.slice(2))}</div><aside class="rail"></aside></div>
    </div></body></html>`;
    expect(clean(page).article.body).toBe(STORY_PARAGRAPHS.join("\n\n"));
  });

  it("reads a JSON-LD articleBody whose markup was escaped as entities", () => {
    const escaped = STORY_PARAGRAPHS.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join("");
    const page = `<html><head><script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Freight climbs", articleBody: escaped })}</script></head><body><p>Teaser only.</p></body></html>`;
    expect(clean(page).article.body).toBe(STORY_PARAGRAPHS.join("\n\n"));
  });

  it("keeps paragraphs written without spaces between words (Chinese, Japanese)", () => {
    const cjk = ["港口货运量在十月份继续增长，集装箱吞吐量创下年内新高。", "分析人士认为，出口订单回暖是推动运价上涨的主要原因。"];
    const page = `<html><body><div class="sidebar-links"><a href="/a">首页</a></div><div class="entry">${paragraphs(cjk)}</div></body></html>`;
    expect(clean(page).article.body).toBe(cjk.join("\n\n"));
  });

  it("drops captions, galleries and the list under a related-stories heading", () => {
    const page = `<html><body><article>${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}
      <div class="caption-full"><p>A bulk carrier waits off the port on Tuesday. (Photo: Harbor Daily)</p></div>
      <p>Dockworkers unload grain at the terminal (Image: Getty)</p>
      ${paragraphs(STORY_PARAGRAPHS.slice(2))}
      <div class="heading-h3">More Great Shipping Stories</div>
      <ul><li>Why tanker rates <a href="/t">keep falling</a></li><li>Ports brace <a href="/p">for a busy winter</a></li></ul>
    </article></body></html>`;
    const { article } = clean(page);
    expect(article.body).toBe(STORY_PARAGRAPHS.join("\n\n"));
    const reasons = new Map(article.removed.map((r) => [r.text, r.reason]));
    expect(reasons.get("Dockworkers unload grain at the terminal (Image: Getty)")).toBe("caption");
    expect(reasons.get("Ports brace for a busy winter")).toBe("related-links");
  });

  it("applies a site rule from pipeline/site-rules.json on a matching host", () => {
    const page = `<html><head><link rel="canonical" href="https://thehill.com/policy/123-story"></head><body><article>
      <p>Shipping rates rose as <span class="rollover-people"><a href="/people/ada">Ada Brennan</a><span class="rollover-people-block"><a href="/x">Latest: Ada Brennan on tariffs</a></span></span> said demand held up through the autumn season.</p>
      ${paragraphs(STORY_PARAGRAPHS.slice(1))}</article></body></html>`;
    const { article } = clean(page);
    expect(article.body.split("\n\n")[0]).toBe("Shipping rates rose as Ada Brennan said demand held up through the autumn season.");
  });

  it("warns when the body is nearly all of a text-heavy page", () => {
    const long = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: ${STORY_PARAGRAPHS[i % 3]}`);
    const { diagnostics } = clean(`<html><body>${paragraphs(long)}</body></html>`);
    expect(diagnostics.map((d) => d.rule)).toContain("clean.body-long-for-page");
  });
});
