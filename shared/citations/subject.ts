// Reading a subject line (trích yếu): quoted or up to a semicolon, sentence end, trailing clause or the next sibling citation.
import type { SourceText } from './text.js';
import { collapseSpaces, isUpper } from './text.js';
import { anyPhraseAt, knownIssuerAt } from './issuer-phrase.js';
import { ABBREVIATIONS, CLAUSE_VERBS, LINE_STARTERS, NESTING_WORDS, SUBJECT_TRAILERS } from './vocabulary.js';

export interface SubjectMatch {
  title: string;
  /** Offset in the matching text just after the subject (after its closing quote when quoted). */
  end: number;
}

/** Subject lines are at most this long (the model's limit); a longer run without a terminator is cut at a word. */
export const MAX_SUBJECT_LENGTH = 1000;

const CLOSING_QUOTE: Readonly<Record<string, string>> = { '“': '”', '"': '"', '«': '»', '‘': '’', '„': '“', "'": "'" };
/** Drops spaces and dangling ",", ":" or dashes at the end (a loop: an end-anchored pattern rescans long text). */
function trimTrailingJunk(raw: string): string {
  let end = raw.length;
  while (end > 0 && /[\s,:\-–—]/.test(raw.charAt(end - 1))) end--;
  return raw.slice(0, end);
}

function isLineStart(source: SourceText, index: number): boolean {
  const { text, lower } = source;
  let i = index;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '\n' || text[i] === '\r') return true;
  if (/^(?:[-+•*]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)/u.test(text.slice(i, i + 4))) return true;
  return LINE_STARTERS.some((s) => lower.startsWith(s, i));
}

function isSentenceEnd(source: SourceText, dot: number): boolean {
  const { text, lower } = source;
  const next = text[dot + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  let after = dot + 1;
  while (after < text.length && /\s/.test(text[after] ?? '')) after++;
  if (after < text.length && !isUpper(text, after) && !/[\d“"«(]/.test(text[after] ?? '')) return false;
  let tokenStart = dot;
  while (tokenStart > 0 && /[\p{L}.]/u.test(lower[tokenStart - 1] ?? '')) tokenStart--;
  return !ABBREVIATIONS.has(lower.slice(tokenStart, dot));
}

const TRAILER_PATTERN = new RegExp(SUBJECT_TRAILERS.map((t) => t.replace(/[()]/g, '\\$&')).join('|'));

/** Index of the first head after `start` in the sorted `heads`, or -1. */
function firstAfter(heads: readonly number[], start: number): number {
  let low = 0;
  let high = heads.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((heads[mid] ?? 0) <= start) low = mid + 1;
    else high = mid;
  }
  return low < heads.length ? low : -1;
}

function endsWithWord(lower: string, end: number, word: string): boolean {
  const start = end - word.length;
  return start >= 0 && lower.slice(start, end) === word && !/[\p{L}\p{N}]/u.test(lower[start - 1] ?? '');
}

/** Where a sibling citation at `head` takes over: a line break, ", ", " và ", " and " before it; null when it is nested. */
function siblingCut(source: SourceText, from: number, head: number): number | null {
  const { text, lower } = source;
  let i = head;
  while (i > from && /\s/.test(text[i - 1] ?? '')) i--;
  if (text.slice(i, head).includes('\n') && !NESTING_WORDS.some((w) => endsWithWord(lower, i, w))) return i;
  if (text[i - 1] === ',' || text[i - 1] === ';') return i - 1;
  for (const word of ['và', 'hoặc', 'and', 'or']) {
    const start = i - word.length;
    if (start > from && lower.slice(start, i) === word && /\s/.test(text[start - 1] ?? '')) return start;
  }
  return null;
}

/** ", ngày 8/8, tại …" or ", Ban Tuyên giáo Trung ương ban hành …": the sentence goes on past the subject. */
function clauseAfterComma(source: SourceText, comma: number): boolean {
  const { text, lower } = source;
  let i = comma + 1;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  if (lower.startsWith('ngày', i) && /^ngày\s+\d/.test(lower.slice(i, i + 8))) return true;
  if (!isUpper(text, i)) return false;
  const issuer = knownIssuerAt(source, i);
  if (!issuer) return false;
  let after = issuer.end;
  while (after < text.length && /\s/.test(text[after] ?? '')) after++;
  return anyPhraseAt(lower, after, CLAUSE_VERBS) !== undefined;
}

function unquote(title: string): string {
  const first = title.charAt(0);
  const close = CLOSING_QUOTE[first];
  if (close !== undefined && title.length > 1 && title.endsWith(close) && !title.slice(1, -1).includes(close)) {
    return title.slice(1, -1).trim();
  }
  return title;
}

/** Characters at which a subject may end: everything else is skipped in one regular-expression step. */
const SPECIAL = /[;.()\n,]/g;

/** Where the subject ends, looking only at punctuation, line breaks and the heads of other citations. */
function subjectEnd(source: SourceText, start: number, scanEnd: number, heads: readonly number[]): number {
  const { text } = source;
  const window = text.slice(start, scanEnd);
  let headIndex = firstAfter(heads, start);
  let depth = 0;
  let from = 0;
  let searchedFrom = -1;
  let at = scanEnd;
  for (;;) {
    if (searchedFrom !== from) {
      SPECIAL.lastIndex = from;
      const special = SPECIAL.exec(window);
      at = special ? start + special.index : scanEnd;
      searchedFrom = from;
    }
    const head = headIndex >= 0 ? (heads[headIndex] ?? Infinity) : Infinity;
    if (head < at && head < scanEnd) {
      headIndex = headIndex + 1 < heads.length ? headIndex + 1 : -1;
      const cut = siblingCut(source, start, head);
      if (cut !== null) return cut;
      continue;
    }
    if (at >= scanEnd) return scanEnd;
    const c = text[at];
    if (c === ';') return at;
    if (c === '\n' && isLineStart(source, at + 1)) return at;
    if (c === '.' && isSentenceEnd(source, at)) return at;
    if (c === '(') depth++;
    if (c === ')') {
      if (depth === 0) return at;
      depth--;
    }
    if (c === ',' && clauseAfterComma(source, at)) return at;
    from = at - start + 1;
  }
}

/**
 * Reads the subject starting at `start` and ending before `limit`. `heads` are the sorted offsets of the citations
 * found in the text: one introduced by a comma or "và" ends this subject; any other is nested inside it.
 */
export function readSubject(source: SourceText, start: number, limit: number, heads: readonly number[]): SubjectMatch | null {
  const { text, lower } = source;
  const first = text[start] ?? '';
  const close = CLOSING_QUOTE[first];
  if (close !== undefined) {
    const window = text.slice(start + 1, Math.min(limit, start + 1 + MAX_SUBJECT_LENGTH));
    const closing = start + 1 + window.indexOf(close);
    if (closing > start + 1) {
      const title = collapseSpaces(text.slice(start + 1, closing));
      return title ? { title, end: closing + 1 } : null;
    }
  }
  const scanEnd = Math.min(limit, text.length, start + MAX_SUBJECT_LENGTH);
  const trailerAt = TRAILER_PATTERN.exec(lower.slice(start, scanEnd))?.index;
  const trailer = trailerAt === undefined ? Infinity : start + trailerAt;
  const end = Math.min(trailer, scanEnd, subjectEnd(source, start, scanEnd, heads));
  const cut = end === scanEnd && scanEnd < text.length && scanEnd === start + MAX_SUBJECT_LENGTH ? text.lastIndexOf(' ', scanEnd) : -1;
  const raw = trimTrailingJunk(text.slice(start, cut > start ? cut : end));
  const title = unquote(collapseSpaces(raw));
  if (!title) return null;
  return { title, end: start + raw.length };
}
