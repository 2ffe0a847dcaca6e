// The list side of a library screen: toolbar (search, filters, sort), the virtualised list, and the empty or failed states.
import { useDeferredValue, useEffect, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { LibraryList, type RowDescription } from './LibraryList';
import { filterLibrary, foldAhead, hasActiveLibraryFilter, sortLibrary, tagsOf, type LibraryFilter, type LibraryItem, type LibraryRow, type LibrarySort } from './libraryQuery';
import { LibraryToolbar } from './LibraryToolbar';

export interface BrowserState {
  filter: LibraryFilter;
  sort: LibrarySort;
  activeId: string | null;
}

export interface LibraryBrowserProps<T extends LibraryItem> {
  kind: 'talkingPoints' | 'qa';
  items: readonly T[] | null;
  index: ReadonlyArray<LibraryRow<T>>;
  collator: Intl.Collator;
  state: BrowserState;
  onState(changes: Partial<BrowserState>): void;
  describe(row: LibraryRow<T>): RowDescription;
  labels: { list: string; emptyTitle: string; emptyBody: string };
  loadError: unknown;
  onRetry(): void;
  onOpen(item: T): void;
  onDelete(item: T): void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** The rows shown for the state (filtered and sorted); the screen shows their count in its header. */
export function useShownRows<T extends LibraryItem>(index: ReadonlyArray<LibraryRow<T>>, state: BrowserState, collator: Intl.Collator): Array<LibraryRow<T>> {
  const filter = useDeferredValue(state.filter);
  return useMemo(() => sortLibrary(filterLibrary(index, filter), state.sort, collator), [index, filter, state.sort, collator]);
}

/** Folds the rows' search text in idle time once the list shows, so the first letter typed in the filter does not wait for it. */
function useFoldAhead(index: ReadonlyArray<LibraryRow<LibraryItem>>): void {
  useEffect(() => {
    let at = 0;
    const step = (idle: IdleDeadline) => {
      at = foldAhead(index, at, () => idle.timeRemaining() < 2);
      if (at < index.length) handle = requestIdleCallback(step);
    };
    let handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [index]);
}

export function LibraryBrowser<T extends LibraryItem>(props: LibraryBrowserProps<T>) {
  const { kind, items, index, collator, state, onState, describe, labels, loadError, onRetry, onOpen, onDelete, searchRef } = props;
  const { t } = useTranslation();
  const rows = useShownRows(index, state, collator);
  useFoldAhead(index);
  const tags = useMemo(() => tagsOf(items ?? [], collator), [items, collator]);
  const filtered = hasActiveLibraryFilter(state.filter) && (items?.length ?? 0) > 0;
  return (
    <>
      <LibraryToolbar kind={kind} filter={state.filter} onChange={(filter) => onState({ filter })} sort={state.sort} onSort={(sort) => onState({ sort })} tags={tags} searchRef={searchRef} />
      {loadError ? (
        <div className="notice notice--error" role="alert">
          <span>{t('library.loadFailed', { message: errorMessage(t, loadError) })}</span>
          <button type="button" className="button" onClick={onRetry}>
            {t('app.retry')}
          </button>
        </div>
      ) : null}
      <div className={`library-screen__list${rows.length === 0 ? ' library-screen__list--empty' : ''}`}>
        <LibraryList<T>
          rows={rows}
          label={labels.list}
          help={t('library.list.help')}
          describe={describe}
          activeId={state.activeId}
          onActiveChange={(activeId) => onState({ activeId })}
          onOpen={onOpen}
          onDelete={onDelete}
          testId={kind === 'qa' ? 'qa-list' : 'talking-point-list'}
        />
        {rows.length === 0 ? (
          <div className="empty-state empty-state--inline">
            {items === null ? (
              <p>{t('common.loading')}</p>
            ) : (
              <>
                <h2 className="empty-state__title">{filtered ? t('library.list.emptyFiltered') : labels.emptyTitle}</h2>
                <p className="empty-state__text">{filtered ? t('library.list.emptyFilteredBody') : labels.emptyBody}</p>
              </>
            )}
          </div>
        ) : null}
      </div>
    </>
  );
}
