// Reads an exchange file from untrusted bytes: size, UTF-8, nesting depth, forbidden keys and attachment names checked before the schema.
import { ExchangeFormatError, parseExchangeValue, type ExchangeFormatReason } from './io.js';
import type { ExchangeFile } from './schema.js';

export const EXCHANGE_MAX_BYTES = 50 * 1024 * 1024;
/** Deeper than any document Spokesdesk writes (rich text is limited far below this). */
export const EXCHANGE_MAX_DEPTH = 256;
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ExchangeReadReason = ExchangeFormatReason | 'file_too_large' | 'empty_file' | 'not_utf8' | 'too_deep' | 'forbidden_key' | 'unsafe_attachment_name';

export type ExchangeReadResult =
  | { ok: true; file: ExchangeFile }
  | { ok: false; reason: ExchangeReadReason; detail: string; issues: ReadonlyArray<{ path: string; message: string }> };

function refused(reason: ExchangeReadReason, detail = '', issues: ReadonlyArray<{ path: string; message: string }> = []): ExchangeReadResult {
  return { ok: false, reason, detail, issues };
}

/** Never throws: every problem is a reason the UI can translate. */
export function readExchangeBytes(bytes: Uint8Array): ExchangeReadResult {
  if (bytes.byteLength > EXCHANGE_MAX_BYTES) return refused('file_too_large', String(bytes.byteLength));
  if (bytes.byteLength === 0) return refused('empty_file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refused('not_utf8');
  }
  const depth = maxNestingDepth(text);
  if (depth > EXCHANGE_MAX_DEPTH) return refused('too_deep', String(EXCHANGE_MAX_DEPTH));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refused('not_json');
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden !== null) return refused('forbidden_key', forbidden);
  let file: ExchangeFile;
  try {
    file = parseExchangeValue(raw);
  } catch (error) {
    if (error instanceof ExchangeFormatError) return refused(error.reason, '', error.issues);
    return refused('invalid_format');
  }
  for (const directive of file.directives) {
    const name = directive.attachment?.fileName;
    if (name !== undefined && !isSafeAttachmentName(name)) return refused('unsafe_attachment_name', name);
  }
  return { ok: true, file };
}

/** The deepest bracket nesting outside strings, found without parsing (JSON.parse would overflow the stack first). */
export function maxNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** The first object key that could reach a prototype if the value were ever merged into an object, or null. */
function findForbiddenKey(value: unknown): string | null {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) stack.push(...(current as unknown[]));
    else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        if (FORBIDDEN_KEYS.has(key)) return key;
        stack.push(child);
      }
    }
  }
  return null;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name only: no folder separators or parent references, no drive letter or absolute/UNC path, no control
 * characters (NUL included), no Windows reserved device name, not "." or "..", no trailing dot or space.
 */
export function isSafeAttachmentName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (hasControlCharacter(name) || /[/\\:*?"<>|]/.test(name)) return false;
  if (name === '.' || name === '..') return false;
  if (/[. ]$/.test(name)) return false;
  return !WINDOWS_RESERVED.test(name.trim());
}

/** C0 controls (NUL included) and DEL. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
