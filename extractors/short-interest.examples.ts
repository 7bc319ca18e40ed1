import type { DraftOf, Examples } from "./types.ts";

export const examples: Examples<DraftOf<"short_interest">> = { positive: [], negative: [] };
