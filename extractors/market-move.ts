// STUB: replaced by the real extractor.
import type { Extractor } from "./types.ts";
import { examples } from "./market-move.examples.ts";

export const marketMove: Extractor<"market_move"> = {
  name: "market_move",
  type: "market_move",
  extract: () => [],
  examples,
};
