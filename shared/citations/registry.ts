// Checks a citation against the stored directives: same symbol with another date, issuer or type; shared numbers.
import { sameIssuer } from '../directives/issuers.js';
import { foldVietnamese } from '../text/normalize.js';
import { parseSymbol } from './symbols.js';
import type { CitationWarning, ParsedCitation, RegistryDirective } from './types.js';

export type CheckedCitation = Pick<ParsedCitation, 'type' | 'symbol' | 'date' | 'issuer' | 'title'>;

function symbolKey(symbol: string): string {
  return symbol.normalize('NFC').toUpperCase();
}

/** Number, year and issuer part of a symbol without its type code: 57-KL/TW and 57-NQ/TW share "57||TW". */
function numberKey(symbol: string): string | null {
  const parsed = parseSymbol(symbol);
  if (!parsed) return null;
  const afterNumber = parsed.symbol.slice(parsed.number.length);
  const withoutYear = parsed.year === null ? afterNumber : afterNumber.replace(`/${parsed.year}`, '');
  const withoutCode = parsed.typeCode === null ? withoutYear : withoutYear.replace(parsed.typeCode, '');
  return `${parsed.number.replace(/^0+/, '')}|${parsed.year ?? ''}|${withoutCode.replace(/^[-/]+/, '').toUpperCase()}`;
}

function mismatches(citation: CheckedCitation, entry: RegistryDirective): CitationWarning[] {
  const warnings: CitationWarning[] = [];
  if (entry.type !== citation.type) {
    warnings.push({ code: 'registry_type_mismatch', directiveId: entry.id, registryType: entry.type, citedType: citation.type });
  }
  if (citation.date && entry.issueDate && citation.date !== entry.issueDate) {
    warnings.push({ code: 'registry_date_mismatch', directiveId: entry.id, registryDate: entry.issueDate, citedDate: citation.date });
  }
  if (citation.issuer && entry.issuer && !sameIssuer(citation.issuer, entry.issuer)) {
    warnings.push({ code: 'registry_issuer_mismatch', directiveId: entry.id, registryIssuer: entry.issuer, citedIssuer: citation.issuer });
  }
  return warnings;
}

/** The warnings of the closest stored directive; none when one matches in every field the citation gives. */
function closest(citation: CheckedCitation, candidates: readonly RegistryDirective[]): CitationWarning[] {
  let best: CitationWarning[] | null = null;
  for (const entry of candidates) {
    const found = mismatches(citation, entry);
    if (found.length === 0) return [];
    if (best === null || found.length < best.length) best = found;
  }
  return best ?? [];
}

/**
 * Registry warnings for one citation: the same symbol (or, for a law cited by name, the same name) stored with another
 * date, issuer or type; or a symbol that is not stored while another document with its number and issuer is.
 */
export function checkAgainstRegistry(citation: CheckedCitation, registry: readonly RegistryDirective[]): CitationWarning[] {
  if (citation.symbol === '') {
    if (!citation.title) return [];
    const title = foldVietnamese(citation.title);
    const sameName = registry.filter((d) => d.type === citation.type && foldVietnamese(d.title) === title);
    return closest(citation, sameName);
  }
  const key = symbolKey(citation.symbol);
  const sameSymbol = registry.filter((d) => d.symbol !== '' && symbolKey(d.symbol) === key);
  if (sameSymbol.length > 0) return closest(citation, sameSymbol);
  const number = numberKey(citation.symbol);
  if (number === null) return [];
  return registry
    .filter((d) => d.symbol !== '' && numberKey(d.symbol) === number)
    .map((d): CitationWarning => ({ code: 'registry_number_collision', directiveId: d.id, registrySymbol: d.symbol, citedSymbol: citation.symbol }));
}
