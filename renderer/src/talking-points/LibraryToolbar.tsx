// Search box, filter menus (tag, audience, status, stale, language; kind and sensitivity for Q&A) and the sort order above a library list.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { audienceSchema } from '../../../shared/model/common';
import { FilterSelect, ToolbarSearch } from '../ui/FilterToolbar';
import { EMPTY_LIBRARY_FILTER, LIBRARY_SORTS, hasActiveLibraryFilter, type LibraryFilter, type LibrarySort } from './libraryQuery';

interface LibraryToolbarProps {
  kind: 'talkingPoints' | 'qa';
  filter: LibraryFilter;
  onChange(filter: LibraryFilter): void;
  sort: LibrarySort;
  onSort(sort: LibrarySort): void;
  tags: readonly string[];
  searchRef: RefObject<HTMLInputElement | null>;
}

function pick<T extends string>(options: readonly T[], value: string): T | '' {
  return options.find((option) => option === value) ?? '';
}

export function LibraryToolbar({ kind, filter, onChange, sort, onSort, tags, searchRef }: LibraryToolbarProps) {
  const { t } = useTranslation();
  const set = (changes: Partial<LibraryFilter>) => onChange({ ...filter, ...changes });
  const searchId = `${kind}-search`;
  return (
    <div className="toolbar" role="search" aria-label={t('library.filter.label')}>
      <ToolbarSearch
        id={searchId}
        label={t('library.filter.search')}
        placeholder={t(kind === 'qa' ? 'library.filter.searchPlaceholderQa' : 'library.filter.searchPlaceholder')}
        value={filter.text}
        onChange={(text) => set({ text })}
        searchRef={searchRef}
      />
      <FilterSelect id={`${kind}-tag`} label={t('library.filter.tag')} value={filter.tag} onChange={(tag) => set({ tag })}>
        <option value="">{t('library.filter.allTags')}</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id={`${kind}-audience`} label={t('library.filter.audience')} value={filter.audience} onChange={(value) => set({ audience: pick(audienceSchema.options, value) })}>
        <option value="">{t('library.filter.allAudiences')}</option>
        {audienceSchema.options.map((audience) => (
          <option key={audience} value={audience}>
            {t(`library.audience.${audience}`)}
          </option>
        ))}
      </FilterSelect>
      {kind === 'qa' ? (
        <>
          <FilterSelect id="qa-kind" label={t('library.filter.kind')} value={filter.kind} onChange={(value) => set({ kind: pick(['question', 'rebuttal'] as const, value) })}>
            <option value="">{t('library.filter.allKinds')}</option>
            <option value="question">{t('library.qaKind.question')}</option>
            <option value="rebuttal">{t('library.qaKind.rebuttal')}</option>
          </FilterSelect>
          <FilterSelect id="qa-sensitivity" label={t('library.filter.sensitivity')} value={filter.sensitivity} onChange={(value) => set({ sensitivity: pick(['routine', 'sensitive'] as const, value) })}>
            <option value="">{t('library.filter.allSensitivities')}</option>
            <option value="routine">{t('library.sensitivity.routine')}</option>
            <option value="sensitive">{t('library.sensitivity.sensitive')}</option>
          </FilterSelect>
        </>
      ) : null}
      <FilterSelect id={`${kind}-status`} label={t('library.filter.status')} value={filter.status} onChange={(value) => set({ status: pick(['approved', 'pending'] as const, value) })}>
        <option value="">{t('library.filter.allStatuses')}</option>
        <option value="approved">{t('library.filter.approved')}</option>
        <option value="pending">{t('library.filter.pending')}</option>
      </FilterSelect>
      <FilterSelect id={`${kind}-stale`} label={t('library.filter.stale')} value={filter.stale} onChange={(value) => set({ stale: pick(['stale', 'current'] as const, value) })}>
        <option value="">{t('library.filter.anyStale')}</option>
        <option value="stale">{t('library.filter.staleOnly')}</option>
        <option value="current">{t('library.filter.currentOnly')}</option>
      </FilterSelect>
      <FilterSelect id={`${kind}-language`} label={t('library.filter.language')} value={filter.language} onChange={(value) => set({ language: pick(['missingEn', 'hasEn'] as const, value) })}>
        <option value="">{t('library.filter.anyLanguage')}</option>
        <option value="missingEn">{t('library.filter.missingEn')}</option>
        <option value="hasEn">{t('library.filter.hasEn')}</option>
      </FilterSelect>
      <FilterSelect id={`${kind}-sort`} label={t('library.sort.label')} value={sort} onChange={(value) => onSort(pick(LIBRARY_SORTS, value) || 'updated')} plain>
        {LIBRARY_SORTS.map((key) => (
          <option key={key} value={key}>
            {t(`library.sort.${key}`)}
          </option>
        ))}
      </FilterSelect>
      <button type="button" className="button button--quiet toolbar__clear" disabled={!hasActiveLibraryFilter(filter)} onClick={() => onChange(EMPTY_LIBRARY_FILTER)}>
        {t('library.filter.clear')}
      </button>
    </div>
  );
}
