// The directive library screen: header with "new", filters, the virtualised list, the form, delete with undo.
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directive, DirectiveFieldsInput } from '../../../shared/model/directive';
import { errorMessage } from '../api/errors';
import { formatNumber } from '../i18n/format';
import { ScreenHeader } from '../app/ScreenHeader';
import { useReportReady, useScreenCommands } from '../app/shellContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/Toasts';
import { DirectiveFormDialog } from './DirectiveFormDialog';
import { DirectiveGrid } from './DirectiveGrid';
import { DirectiveToolbar } from './DirectiveToolbar';
import { useDirectiveLabels } from './labels';
import {
  DEFAULT_SORT,
  EMPTY_FILTER,
  directiveFacets,
  filterDirectives,
  hasActiveFilter,
  indexDirectives,
  sortDirectives,
  type DirectiveSort,
  type SortKey,
} from './query';
import { useDirectiveLibrary } from './useDirectiveLibrary';

type FormState = { mode: 'create' } | { mode: 'edit'; directive: Directive } | null;

export function DirectivesScreen() {
  const { t } = useTranslation();
  const library = useDirectiveLibrary();
  const labels = useDirectiveLabels();
  const toasts = useToasts();
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const [sort, setSort] = useState<DirectiveSort>(DEFAULT_SORT);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const [pendingDelete, setPendingDelete] = useState<Directive | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);

  const all = library.directives;
  const index = useMemo(() => indexDirectives(all ?? []), [all]);
  const facets = useMemo(() => directiveFacets(index, labels.collator), [index, labels.collator]);
  const rows = useMemo(
    () => sortDirectives(filterDirectives(index, deferredFilter), sort, { collator: labels.collator, typeLabel: labels.typeLabel }),
    [index, deferredFilter, sort, labels],
  );

  useReportReady(all !== null || library.loadError !== null);
  useScreenCommands({
    newItem: () => setForm({ mode: 'create' }),
    find: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
  });

  const onSort = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'issueDate' ? 'descending' : 'ascending' },
    );

  const submit = async (fields: DirectiveFieldsInput) => {
    const saved = form?.mode === 'edit' ? await library.update(form.directive, fields) : await library.create(fields);
    setActiveId(saved.id);
    toasts.notify({ message: t(form?.mode === 'edit' ? 'directives.updated' : 'directives.created', { name: labels.nameOf(saved) }), tone: 'success' });
    return saved;
  };

  const confirmDelete = async (directive: Directive) => {
    const position = rows.findIndex((row) => row.id === directive.id);
    try {
      const deleted = await library.remove(directive);
      const neighbour = rows[position + 1] ?? rows[position - 1];
      setActiveId(neighbour && neighbour.id !== deleted.id ? neighbour.id : null);
      setPendingDelete(null);
      setForm(null);
      toasts.notify({
        message: t('directives.deleted', { name: labels.nameOf(deleted) }),
        action: { label: t('common.undo'), run: () => void undo(deleted) },
      });
    } catch (error) {
      setPendingDelete(null);
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    }
  };

  const undo = async (deleted: Directive) => {
    try {
      const restored = await library.undoRemove(deleted);
      setActiveId(restored.id);
      toasts.notify({ message: t('directives.restored', { name: labels.nameOf(restored) }), tone: 'success' });
    } catch (error) {
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    }
  };

  return (
    <>
      <ScreenHeader title={t('nav.directives')} description={t('screens.directives')}>
        <DirectiveCount shown={rows.length} total={all?.length ?? null} language={labels.language} />
        <button
          ref={newButtonRef}
          type="button"
          className="button button--primary"
          onClick={() => setForm({ mode: 'create' })}
          aria-keyshortcuts="Control+N"
          disabled={all === null}
        >
          <Icon name="plus" size={16} />
          <span>{t('directives.newButton')}</span>
        </button>
      </ScreenHeader>
      <div className="screen-body directives">
        <DirectiveToolbar
          filter={filter}
          onChange={setFilter}
          facets={facets}
          labels={labels}
          searchRef={searchRef}
        />
        {library.loadError ? (
          <div className="notice notice--error" role="alert">
            <span>{t('directives.loadFailed', { message: errorMessage(t, library.loadError) })}</span>
            <button type="button" className="button" onClick={library.reload}>
              {t('app.retry')}
            </button>
          </div>
        ) : null}
        <div className={`directives__list${rows.length === 0 ? ' directives__list--empty' : ''}`}>
          <DirectiveGrid
            rows={rows}
            sort={sort}
            onSort={onSort}
            activeId={activeId}
            onActiveChange={setActiveId}
            onOpen={(directive) => setForm({ mode: 'edit', directive })}
            onDelete={setPendingDelete}
            labels={labels}
            gridRef={gridRef}
          />
          {rows.length === 0 ? <EmptyList loading={all === null && !library.loadError} filtered={all !== null && all.length > 0 && hasActiveFilter(filter)} /> : null}
        </div>
      </div>
      {form ? (
        <DirectiveFormDialog
          key={form.mode === 'edit' ? form.directive.id : 'new'}
          directive={form.mode === 'edit' ? form.directive : null}
          directives={all ?? []}
          labels={labels}
          onSubmit={submit}
          onDelete={setPendingDelete}
          onClose={() => setForm(null)}
          fallbackFocus={() => gridRef.current ?? newButtonRef.current}
        />
      ) : null}
      {pendingDelete ? (
        <ConfirmDialog
          title={t('directives.deleteTitle')}
          body={t('directives.deleteBody', { name: labels.nameOf(pendingDelete) })}
          confirmLabel={t('directives.deleteConfirm')}
          onCancel={() => setPendingDelete(null)}
          onConfirm={() => void confirmDelete(pendingDelete)}
        />
      ) : null}
    </>
  );
}

function DirectiveCount({ shown, total, language }: { shown: number; total: number | null; language: 'vi' | 'en' }) {
  const { t } = useTranslation();
  let text = '';
  if (total !== null) {
    text =
      shown === total
        ? t('directives.countAll', { total: formatNumber(total, language) })
        : t('directives.count', { shown: formatNumber(shown, language), total: formatNumber(total, language) });
  }
  return (
    <span className="directive-count" role="status" data-testid="directive-count">
      {text}
    </span>
  );
}

function EmptyList({ loading, filtered }: { loading: boolean; filtered: boolean }) {
  const { t } = useTranslation();
  if (loading) return <p className="empty-state empty-state--inline">{t('common.loading')}</p>;
  return (
    <div className="empty-state empty-state--inline">
      <h2 className="empty-state__title">{filtered ? t('directives.emptyFilteredTitle') : t('directives.emptyLibraryTitle')}</h2>
      <p className="empty-state__text">{filtered ? t('directives.emptyFilteredBody') : t('directives.emptyLibraryBody')}</p>
    </div>
  );
}
