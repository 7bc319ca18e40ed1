// STUB: replaced by the real extractor.
import type { Extractor } from "./types.ts";
import { examples } from "./fund-size.examples.ts";

export const fundSize: Extractor<"fund_size"> = {
  name: "fund_size",
  type: "fund_size",
  extract: () => [],
  examples,
};
