// Search box, filter menus (type, issuer, year, status) and the "shown / total" count above the directive list.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { directiveStatusSchema, type DirectiveStatus } from '../../../shared/model/directive';
import { FilterSelect, ToolbarSearch } from '../ui/FilterToolbar';
import type { DirectiveLabels } from './labels';
import { EMPTY_FILTER, NO_ISSUER, NO_YEAR, hasActiveFilter, type DirectiveFacets, type DirectiveFilter } from './query';

interface DirectiveToolbarProps {
  filter: DirectiveFilter;
  onChange: (filter: DirectiveFilter) => void;
  facets: DirectiveFacets;
  labels: DirectiveLabels;
  searchRef: RefObject<HTMLInputElement | null>;
}

function isStatus(value: string): value is DirectiveStatus {
  return directiveStatusSchema.safeParse(value).success;
}

export function DirectiveToolbar({ filter, onChange, facets, labels, searchRef }: DirectiveToolbarProps) {
  const { t } = useTranslation();
  const set = (changes: Partial<DirectiveFilter>) => onChange({ ...filter, ...changes });
  const active = hasActiveFilter(filter);
  return (
    <div className="toolbar" role="search" aria-label={t('directives.filtersLabel')}>
      <ToolbarSearch
        id="directive-search"
        label={t('directives.searchLabel')}
        placeholder={t('directives.searchPlaceholder')}
        value={filter.text}
        onChange={(text) => set({ text })}
        searchRef={searchRef}
      />
      <FilterSelect id="filter-type" label={t('directives.filterType')} value={filter.type} onChange={(type) => set({ type })}>
        <option value="">{t('directives.allTypes')}</option>
        {facets.types.map((type) => (
          <option key={type} value={type}>
            {labels.typeLabel(type)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="filter-issuer" label={t('directives.filterIssuer')} value={filter.issuer} onChange={(issuer) => set({ issuer })} wide>
        <option value="">{t('directives.allIssuers')}</option>
        {facets.issuers.map((issuer) => (
          <option key={issuer} value={issuer}>
            {issuer}
          </option>
        ))}
        {facets.hasNoIssuer ? <option value={NO_ISSUER}>{t('directives.noIssuer')}</option> : null}
      </FilterSelect>
      <FilterSelect id="filter-year" label={t('directives.filterYear')} value={filter.year} onChange={(year) => set({ year })}>
        <option value="">{t('directives.allYears')}</option>
        {facets.years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
        {facets.hasUndated ? <option value={NO_YEAR}>{t('directives.noYear')}</option> : null}
      </FilterSelect>
      <FilterSelect
        id="filter-status"
        label={t('directives.filterStatus')}
        value={filter.status}
        onChange={(status) => set({ status: isStatus(status) ? status : '' })}
      >
        <option value="">{t('directives.allStatuses')}</option>
        {directiveStatusSchema.options.map((status) => (
          <option key={status} value={status}>
            {t(`directives.status.${status}`)}
          </option>
        ))}
      </FilterSelect>
      <button type="button" className="button button--quiet toolbar__clear" disabled={!active} onClick={() => onChange(EMPTY_FILTER)}>
        {t('directives.clearFilters')}
      </button>
    </div>
  );
}
