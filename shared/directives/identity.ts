// Which stored directive a citation or an import names (same type + symbol + issuer), and what adding it again would change.
import type { DirectiveFields } from '../model/directive.js';
import { foldVietnamese } from '../text/normalize.js';
import { sameIssuer } from './issuers.js';

/** The fields identity is decided on (a stored Directive or DirectiveFields fit); the date only for laws cited by name. */
export type IdentityFields = Pick<DirectiveFields, 'type' | 'symbol' | 'issuer' | 'title'> & { issueDate?: string | null };

function symbolKey(symbol: string): string {
  return symbol.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

function titleKey(title: string): string {
  return foldVietnamese(title.trim().replace(/\s+/g, ' '));
}

/**
 * Whether two directives are the same document: same type and same symbol (a law cited by name only: same name and, when
 * both give one, the same date), and the
 * same issuer when both name one (57-KL/TW and 57-NQ/TW differ; "Luật Báo chí số 103/2016/QH13" without an issuer is
 * the stored Press Law of the Quốc hội).
 */
export function sameDirective(a: IdentityFields, b: IdentityFields): boolean {
  if (a.type !== b.type) return false;
  if (a.symbol !== '' && b.symbol !== '') {
    if (symbolKey(a.symbol) !== symbolKey(b.symbol)) return false;
  } else if (a.title === '' || titleKey(a.title) !== titleKey(b.title)) {
    return false;
  } else if (a.issueDate && b.issueDate && a.issueDate !== b.issueDate) {
    // Two Press Laws (2016, 2025) share the name "Luật Báo chí": by name, the date tells them apart.
    return false;
  }
  return a.issuer === '' || b.issuer === '' || sameIssuer(a.issuer, b.issuer);
}

/** The first directive of `library` that is the same document as `fields`. */
export function findSameDirective<T extends IdentityFields>(fields: IdentityFields, library: Iterable<T>): T | undefined {
  for (const candidate of library) if (sameDirective(fields, candidate)) return candidate;
  return undefined;
}

/** Fields a citation can bring to a stored directive. */
export const MERGED_FIELDS = ['number', 'symbol', 'issueDate', 'issuer', 'issuerTerm', 'title', 'titleEn'] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];

export interface FieldChange {
  field: MergedField;
  /** The stored value ('' or null when it was empty). */
  from: string | null;
  to: string;
}

/** Subjects that differ only in the case of their first letter read the same inside a citation. */
function sameText(field: MergedField, a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (field === 'title' || field === 'titleEn') return norm(a).toLowerCase() === norm(b).toLowerCase();
  if (field === 'symbol') return symbolKey(a) === symbolKey(b);
  if (field === 'issuer') return sameIssuer(a, b);
  return norm(a) === norm(b);
}

/**
 * The stored directive's fields with what `incoming` adds: a field the incoming side leaves empty never erases a stored
 * one, and a value that reads the same (case of a subject's first letter, another spelling of the same issuer) is kept as
 * stored. Everything else (status, excerpts, tags, notes, attachment…) stays as stored.
 */
export function mergeDirectiveFields(stored: DirectiveFields, incoming: Partial<Pick<DirectiveFields, MergedField>>): { fields: DirectiveFields; changes: FieldChange[] } {
  const fields: DirectiveFields = { ...stored };
  const changes: FieldChange[] = [];
  for (const field of MERGED_FIELDS) {
    const next = incoming[field];
    if (next === undefined || next === null || next.trim() === '') continue;
    const current = stored[field];
    if (current !== null && current !== '' && sameText(field, current, next)) continue;
    fields[field] = next;
    changes.push({ field, from: current === '' ? null : current, to: next });
  }
  return { fields, changes };
}
