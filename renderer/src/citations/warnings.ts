// Citation warnings in words: each code has its message (citations.warning.<code>), dates and stored directives named as people read them.
import type { TFunction } from 'i18next';
import type { CitationWarning } from '../../../shared/citations/index';
import type { Directive } from '../../../shared/model/directive';
import type { Language } from '../../../shared/model/common';
import { formatDate } from '../i18n/format';
import { citedName } from './names';

/** The stored directive a registry warning points at, named as the UI names it ("Kết luận số 57-KL/TW"). */
function storedName(id: string, library: ReadonlyMap<string, Directive>): string {
  const directive = library.get(id);
  return directive ? citedName(directive) : id;
}

export function warningMessage(t: TFunction, warning: CitationWarning, library: ReadonlyMap<string, Directive>, language: Language): string {
  switch (warning.code) {
    case 'party_symbol_malformed':
      return t('citations.warning.party_symbol_malformed', { written: warning.written, suggestion: warning.suggestion });
    case 'symbol_reformatted':
      return t('citations.warning.symbol_reformatted', { written: warning.written, symbol: warning.symbol });
    case 'invalid_date':
      return t('citations.warning.invalid_date', { written: warning.written });
    case 'type_code_mismatch':
      return t('citations.warning.type_code_mismatch', {
        type: warning.type,
        typeCode: warning.typeCode,
        expected: warning.expectedCodes.length > 0 ? warning.expectedCodes.join(', ') : t('citations.noCode'),
      });
    case 'symbol_year_mismatch':
      return t('citations.warning.symbol_year_mismatch', { symbolYear: String(warning.symbolYear), dateYear: String(warning.dateYear) });
    case 'registry_date_mismatch':
      return t('citations.warning.registry_date_mismatch', {
        name: storedName(warning.directiveId, library),
        registryDate: formatDate(warning.registryDate, language),
        citedDate: formatDate(warning.citedDate, language),
      });
    case 'registry_issuer_mismatch':
      return t('citations.warning.registry_issuer_mismatch', {
        name: storedName(warning.directiveId, library),
        registryIssuer: warning.registryIssuer,
        citedIssuer: warning.citedIssuer,
      });
    case 'registry_type_mismatch':
      return t('citations.warning.registry_type_mismatch', { name: storedName(warning.directiveId, library), citedType: warning.citedType });
    case 'registry_number_collision':
      return t('citations.warning.registry_number_collision', {
        name: storedName(warning.directiveId, library),
        registrySymbol: warning.registrySymbol,
        citedSymbol: warning.citedSymbol,
      });
  }
}
