// STUB: replaced by the real extractor.
import type { Extractor } from "./types.ts";
import { examples } from "./fund-flow.examples.ts";

export const fundFlow: Extractor<"fund_flow"> = {
  name: "fund_flow",
  type: "fund_flow",
  extract: () => [],
  examples,
};
