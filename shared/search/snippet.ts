// Snippets and highlight ranges: where the matched terms occur in a text, and the passage around the best cluster of them.
import { foldVietnamese } from '../text/normalize.js';

/** A highlighted range [start, end) in UTF-16 code units of the (NFC) string it belongs to. */
export interface Highlight {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  highlights: Highlight[];
}

export const SNIPPET_LENGTH = 180;
const LEAD = 40;
const MAX_HITS = 16;
const ELLIPSIS = '…';
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

let variantClasses: Map<string, string> | null = null;

/** For each ASCII letter, a character class of every Latin letter that folds to it ("d" → [dDđĐ…]). */
function variantsOf(letter: string): string | undefined {
  if (!variantClasses) {
    const groups = new Map<string, string[]>();
    const ranges: Array<[number, number]> = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCharCode(code);
        const folded = foldVietnamese(char);
        if (/^[a-z]$/.test(folded)) groups.set(folded, [...(groups.get(folded) ?? []), char]);
      }
    }
    variantClasses = new Map([...groups].map(([base, chars]) => [base, `[${chars.join('')}]`]));
  }
  return variantClasses.get(letter);
}

function escape(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

/** A pattern for one matched term: an accented term as written, a folded one in any accented spelling. */
function termPattern(term: string): string {
  const folded = foldVietnamese(term) === term;
  return [...term].map((char) => (folded ? (variantsOf(char) ?? escape(char)) : escape(char))).join('');
}

const compiled = new Map<string, RegExp>();
const COMPILED_LIMIT = 256;
const WORD = new RegExp(WORD_CHAR, 'u');

/**
 * One regular expression finding every matched term followed by a word end, longest first. (The word start is
 * checked by the caller: a leading look-behind would keep the engine from skipping ahead to candidate letters.)
 * An exact accented term whose folded form is also matched adds nothing: the folded pattern finds every spelling.
 */
function termsRegExp(terms: ReadonlySet<string>): RegExp {
  const key = [...terms].sort().join('\n');
  let pattern = compiled.get(key);
  if (!pattern) {
    const needed = [...terms].filter((term) => {
      const folded = foldVietnamese(term);
      return folded === term || !terms.has(folded);
    });
    const longestFirst = needed.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    pattern = new RegExp(`(?:${longestFirst.map(termPattern).join('|')})(?!${WORD_CHAR})`, 'giu');
    if (compiled.size >= COMPILED_LIMIT) compiled.clear();
    compiled.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * A test for a phrase (folded words separated by spaces) in any accented spelling, with anything but letters and
 * digits between its words, as whole words.
 */
export function phraseMatcher(phrase: string): (text: string) => boolean {
  const words = phrase.split(' ').filter((w) => w !== '').map(termPattern);
  const pattern = new RegExp(`${words.join(`[^\\p{L}\\p{M}\\p{N}]+`)}(?!${WORD_CHAR})`, 'giu');
  return (text) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match.index === 0 || !WORD.test(text.charAt(match.index - 1))) return true;
      pattern.lastIndex = match.index + 1;
    }
    return false;
  };
}

/**
 * Ranges of `text` holding one of `terms` (the exact lower-case or folded forms the index matched) as a word or as a
 * part of a compound ("KL" in "57-KL/TW"). Stops after `maxHits` ranges.
 */
export function highlightRanges(text: string, terms: ReadonlySet<string>, maxHits = MAX_HITS): Highlight[] {
  if (terms.size === 0 || text === '') return [];
  const pattern = termsRegExp(terms);
  const hits: Highlight[] = [];
  for (let match = pattern.exec(text); match && hits.length < maxHits; match = pattern.exec(text)) {
    if (match.index > 0 && WORD.test(text.charAt(match.index - 1))) pattern.lastIndex = match.index + 1;
    else hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

/** A passage of about `length` characters around the densest cluster of hits (the start of `text` when none). */
export function makeSnippet(text: string, terms: ReadonlySet<string>, length = SNIPPET_LENGTH): Snippet {
  const hits = highlightRanges(text, terms);
  const anchor = bestWindow(text, hits, length);
  let start = anchor === null ? 0 : Math.max(0, anchor - LEAD);
  let end = Math.min(text.length, start + length);
  if (end === text.length) start = Math.max(0, Math.min(start, end - length));
  start = wordStart(text, start, anchor ?? start);
  end = wordEnd(text, end);
  // Line breaks become spaces: same length, so the hits' offsets stay valid.
  const window = text.slice(start, end).replace(/\s/g, ' ');
  const passage = window.trim();
  const from = start + (window.length - window.trimStart().length);
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = from + passage.length < text.length ? ELLIPSIS : '';
  const highlights = hits
    .filter((h) => h.start >= from && h.end <= from + passage.length)
    .map((h) => ({ start: h.start - from + prefix.length, end: h.end - from + prefix.length }));
  return { text: prefix + passage + suffix, highlights };
}

/** The start of the window holding the most distinct matched words, then the most hits, earliest (sliding window). */
function bestWindow(text: string, hits: readonly Highlight[], length: number): number | null {
  const first = hits[0];
  if (!first) return null;
  const span = length - LEAD;
  const words = hits.map((h) => text.slice(h.start, h.end).toLowerCase());
  const counts = new Map<string, number>();
  let distinct = 0;
  const enter = (k: number) => {
    const word = words[k] ?? '';
    const n = counts.get(word) ?? 0;
    if (n === 0) distinct++;
    counts.set(word, n + 1);
  };
  let best = first.start;
  let bestDistinct = 0;
  let bestCount = 0;
  let last = -1;
  for (let i = 0; i < hits.length; i++) {
    const from = hits[i]?.start ?? 0;
    if (last < i) enter((last = i));
    while (last + 1 < hits.length && (hits[last + 1]?.end ?? Infinity) <= from + span) enter(++last);
    const count = last - i + 1;
    if (distinct > bestDistinct || (distinct === bestDistinct && count > bestCount)) {
      best = from;
      bestDistinct = distinct;
      bestCount = count;
    }
    const word = words[i] ?? '';
    const n = counts.get(word) ?? 1;
    if (n === 1) distinct--;
    counts.set(word, n - 1);
  }
  return best;
}

const SPACE = /\s/;

/** Moves a cut forward to the start of a word (never past `limit`, the first hit). */
function wordStart(text: string, at: number, limit: number): number {
  if (at === 0 || SPACE.test(text.charAt(at - 1))) return at;
  for (let i = at; i < limit; i++) if (SPACE.test(text.charAt(i))) return i + 1;
  return at;
}

/** Moves a cut back to the end of a word when one ends not too far before it. */
function wordEnd(text: string, at: number): number {
  if (at >= text.length || SPACE.test(text.charAt(at))) return at;
  for (let i = at - 1; i > Math.max(0, at - 30); i--) if (SPACE.test(text.charAt(i))) return i;
  return at;
}
