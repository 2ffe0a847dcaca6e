// Which directives a picker's search text finds and in what order: exact symbol, symbol prefix, number, title, then words.
import { foldVietnamese } from '../text/normalize.js';

/**
 * Match tiers, best first. A symbol is compared part by part after folding (case, diacritics), with spaces and every
 * dash or slash people type counting as one separator, so "57 KL/TW", "57-kl", "57/KL-TW" and "57–KL/TW" all reach
 * 57-KL/TW (symbols.ts reads "57/KL-TW" as a malformed 57-KL/TW too), and numeric parts ignore leading zeros.
 */
export const MATCH_TIER = { exactSymbol: 0, symbolPrefix: 1, number: 2, title: 3, words: 4 } as const;
export type MatchTier = (typeof MATCH_TIER)[keyof typeof MATCH_TIER];

/** Spaces, hyphens, dashes (‐ ‑ ‒ – — ― − ﹣ －), slashes (/ ⁄ ∕ ／ \) and dots between the parts of a typed symbol. */
const SYMBOL_SEPARATORS = /[\s\-\u2010-\u2015\u2212\uFE63\uFF0D/\u2044\u2215\uFF0F\\.]+/u;
/** What separates the words of a query: spaces, quotes, brackets and list punctuation (hyphens and slashes stay: 57-KL/TW). */
const WORD_SEPARATORS = /[\s"“”'‘’()[\]«»,;:]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT_START = /^\p{N}/u;
/** Query words tried as (part of) a symbol: enough for "Kết luận số 57 KL/TW". */
const MAX_SYMBOL_WORDS = 8;

/** The folded parts of a symbol as typed or stored: "57 – kl/TW" → ["57", "kl", "tw"]. */
export function symbolParts(text: string): string[] {
  return foldVietnamese(text.normalize('NFC'))
    .split(SYMBOL_SEPARATORS)
    .filter((part) => part !== '');
}

function withoutLeadingZeros(part: string): string {
  return /^\d+$/.test(part) ? part.replace(/^0+(?=\d)/, '') : part;
}

function samePart(typed: string, stored: string): boolean {
  return typed === stored || withoutLeadingZeros(typed) === withoutLeadingZeros(stored);
}

function startsPart(typed: string, stored: string): boolean {
  return stored.startsWith(typed) || (/^\d+$/.test(typed) && /^0*[1-9]/.test(typed) && withoutLeadingZeros(stored).startsWith(withoutLeadingZeros(typed)));
}

/** A directive (or an item of one) as the ranking reads it; build once per list with rankable(). */
export interface Rankable {
  parts: readonly string[];
  /** The symbol's parts run together, for a symbol typed without separators ("57KL/TW"). */
  tight: string;
  number: string;
  /** The folded type and title: words found all there rank before words found anywhere. */
  name: string;
  /** Folded text whose words the query's words must start. */
  folded: string;
}

/** What identifies an item: a directive's symbol, number, type and title (an item without a symbol gives '' for both). */
export interface RankedFields {
  symbol: string;
  number: string;
  type?: string;
  title?: string;
}

export function rankable(fields: RankedFields, texts: readonly string[]): Rankable {
  const parts = symbolParts(fields.symbol);
  const name = foldVietnamese(`${fields.type ?? ''}\n${fields.title ?? ''}`.normalize('NFC'));
  return { parts, tight: parts.join(''), number: withoutLeadingZeros(foldVietnamese(fields.number.trim())), name, folded: `${name}\n${foldVietnamese(texts.join('\n').normalize('NFC'))}` };
}

/** A picker's search text, analysed once per keystroke. */
export interface DirectiveQuery {
  words: string[];
  /** Runs of consecutive words read as a symbol; the first is the whole query. */
  symbols: Array<{ parts: string[]; tight: string; whole: boolean }>;
}

export function parseDirectiveQuery(text: string): DirectiveQuery {
  const folded = foldVietnamese(text.normalize('NFC')).trim();
  const words = folded.split(WORD_SEPARATORS).filter((word) => word !== '');
  const symbols: DirectiveQuery['symbols'] = [];
  const whole = symbolParts(folded);
  if (whole.length > 0) symbols.push({ parts: whole, tight: whole.join(''), whole: true });
  const spaced = folded.split(/\s+/u).filter((word) => word !== '').slice(0, MAX_SYMBOL_WORDS);
  for (let from = 0; from < spaced.length; from++) {
    for (let to = from + 1; to <= spaced.length; to++) {
      if (from === 0 && to === spaced.length) continue;
      const parts = symbolParts(spaced.slice(from, to).join(' '));
      // Only runs that look like a symbol (a number, then more): "quyết định 1" must not find every 1…-symbol.
      if (parts.length >= 2 && DIGIT_START.test(parts[0] ?? '')) symbols.push({ parts, tight: parts.join(''), whole: false });
    }
  }
  return { words, symbols };
}

function isExact(typed: DirectiveQuery['symbols'][number], item: Rankable): boolean {
  if (item.parts.length === 0) return false;
  if (typed.tight === item.tight) return true;
  return typed.parts.length === item.parts.length && typed.parts.every((part, i) => samePart(part, item.parts[i] ?? ''));
}

/** Every typed part but the last equals the stored one; the last one (being typed) starts it. */
function isPrefix(typed: DirectiveQuery['symbols'][number], item: Rankable): boolean {
  const last = typed.parts.length - 1;
  if (last >= item.parts.length) return false;
  return typed.parts.every((part, i) => (i < last ? samePart(part, item.parts[i] ?? '') : startsPart(part, item.parts[i] ?? '')));
}

/** A letter or digit (folded text is mostly ASCII: the cheap test first, the Unicode one only beyond it). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return WORD_CHAR.test(String.fromCharCode(code));
}

/** Whether `word` occurs in `text` at the start of a word: "57-kl" finds 57-KL/TW, not 157-KL/TW. */
export function startsWordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** The best tier `item` reaches for `query`, or null when it does not match (an empty query matches nothing). */
export function matchTier(query: DirectiveQuery, item: Rankable): MatchTier | null {
  let symbolTier: MatchTier | null = null;
  for (const typed of query.symbols) {
    if (isExact(typed, item)) return MATCH_TIER.exactSymbol;
    if (symbolTier === null && isPrefix(typed, item)) symbolTier = MATCH_TIER.symbolPrefix;
  }
  // A symbol typed among other words ("Nghị quyết 57-KL/TW") finds the document even when those words do not.
  if (symbolTier !== null) return symbolTier;
  if (query.words.length === 0 || !query.words.every((word) => startsWordIn(item.folded, word))) return null;
  if (item.number !== '' && query.words.some((word) => withoutLeadingZeros(word) === item.number)) return MATCH_TIER.number;
  return query.words.every((word) => startsWordIn(item.name, word)) ? MATCH_TIER.title : MATCH_TIER.words;
}

/** The items matching `text`, best tier first and in their given order within a tier; at most `limit`. */
export function rankDirectives<T>(items: readonly T[], text: string, rankableOf: (item: T) => Rankable, limit = Infinity): T[] {
  const query = parseDirectiveQuery(text);
  const tiers: T[][] = [[], [], [], [], []];
  for (const item of items) {
    const tier = matchTier(query, rankableOf(item));
    if (tier !== null) tiers[tier]?.push(item);
  }
  return tiers.flat().slice(0, limit);
}
