import type { DraftOf, Examples } from "./types.ts";

export const examples: Examples<DraftOf<"fund_size">> = { positive: [], negative: [] };
