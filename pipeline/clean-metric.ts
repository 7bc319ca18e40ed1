// The article-extraction benchmark's metric (../shared/data/README.md): 4-gram multisets of \w+ tokens,
// per-page TP/FP/FN normalised to sum 1, precision and recall averaged over pages, F1 of the two means.

// Python's re \w in Unicode mode: letters, numbers and the underscore (combining marks are not word characters).
const TOKEN = /[\p{L}\p{N}_]+/gu;
const NGRAM = 4;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Counts of every run of n adjacent tokens (the shingles). Under n tokens in all, the whole text is the one shingle. */
export function shingles(text: string, n = NGRAM): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, words.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = words.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's TP, FP and FN, scaled to add up to 1, so a long page counts no more than a short one. */
export function pageCounts(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, trueCount] of t) {
    const predCount = p.get(key) ?? 0;
    tp += Math.min(trueCount, predCount);
    fn += Math.max(0, trueCount - predCount);
  }
  for (const [key, predCount] of p) fp += Math.max(0, predCount - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  /** Share of pages whose n-grams match exactly (FP = FN = 0). */
  accuracy: number;
  pages: number;
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/** Precision over pages with TP+FP > 0, recall over pages with TP+FN > 0, F1 of the two means. */
export function scorePages(pages: PageCounts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(pages.map((c) => (c.fp === 0 && c.fn === 0 ? 1 : 0)));
  return { precision, recall, f1, accuracy, pages: pages.length };
}
