// Site rules as data (pipeline/site-rules.json): for the few sites whose pages defeat the generic rules, the
// blocks to drop and the element that holds the story, matched on the page's host.
import type { Element } from "domhandler";
import rulesFile from "./site-rules.json" with { type: "json" };

/** A simple selector: a tag name, ".class", "#id" or "tag.class". */
interface SimpleSelector {
  tag: string | null;
  className: string | null;
  id: string | null;
}

export interface SiteRule {
  host: string;
  drop: SimpleSelector[];
  body: SimpleSelector[];
}

function parseSelector(text: string): SimpleSelector {
  const match = /^([a-z][a-z0-9-]*)?(?:\.([\w-]+)|#([\w-]+))?$/i.exec(text.trim());
  if (!match || (!match[1] && !match[2] && !match[3])) throw new Error(`site-rules.json: unsupported selector "${text}"`);
  return { tag: match[1]?.toLowerCase() ?? null, className: match[2] ?? null, id: match[3] ?? null };
}

interface RuleData {
  host: string;
  drop?: string[];
  body?: string[];
}

const SITE_RULES: SiteRule[] = (rulesFile.sites as RuleData[]).map((site) => ({
  host: site.host.toLowerCase(),
  drop: (site.drop ?? []).map(parseSelector),
  body: (site.body ?? []).map(parseSelector),
}));

/** The rule for a page URL's host (or a parent domain of it), or null. */
export function siteRuleFor(url: string | null): SiteRule | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return SITE_RULES.find((rule) => host === rule.host || host.endsWith(`.${rule.host}`)) ?? null;
}

export function matchesAny(el: Element, selectors: SimpleSelector[]): boolean {
  return selectors.some(
    (s) =>
      (s.tag === null || el.name === s.tag) &&
      (s.id === null || el.attribs.id === s.id) &&
      (s.className === null || (el.attribs.class ?? "").split(/\s+/).includes(s.className)),
  );
}
