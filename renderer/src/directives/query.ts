// Filtering, sorting and facets of the directive list (pure; fast enough to rerun on every keystroke for 2,000+ items).
import type { Directive, DirectiveStatus } from '../../../shared/model/directive';
import { directiveStatusSchema } from '../../../shared/model/directive';
import { DIRECTIVE_TYPES } from '../../../shared/directives/types';
import { foldVietnamese } from '../../../shared/text/normalize';

export interface DirectiveFilter {
  text: string;
  type: string;
  issuer: string;
  /** "2023", or NO_YEAR for directives without a date, or "" for any. */
  year: string;
  status: DirectiveStatus | '';
}

export const EMPTY_FILTER: DirectiveFilter = { text: '', type: '', issuer: '', year: '', status: '' };
export const NO_YEAR = 'none';
export const NO_ISSUER = ':none';

export const SORT_KEYS = ['type', 'symbol', 'issueDate', 'issuer', 'title', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface DirectiveSort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}
export const DEFAULT_SORT: DirectiveSort = { key: 'issueDate', direction: 'descending' };

/** A directive with its folded search text, computed once per list load. */
export interface IndexedDirective {
  directive: Directive;
  folded: string;
  year: string;
}

const ENGLISH_TYPE = new Map<string, string>(DIRECTIVE_TYPES.map((type) => [type.vi, type.en]));

export function indexDirectives(directives: readonly Directive[]): IndexedDirective[] {
  return directives.map((directive) => ({
    directive,
    year: directive.issueDate ? directive.issueDate.slice(0, 4) : NO_YEAR,
    folded: foldVietnamese(
      [
        directive.symbol,
        directive.number,
        directive.type,
        ENGLISH_TYPE.get(directive.type) ?? '',
        directive.issuer,
        directive.issuerTerm ?? '',
        directive.title,
        directive.titleEn,
        directive.tags.join(' '),
        directive.notes,
      ].join('\n'),
    ),
  }));
}

/** Folded words of the query; each must start a word of a directive for it to match ("57-kl" finds 57-KL/TW). */
export function queryTokens(text: string): string[] {
  return foldVietnamese(text)
    .split(/\s+/u)
    .filter((token) => token !== '');
}

export function filterDirectives(index: readonly IndexedDirective[], filter: DirectiveFilter): IndexedDirective[] {
  const tokens = queryTokens(filter.text);
  return index.filter(({ directive, folded, year }) => {
    if (filter.type && directive.type !== filter.type) return false;
    if (filter.status && directive.status !== filter.status) return false;
    if (filter.year && year !== filter.year) return false;
    if (filter.issuer && (directive.issuer || NO_ISSUER) !== filter.issuer) return false;
    return tokens.every((token) => containsWordStart(folded, token));
  });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `token` occurs in `text` at the start of a word: "57-kl" finds 57-KL/TW but not 157-KL/TW. */
export function containsWordStart(text: string, token: string): boolean {
  let from = text.indexOf(token);
  while (from !== -1) {
    const before = from === 0 ? '' : text.charAt(from - 1);
    if (before === '' || !WORD_CHAR.test(before)) return true;
    from = text.indexOf(token, from + 1);
  }
  return false;
}

export function hasActiveFilter(filter: DirectiveFilter): boolean {
  return filter.text.trim() !== '' || filter.type !== '' || filter.issuer !== '' || filter.year !== '' || filter.status !== '';
}

export interface SortOptions {
  collator: Intl.Collator;
  /** The type name as shown (English in the English UI), so the order matches what the user reads. */
  typeLabel: (type: string) => string;
}

const STATUS_ORDER = new Map<string, number>(directiveStatusSchema.options.map((status, rank) => [status, rank]));

function sortText(directive: Directive, key: SortKey, options: SortOptions): string {
  switch (key) {
    case 'type':
      return options.typeLabel(directive.type);
    case 'symbol':
      return directive.symbol;
    case 'issueDate':
      return directive.issueDate ?? '';
    case 'issuer':
      return directive.issuer;
    case 'title':
      return directive.title;
    case 'status':
      return String(STATUS_ORDER.get(directive.status) ?? 0);
  }
}

/** Sorts by one column; empty values go last in both directions; ties fall back to the symbol, then the id. */
export function sortDirectives(rows: readonly IndexedDirective[], sort: DirectiveSort, options: SortOptions): Directive[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map(({ directive }) => ({ directive, key: sortText(directive, sort.key, options) }));
  keyed.sort((a, b) => {
    if (a.key === '' || b.key === '') {
      if (a.key !== b.key) return a.key === '' ? 1 : -1;
    } else {
      const primary = options.collator.compare(a.key, b.key);
      if (primary !== 0) return primary * sign;
    }
    return options.collator.compare(a.directive.symbol, b.directive.symbol) || (a.directive.id < b.directive.id ? -1 : 1);
  });
  return keyed.map(({ directive }) => directive);
}

export interface DirectiveFacets {
  types: string[];
  issuers: string[];
  years: string[];
  hasUndated: boolean;
  hasNoIssuer: boolean;
}

/** The values the filter menus offer: only those present in the library. */
export function directiveFacets(index: readonly IndexedDirective[], collator: Intl.Collator): DirectiveFacets {
  const types = new Set<string>();
  const issuers = new Set<string>();
  const years = new Set<string>();
  let hasUndated = false;
  let hasNoIssuer = false;
  for (const { directive, year } of index) {
    types.add(directive.type);
    if (directive.issuer) issuers.add(directive.issuer);
    else hasNoIssuer = true;
    if (year === NO_YEAR) hasUndated = true;
    else years.add(year);
  }
  const typeOrder = new Map<string, number>(DIRECTIVE_TYPES.map((type, rank) => [type.vi, rank]));
  return {
    types: [...types].sort((a, b) => (typeOrder.get(a) ?? 0) - (typeOrder.get(b) ?? 0)),
    issuers: [...issuers].sort(collator.compare),
    years: [...years].sort((a, b) => b.localeCompare(a)),
    hasUndated,
    hasNoIssuer,
  };
}
