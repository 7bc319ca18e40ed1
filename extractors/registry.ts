// The bundled instrument registry (extractors/instruments.json): canonical names, kinds, tickers, aliases.
import data from "./instruments.json" with { type: "json" };
import type { InstrumentKind } from "../schemas/record.ts";
import { AliasScanner, ScannedText, type AliasMatch } from "./alias-scanner.ts";

export interface RegistryEntry {
  id: string;
  name: string;
  kind: InstrumentKind;
  ticker: string | null;
  aliases: string[];
  /** For an index: ids of ETFs that track it, largest first. */
  etfs?: string[];
  /** For an ETF: the id of the index it tracks. */
  tracks?: string;
}

export const REGISTRY_VERSION: string = data.version;
export const REGISTRY: readonly RegistryEntry[] = data.instruments as RegistryEntry[];

const byId = new Map(REGISTRY.map((e) => [e.id, e]));

/** Folds the variants that differ only in typography: curly apostrophes, case, surrounding "the". */
export function normalizeName(name: string): string {
  return name
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the\s+/i, "")
    .toLowerCase();
}

const byAlias = new Map<string, RegistryEntry>();
for (const entry of REGISTRY) {
  for (const alias of [entry.name, ...entry.aliases]) {
    const key = normalizeName(alias);
    if (!byAlias.has(key)) byAlias.set(key, entry);
  }
}

export function registryEntry(id: string): RegistryEntry | undefined {
  return byId.get(id);
}

/** The registry entry a stated name refers to, or undefined (unknown instruments keep a null ticker). */
export function lookupInstrument(name: string): RegistryEntry | undefined {
  const key = normalizeName(name);
  return byAlias.get(key) ?? byAlias.get(key.replace(/\s+(index|average)$/, ""));
}

/** The largest ETF tracking an index ("the largest ETF that tracks the Russell"). */
export function largestEtfTracking(indexId: string): RegistryEntry | undefined {
  const first = byId.get(indexId)?.etfs?.[0];
  return first ? byId.get(first) : undefined;
}

export interface RegistryMention {
  start: number;
  end: number;
  text: string;
  entry: RegistryEntry;
}

// Aliases of one or two letters and lower-case common words ("gold", "oil", "dollar") are only found by the
// extractors in context, never by a bare scan; the scan below looks for names that cannot be ordinary words.
const SCANNABLE = REGISTRY.flatMap((entry) =>
  entry.aliases
    .filter((a) => /[A-Z0-9&]/.test(a) && a.length > 2 && !/^the /.test(a))
    .map((alias) => ({ alias, entry })),
).sort((a, b) => b.alias.length - a.alias.length);

const ALIAS_SCANNER = new AliasScanner(
  SCANNABLE.map((s) => ({ alias: s.alias, value: s.entry })),
  { notBefore: "[\\w&]", notAfter: "[\\w&]" },
);

const registryMention = (m: AliasMatch<RegistryEntry>, offset: number): RegistryMention => ({ start: offset + m.start, end: offset + m.end, text: m.text, entry: m.value });

/** Every mention of a registry instrument in `text` by an unambiguous alias, longest alias first. */
export function scanRegistryMentions(text: string, offset = 0): RegistryMention[] {
  return ALIAS_SCANNER.scan(text).map((m) => registryMention(m, offset));
}

/** The body scanned last: a thread processes one article at a time, and its extractors ask for ranges of it in turn. */
let scannedBody: ScannedText<RegistryEntry> | null = null;

/** `scanRegistryMentions(body.slice(start, end), start)`, answered from one scan of the body where the range allows. */
export function scanRegistryMentionsIn(body: string, start = 0, end = body.length): RegistryMention[] {
  if (scannedBody?.text !== body) scannedBody = new ScannedText(ALIAS_SCANNER, body);
  return scannedBody.range(start, end).map((m) => registryMention(m, 0));
}
