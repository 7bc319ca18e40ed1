// STUB: replaced by the real extractor.
import type { Extractor } from "./types.ts";
import { examples } from "./short-interest.examples.ts";

export const shortInterest: Extractor<"short_interest"> = {
  name: "short_interest",
  type: "short_interest",
  extract: () => [],
  examples,
};
