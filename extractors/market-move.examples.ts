import type { DraftOf, Examples } from "./types.ts";

export const examples: Examples<DraftOf<"market_move">> = { positive: [], negative: [] };
