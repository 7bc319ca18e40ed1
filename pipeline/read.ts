// Stage 1: bytes of one input → decoded text, with its format, size and hash.
// Decoding: BOM first (UTF-8, UTF-16 LE/BE), then UTF-16 without BOM (NUL pattern), then strict UTF-8,
// then Windows-1252 (a superset of Latin-1 for printable text).
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import type { Diagnostic } from "../schemas/record.ts";
import { InputError, type InputFormat, type ReadResult } from "./document.ts";

export interface ReadOptions {
  /** Largest input accepted, in bytes (after gunzip). */
  maxBytes: number;
  /** sha256 (hex) of the bytes, when the caller has already computed it (a worker does, to skip unchanged inputs). */
  sha256?: string;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { maxBytes: 20 * 1024 * 1024 };

// Node's TextDecoder maps 0x80–0x9F of windows-1252 to C1 controls (Latin-1); these are the real characters.
const CP1252_HIGH: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š",
  0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—",
  0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => CP1252_HIGH[b] ?? String.fromCharCode(b)).join("");
  }
  return out;
}

const MAGIC_BINARY: { name: string; bytes: number[] }[] = [
  { name: "PDF", bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "JPEG", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "ZIP", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "ELF", bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** UTF-16 without a BOM shows as NULs in every other byte of ASCII-heavy text. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

function isBinary(bytes: Uint8Array): string | null {
  const magic = MAGIC_BINARY.find((m) => startsWith(bytes, m.bytes));
  if (magic) return `${magic.name} data`;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return "NUL bytes";
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.1 ? "control characters" : null;
}

/** A strict UTF-8 decode; a sequence cut at the very end is dropped with a warning rather than failing. */
function decodeUtf8(bytes: Uint8Array, diagnostics: Diagnostic[]): string | null {
  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  try {
    return strict.decode(bytes);
  } catch {
    for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
      try {
        const text = strict.decode(bytes.subarray(0, bytes.length - cut));
        diagnostics.push({ severity: "warning", rule: "read.truncated-utf8", message: `input ends inside a UTF-8 sequence; ${cut} byte(s) dropped`, start: null, end: null });
        return text;
      } catch {
        // try a longer cut
      }
    }
    return null;
  }
}

function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

export function decode(bytes: Uint8Array, diagnostics: Diagnostic[]): { text: string; encoding: string } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: decodeUtf8(bytes.subarray(3), diagnostics) ?? new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? "utf-16le" : startsWith(bytes, [0xfe, 0xff]) ? "utf-16be" : sniffUtf16(bytes);
  if (utf16) {
    const hasBom = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
    const body = bytes.subarray(hasBom ? 2 : 0);
    if (body.length % 2 !== 0) {
      diagnostics.push({ severity: "warning", rule: "read.odd-utf16", message: "UTF-16 input has an odd number of bytes; the last byte was dropped", start: null, end: null });
    }
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(body.subarray(0, body.length - (body.length % 2)));
      return { text, encoding: utf16 };
    } catch {
      throw new InputError("DECODE", `input looks like ${utf16} but does not decode as it`);
    }
  }
  const binary = isBinary(bytes);
  if (binary) throw new InputError("BINARY", `input is binary (${binary}), not text`);
  const utf8 = decodeUtf8(bytes, diagnostics);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const { valid, invalid } = countUtf8Sequences(bytes);
  if (valid > 0 && invalid <= Math.max(2, valid / 50)) {
    diagnostics.push({ severity: "warning", rule: "read.invalid-utf8", message: `${invalid} invalid UTF-8 sequence(s) replaced with U+FFFD`, start: null, end: null });
    return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  }
  diagnostics.push({ severity: "info", rule: "read.windows-1252", message: "input is not UTF-8; decoded as Windows-1252", start: null, end: null });
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

const HTML_SNIFF = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--)/i;

export function detectFormat(path: string, text: string): InputFormat {
  if (/\.html?(\.gz)?$/i.test(path)) return "html";
  if (/\.(txt|md|markdown)(\.gz)?$/i.test(path)) return HTML_SNIFF.test(text.slice(0, 512)) ? "html" : "text";
  return HTML_SNIFF.test(text.slice(0, 512)) ? "html" : "text";
}

export function readBytes(path: string, fileBytes: Uint8Array, diagnostics: Diagnostic[], options: ReadOptions = DEFAULT_READ_OPTIONS): ReadResult {
  const sha256 = options.sha256 ?? createHash("sha256").update(fileBytes).digest("hex");
  let bytes = fileBytes;
  if (startsWith(bytes, [0x1f, 0x8b])) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: options.maxBytes + 1 });
    } catch (error) {
      const tooLarge = /maxOutputLength|Cannot create a Buffer larger|buffer/i.test((error as Error).message);
      throw tooLarge
        ? new InputError("TOO_LARGE", `gzip input expands beyond the ${options.maxBytes}-byte limit`)
        : new InputError("DECODE", `broken gzip data: ${(error as Error).message}`);
    }
  }
  if (bytes.length > options.maxBytes) throw new InputError("TOO_LARGE", `input is ${bytes.length} bytes; the limit is ${options.maxBytes}`);
  if (bytes.length === 0) throw new InputError("EMPTY", "input is empty (0 bytes)");
  const { text, encoding } = decode(bytes, diagnostics);
  if (text.trim().length === 0) throw new InputError("EMPTY", "input holds only whitespace");
  const format = detectFormat(path, text);
  return { source: { path, format, bytes: fileBytes.length, sha256 }, raw: text.normalize("NFC"), encoding };
}
