// Stage 2: the article body and metadata from decoded text (plain text / markdown) or HTML.
import type { Article, Diagnostic } from "../schemas/record.ts";
import type { ReadResult } from "./document.ts";
import { cleanHtml } from "./clean-html.ts";
import { cleanText } from "./clean-text.ts";

export function clean(read: ReadResult, diagnostics: Diagnostic[]): Article {
  return read.source.format === "html" ? cleanHtml(read.raw, diagnostics) : cleanText(read.raw, diagnostics);
}
