// Reading an issuer ("của Bộ Chính trị khóa XII", "of the Prime Minister") and its term from running text.
import { KNOWN_ISSUERS, OFFICE_HOLDER_TITLES, issuerFromEnglish, knownIssuer, type IssuerInfo } from '../directives/issuers.js';
import { foldVietnamese } from '../text/normalize.js';
import type { SourceText } from './text.js';
import { foldedSlice, isUpper, isWordChar } from './text.js';
import { ENGLISH_ISSUER_STOP_WORDS, ISSUER_STOP_WORDS, SUBJECT_VERBS } from './vocabulary.js';

export interface IssuerMatch {
  issuer: string;
  /** Offset in the matching text just after the issuer (before any term). */
  end: number;
}

const MAX_ISSUER_WORDS = 14;
const KNOWN_FOLDED = [...KNOWN_ISSUERS]
  .map((i) => ({ vi: i.vi, folded: foldVietnamese(i.vi) }))
  .sort((a, b) => b.folded.length - a.folded.length);
/** Known issuers by the folded first word of their name, longest name first. */
const KNOWN_BY_FIRST_WORD = new Map<string, { vi: string; folded: string }[]>();
for (const k of KNOWN_FOLDED) {
  const first = k.folded.split(' ')[0] ?? '';
  KNOWN_BY_FIRST_WORD.set(first, [...(KNOWN_BY_FIRST_WORD.get(first) ?? []), k]);
}
const STOP_PHRASES = [...ISSUER_STOP_WORDS, ...SUBJECT_VERBS].sort((a, b) => b.length - a.length);
const ENGLISH_NAMES = KNOWN_ISSUERS.flatMap((i: IssuerInfo) =>
  [i.en, ...(i.enAliases ?? [])].map((en) => ({ vi: i.vi, lower: en.replace(/^the /i, '').toLowerCase() })),
).sort((a, b) => b.lower.length - a.lower.length);
const OFFICE_TITLES_LOWER = OFFICE_HOLDER_TITLES.map((t) => t.toLowerCase());

/** Whether `phrase` (lower case) stands at `index` of `lower` as whole words. */
export function phraseAt(lower: string, index: number, phrase: string): boolean {
  return lower.startsWith(phrase, index) && !isWordChar(lower, index + phrase.length);
}

/** The first of `phrases` standing at `index` as whole words. */
export function anyPhraseAt(lower: string, index: number, phrases: readonly string[]): string | undefined {
  return phrases.find((p) => phraseAt(lower, index, p));
}

function skipSpaces(text: string, index: number): number {
  let i = index;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** The known issuer written at `index` (any case, either tone-mark placement), longest first. */
export function knownIssuerAt(source: SourceText, index: number): { vi: string; end: number } | null {
  const { text } = source;
  let wordEnd = index;
  while (wordEnd < text.length && /[\p{L}\p{N}]/u.test(text.charAt(wordEnd))) wordEnd++;
  const candidates = KNOWN_BY_FIRST_WORD.get(foldedSlice(text, index, wordEnd - index));
  if (!candidates) return null;
  const folded = foldedSlice(text, index, candidates[0]?.folded.length ?? 0);
  for (const k of candidates) {
    if (folded.startsWith(k.folded) && !isWordChar(text, index + k.folded.length)) return { vi: k.vi, end: index + k.folded.length };
  }
  return null;
}

interface Word {
  start: number;
  end: number;
  /** The word ends with punctuation that closes the issuer (",", ";", "."). */
  closes: boolean;
}

function wordAt(text: string, index: number): Word | null {
  const c = text[index];
  if (c === undefined || !/[\p{L}\p{N}]/u.test(c)) return null;
  let end = index;
  while (end < text.length && /[\p{L}\p{N}/&.'-]/u.test(text[end] ?? '')) end++;
  let core = end;
  while (core > index && /[.,;:'-]/.test(text[core - 1] ?? '')) core--;
  return { start: index, end: core, closes: core < end || /[,;:)(“”"«»]/.test(text[end] ?? '') };
}

/**
 * Reads a Vietnamese issuer starting at `index` (just after "của"): a known body, an office-holder of a body, or
 * capitalised words up to a stop word, a subject verb, a term, a date or punctuation.
 */
export function readIssuer(source: SourceText, index: number): IssuerMatch | null {
  const { text, lower } = source;
  const known = knownIssuerAt(source, index);
  let position = index;
  let end = index;
  let words = 0;
  let extended = false;
  if (known) {
    position = known.end;
    end = known.end;
    words = 1;
    if (/[,;:.(]/.test(text[known.end] ?? '')) return { issuer: known.vi, end };
  } else if (!isUpper(text, index) && !OFFICE_TITLES_LOWER.some((t) => phraseAt(lower, index, t))) {
    return null;
  }
  while (words < MAX_ISSUER_WORDS) {
    const next = words === 0 ? index : skipSpaces(text, position);
    if (words > 0 && next === position) break;
    if (words > 0 && (anyPhraseAt(lower, next, STOP_PHRASES) || /^số\s*:?\s*\d/.test(lower.slice(next, next + 6)))) break;
    if (words > 0 && phraseAt(lower, next, 'và') && !isUpper(text, skipSpaces(text, next + 2))) break;
    const joinsAnotherBody = phraseAt(lower, next, 'và');
    if (known && !extended && !isUpper(text, next) && !joinsAnotherBody) break;
    if (words > 0) extended = true;
    const inner = knownIssuerAt(source, next);
    const word = wordAt(text, next);
    if (!word) break;
    const wordEnd = inner && inner.end > word.end ? inner.end : word.end;
    end = wordEnd;
    position = wordEnd;
    words++;
    if (word.closes && wordEnd === word.end) break;
  }
  if (end === index) return null;
  const written = text.slice(index, end);
  const canonical = known && end === known.end ? known.vi : (knownIssuer(written)?.vi ?? written.replace(/\s+/g, ' '));
  return { issuer: canonical, end };
}

/** Reads "khóa XII" (or "(khóa XII)") at `index`; returns the Roman numeral and the offset after it. */
export function readTerm(source: SourceText, index: number): { term: string; end: number } | null {
  const pattern = /\s*\(?\s*(?:khóa|khoá)\s+([ivxlc]+)(?![\p{L}\p{N}])\)?/uy;
  pattern.lastIndex = index;
  const m = pattern.exec(source.lower);
  if (!m || m[1] === undefined) return null;
  return { term: m[1].toUpperCase(), end: index + m[0].length };
}

/** Reads an English issuer after "of"/"by": known names become the Vietnamese issuer, others stay as written. */
export function readEnglishIssuer(source: SourceText, index: number): IssuerMatch | null {
  const { text, lower } = source;
  let start = index;
  if (phraseAt(lower, start, 'the')) start = skipSpaces(text, start + 3);
  if (!isUpper(text, start)) return null;
  const known = ENGLISH_NAMES.find((n) => phraseAt(lower, start, n.lower));
  if (known) return { issuer: known.vi, end: start + known.lower.length };
  let end = start;
  let position = start;
  for (let words = 0; words < MAX_ISSUER_WORDS; words++) {
    const next = words === 0 ? start : skipSpaces(text, position);
    if (words > 0 && next === position) break;
    const connector = ['of', 'and', 'for'].find((w) => phraseAt(lower, next, w));
    if (connector) {
      const after = skipSpaces(text, next + connector.length);
      const afterThe = phraseAt(lower, after, 'the') ? skipSpaces(text, after + 3) : after;
      if (!isUpper(text, afterThe) || words === 0) break;
      position = next + connector.length;
      continue;
    }
    if (words > 0 && anyPhraseAt(lower, next, ENGLISH_ISSUER_STOP_WORDS)) break;
    const word = wordAt(text, next);
    if (!word || !isUpper(text, next)) break;
    end = word.end;
    position = word.end;
    if (word.closes) break;
  }
  if (end === start) return null;
  const written = text.slice(start, end).replace(/\s+/g, ' ');
  return { issuer: issuerFromEnglish(written) ?? written, end };
}
