// Helpers for building the module-level patterns of the extractors from word lists.

/** `text` as a literal inside a RegExp source. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
