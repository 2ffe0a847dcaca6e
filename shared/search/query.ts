// Query syntax of the search palette: words, "quoted phrases" and field:value clauses, parsed into clauses the engine runs.
import { foldVietnamese } from '../text/normalize.js';
import { phraseKey, queryTokens } from './analyze.js';
import type { SearchField } from './documents.js';

/*
 * Syntax (every clause must match; accents optional; case ignored):
 *   quyen con nguoi          words; a word typed with accents ranks exact-accent matches first
 *   "quyền con người"        a phrase: the words in this order (accents optional)
 *   57-KL  1079/QĐ  09/2017  a symbol or its leading part
 *   symbol:57-KL             field clauses: symbol (kyhieu), tag (the), type (loai), issuer (coquan),
 *   tag:nhan-quyen           title (tieude), topic (chude), outlet (baochi); the value is a word,
 *   type:"Kết luận"          a symbol, a tag slug or a "quoted phrase"
 * A symbol, and the last word while it is being typed (two letters or more), also match as a prefix; words of
 * four or more letters also match with one typo (eight or more: two).
 */

export interface QueryClause {
  /** null: any field. */
  field: SearchField | null;
  /** Lower-case NFC words and compounds, in query order. */
  terms: string[];
  /** For a quoted phrase of several words: the folded phrase the field text must contain. */
  phrase: string | null;
}

export interface ParsedQuery {
  clauses: QueryClause[];
  /** Whether the query ends inside a word (no trailing space): its last term is being typed. */
  typing: boolean;
}

const FIELD_ALIASES: Readonly<Record<string, SearchField>> = {
  symbol: 'symbol',
  kyhieu: 'symbol',
  tag: 'tags',
  tags: 'tags',
  the: 'tags',
  type: 'type',
  loai: 'type',
  issuer: 'issuer',
  coquan: 'issuer',
  title: 'title',
  tieude: 'title',
  topic: 'topic',
  chude: 'topic',
  outlet: 'outlet',
  baochi: 'outlet',
};

/** field:"phrase" | field:value | "phrase" | word (a missing closing quote runs to the end). */
const CLAUSE = /(?:([\p{L}\p{M}]+):)?(?:"([^"]*)(?:"|$)|(\S+))/gu;

export function fieldOf(name: string): SearchField | null {
  return FIELD_ALIASES[foldVietnamese(name.normalize('NFC'))] ?? null;
}

export const MAX_QUERY_TERMS = 24;

export function parseQuery(input: string): ParsedQuery {
  const text = input.normalize('NFC');
  const clauses: QueryClause[] = [];
  let count = 0;
  for (const match of text.matchAll(CLAUSE)) {
    const [, name, quoted, bare] = match;
    const field = name === undefined ? null : fieldOf(name);
    const value = quoted ?? (name !== undefined && field === null ? `${name} ${bare ?? ''}` : (bare ?? ''));
    const terms = queryTokens(value).slice(0, MAX_QUERY_TERMS - count);
    if (terms.length === 0) continue;
    count += terms.length;
    clauses.push({ field, terms, phrase: quoted !== undefined && terms.length > 1 ? phraseKey(quoted) : null });
    if (count >= MAX_QUERY_TERMS) break;
  }
  return { clauses, typing: /[\p{L}\p{M}\p{N}]$/u.test(text) };
}
