// STUB: replaced by the real extractor.
import type { Extractor } from "./types.ts";
import { examples } from "./quote.examples.ts";

export const quote: Extractor<"quote"> = {
  name: "quote",
  type: "quote",
  extract: () => [],
  examples,
};
