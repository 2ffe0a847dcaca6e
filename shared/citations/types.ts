// Result and input types of the citation engine: parsed citations, warnings (codes with parameters), citation styles.
import type { DirectiveTypeName } from '../directives/types.js';
import type { Directive } from '../model/directive.js';

/** Offsets in the string given to `parse` (the original, even when it was NFD): `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Something a careful officer should look at. Codes are stable; the UI words them (i18n "citations.warning.<code>"). */
export type CitationWarning =
  /** A Party symbol written in the state shape or with the wrong characters ("18/NQ-TW" for 18-NQ/TW). */
  | { code: 'party_symbol_malformed'; written: string; suggestion: string }
  /** The symbol was written with spaces or odd separators and has been rewritten ("23 -CT/TW" → "23-CT/TW"). */
  | { code: 'symbol_reformatted'; written: string; symbol: string }
  /** A date that does not exist or is out of range ("31/02/2020", "năm 201"). */
  | { code: 'invalid_date'; written: string }
  /** The type word does not match the type code of the symbol ("Nghị quyết số 1079/QĐ-TTg"). */
  | { code: 'type_code_mismatch'; type: DirectiveTypeName; typeCode: string; expectedCodes: readonly string[] }
  /** The year inside a legal normative symbol differs from the year of the date ("09/2017/NĐ-CP ngày … 2016"). */
  | { code: 'symbol_year_mismatch'; symbolYear: number; dateYear: number }
  /** The registry holds this symbol with another date. */
  | { code: 'registry_date_mismatch'; directiveId: string; registryDate: string; citedDate: string }
  /** The registry holds this symbol with another issuer. */
  | { code: 'registry_issuer_mismatch'; directiveId: string; registryIssuer: string; citedIssuer: string }
  /** The registry holds this symbol as another type ("Quyết định" vs "Quy định" 66-QĐ/TW). */
  | { code: 'registry_type_mismatch'; directiveId: string; registryType: DirectiveTypeName; citedType: DirectiveTypeName }
  /** The symbol is not in the registry, but a stored document shares its number and issuer (57-NQ/TW vs 57-KL/TW). */
  | { code: 'registry_number_collision'; directiveId: string; registrySymbol: string; citedSymbol: string };

export type CitationWarningCode = CitationWarning['code'];

export interface ParsedCitation {
  /** Vietnamese type name ("Kết luận", "Luật"), also for English citations. */
  type: DirectiveTypeName;
  /** The number as written in the symbol ("57", "09", "1079"); "" for a law cited by name only. */
  number: string;
  /** Canonical symbol ("57-KL/TW", "1079/QĐ-TTg", "09/2017/NĐ-CP", "103/2016/QH13"); "" when none was given. */
  symbol: string;
  /** ISO date "YYYY-MM-DD", or null when absent or impossible (then an `invalid_date` warning says so). */
  date: string | null;
  /** Issuer as written ("Bộ Chính trị", "Bộ trưởng Bộ Tài chính"), in its known spelling when it is a known body. */
  issuer: string | null;
  /** Committee or legislature term as a Roman numeral ("XII" from "khóa XII"). */
  term: string | null;
  /** Vietnamese subject line without "về"/"về việc" and quotes, first letter capitalised; a law's name without "Luật". */
  title: string | null;
  /** The subject line of an English citation, as written after "on". */
  titleEn: string | null;
  /** Language the citation was written in. */
  language: 'vi' | 'en';
  span: Span;
  warnings: CitationWarning[];
}

/** The fields of a directive that a citation is made from (a stored `Directive` fits). */
export type CitationDirective = Pick<Directive, 'type' | 'number' | 'symbol' | 'issueDate' | 'issuer' | 'issuerTerm' | 'title'> & {
  titleEn?: string;
};

/** The registry fields that identity checks need (a stored `Directive` fits). */
export type RegistryDirective = Pick<Directive, 'id' | 'type' | 'number' | 'symbol' | 'issueDate' | 'issuer' | 'title'>;

export const CITATION_STYLES = ['full', 'short', 'basis', 'en'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export interface ParseOptions {
  /** When given, every citation is also checked against these stored directives (registry_* warnings). */
  registry?: readonly RegistryDirective[];
}
