// Text analysis for search: the tokeniser (words and symbols like 57-KL/TW), the indexed term forms (exact and folded), phrase keys.
import { foldVietnamese } from '../text/normalize.js';

/** Raise when folding, tokenising or the indexed forms change: a persisted index built by other rules is rebuilt. */
export const ANALYZER_VERSION = 1;

/**
 * A word or a compound of words joined by "/" or "-" (symbols "57-KL/TW", "09/2017/NĐ-CP", dates "15/6/2023",
 * slugs "nhân-quyền"). Letters include combining marks so text that escaped NFC still tokenises whole.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-/][\p{L}\p{M}\p{N}]+)*/gu;
const SEPARATOR = /[-/]/;

const formsCache = new Map<string, string[]>();
const FORMS_CACHE_LIMIT = 200_000;

/** The forms a token is indexed under: its exact lower-case form and, when different, its folded form. */
export function termForms(token: string): string[] {
  let forms = formsCache.get(token);
  if (!forms) {
    const exact = token.normalize('NFC').toLowerCase();
    const folded = foldVietnamese(exact);
    forms = folded === exact ? [exact] : [exact, folded];
    // A vocabulary is a few tens of thousands of words; the limit only guards against pathological input.
    if (formsCache.size >= FORMS_CACHE_LIMIT) formsCache.clear();
    formsCache.set(token, forms);
  }
  return forms;
}

/** Whether a lower-case term carries marks that folding removes ("quyền", "đảng"). */
export function hasDiacritics(term: string): boolean {
  return foldVietnamese(term) !== term;
}

/** The pieces of a compound token it is indexed under: every tail of two or more parts, and every part alone. */
export function compoundPieces(compound: string): string[] {
  const parts = compound.split(SEPARATOR);
  if (parts.length === 1) return [compound];
  const pieces = [compound];
  let offset = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    offset += (parts[i] ?? '').length + 1;
    if (i < parts.length - 2) pieces.push(compound.slice(offset));
  }
  for (const part of parts) if (part !== '') pieces.push(part);
  return pieces;
}

/**
 * The tokens MiniSearch indexes for a field value: each word, and for a compound the compound, its tails and its
 * parts ("1079/QĐ-TTg" → "1079/QĐ-TTg", "QĐ-TTg", "1079", "QĐ", "TTg"), so a prefix query of any leading part works.
 */
export function indexTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFC').matchAll(TOKEN)) {
    for (const piece of compoundPieces(match[0])) tokens.push(piece);
  }
  return tokens;
}

/** Query tokens: whole words and whole compounds (a query "57-KL" must match the compound, not "57" and "KL" apart). */
export function queryTokens(text: string): string[] {
  return [...text.normalize('NFC').matchAll(TOKEN)].map((m) => m[0].toLowerCase());
}

/** A tag as one compound ("nhân quyền" → "nhân-quyền"), so `tag:nhan-quyen` matches it whole. */
export function tagSlug(tag: string): string {
  return [...tag.normalize('NFC').matchAll(TOKEN)].map((m) => m[0]).join('-');
}

/** Folded words separated by single spaces, for checking that a quoted phrase occurs as written. */
export function phraseKey(text: string): string {
  return [...foldVietnamese(text.normalize('NFC')).matchAll(TOKEN)].flatMap((m) => m[0].split(SEPARATOR)).join(' ');
}
