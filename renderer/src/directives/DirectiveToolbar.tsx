// Search box, filter menus (type, issuer, year, status) and the "shown / total" count above the directive list.
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { directiveStatusSchema, type DirectiveStatus } from '../../../shared/model/directive';
import { Icon } from '../ui/Icon';
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
      <div className="toolbar__search">
        <label className="toolbar__label" htmlFor="directive-search">
          {t('directives.searchLabel')}
        </label>
        <span className="toolbar__search-icon">
          <Icon name="search" size={16} />
        </span>
        <input
          ref={searchRef}
          id="directive-search"
          type="search"
          className="input input--search"
          placeholder={t('directives.searchPlaceholder')}
          value={filter.text}
          onChange={(event) => set({ text: event.target.value })}
          aria-keyshortcuts="Control+F"
          autoComplete="off"
          spellCheck={false}
        />
      </div>
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

interface FilterSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  wide?: boolean;
}

function FilterSelect({ id, label, value, onChange, children, wide = false }: FilterSelectProps) {
  return (
    <div className={`toolbar__filter${wide ? ' toolbar__filter--wide' : ''}`}>
      <label className="toolbar__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className={`select${value ? ' select--active' : ''}`} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}
