// The extractors, in the order they run. Later stages (refine) merge and de-duplicate what they find.
import type { Extractor } from "./types.ts";
import { marketMove } from "./market-move.ts";
import { shortInterest } from "./short-interest.ts";
import { fundSize } from "./fund-size.ts";
import { fundFlow } from "./fund-flow.ts";
import { quote } from "./quote.ts";

export const EXTRACTORS: readonly Extractor[] = [marketMove, shortInterest, fundSize, fundFlow, quote] as Extractor[];
