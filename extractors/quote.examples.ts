import type { DraftOf, Examples } from "./types.ts";

export const examples: Examples<DraftOf<"quote">> = { positive: [], negative: [] };
