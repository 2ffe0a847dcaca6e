// The directive library screen: the list (filters, virtualised grid, paste citations, starter registry) or one directive's detail, the form, delete with undo.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directive, DirectiveFieldsInput } from '../../../shared/model/directive';
import { errorMessage } from '../api/errors';
import { ScreenHeader } from '../app/ScreenHeader';
import { useReportReady, useScreenCommands } from '../app/shellContext';
import { PasteCitationsDialog } from '../citations/PasteCitationsDialog';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/Toasts';
import { DirectiveDetail } from './detail/DirectiveDetail';
import { DirectiveFormDialog } from './DirectiveFormDialog';
import { DirectiveGrid } from './DirectiveGrid';
import { DirectiveToolbar } from './DirectiveToolbar';
import { useDirectiveLabels } from './labels';
import { DirectiveCount, EmptyList } from './LibraryStates';
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
import { useItemRoute } from '../app/itemRoute';
import { usePointOutMatches } from '../search/pointOut';
import { useDirectiveLibrary } from './useDirectiveLibrary';
import './directive-detail.css';

type FormState = { mode: 'create' } | { mode: 'edit'; directive: Directive } | null;

function isModalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

export function DirectivesScreen() {
  const { t } = useTranslation();
  const library = useDirectiveLibrary();
  const labels = useDirectiveLabels();
  const toasts = useToasts();
  const route = useItemRoute('directives');
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const [sort, setSort] = useState<DirectiveSort>(DEFAULT_SORT);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const [pasting, setPasting] = useState(false);
  const [pendingDelete, setPendingDelete] = useState<Directive | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const focusSearchOnList = useRef(false);

  const all = library.directives;
  const index = useMemo(() => indexDirectives(all ?? []), [all]);
  const facets = useMemo(() => directiveFacets(index, labels.collator), [index, labels.collator]);
  const rows = useMemo(
    () => sortDirectives(filterDirectives(index, deferredFilter), sort, { collator: labels.collator, typeLabel: labels.typeLabel }),
    [index, deferredFilter, sort, labels],
  );
  const detailOpen = route.openId !== null;
  usePointOutMatches(route.focus, detailOpen && all !== null, '.screen-body.detail');

  useReportReady(all !== null || library.loadError !== null);
  useScreenCommands({
    newItem: () => setForm({ mode: 'create' }),
    find: () => {
      if (detailOpen) {
        focusSearchOnList.current = true;
        route.backToList();
        return;
      }
      searchRef.current?.focus();
      searchRef.current?.select();
    },
  });

  // Opening a directive reads from the top of its page; coming back puts the keyboard where it was in the list.
  const shownId = useRef(route.openId);
  useEffect(() => {
    if (shownId.current === route.openId) return;
    shownId.current = route.openId;
    if (route.openId !== null) {
      document.getElementById('main')?.focus();
    } else if (focusSearchOnList.current) {
      focusSearchOnList.current = false;
      searchRef.current?.focus();
      searchRef.current?.select();
    } else {
      gridRef.current?.focus();
    }
  }, [route.openId]);

  useEffect(() => {
    if (!detailOpen) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isModalOpen()) return;
      event.preventDefault();
      route.backToList();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [detailOpen, route]);

  const onSort = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'issueDate' ? 'descending' : 'ascending' },
    );

  const open = (directive: Directive) => {
    setActiveId(directive.id);
    route.open(directive.id);
  };

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
      if (route.openId === deleted.id) route.backToList();
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
      {detailOpen ? (
        all === null ? (
          <p className="empty-state empty-state--inline">{library.loadError ? errorMessage(t, library.loadError) : t('common.loading')}</p>
        ) : (
          <DirectiveDetail
            directive={all.find((d) => d.id === route.openId) ?? null}
            all={all}
            labels={labels}
            library={library}
            onBack={route.backToList}
            onEdit={(directive) => setForm({ mode: 'edit', directive })}
          />
        )
      ) : (
        <>
          <ScreenHeader title={t('nav.directives')} description={t('screens.directives')}>
            <DirectiveCount shown={rows.length} total={all?.length ?? null} language={labels.language} />
            <button type="button" className="button" onClick={() => setPasting(true)} disabled={all === null}>
              <Icon name="paste" size={16} />
              <span>{t('pasteCitations.button')}</span>
            </button>
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
            <DirectiveToolbar filter={filter} onChange={setFilter} facets={facets} labels={labels} searchRef={searchRef} />
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
                onOpen={open}
                onDelete={setPendingDelete}
                labels={labels}
                gridRef={gridRef}
              />
              {rows.length === 0 ? (
                <EmptyList
                  loading={all === null && !library.loadError}
                  filtered={all !== null && all.length > 0 && hasActiveFilter(filter)}
                  importStarter={library.importStarter}
                />
              ) : null}
            </div>
          </div>
        </>
      )}
      {form ? (
        <DirectiveFormDialog
          key={form.mode === 'edit' ? form.directive.id : 'new'}
          directive={form.mode === 'edit' ? form.directive : null}
          directives={all ?? []}
          labels={labels}
          onSubmit={submit}
          onDelete={setPendingDelete}
          onClose={() => setForm(null)}
          fallbackFocus={() => gridRef.current ?? newButtonRef.current ?? document.getElementById('main')}
        />
      ) : null}
      {pasting ? (
        <PasteCitationsDialog
          library={all ?? []}
          labels={labels}
          upsertMany={library.upsertMany}
          onSaved={(saved) => {
            const first = saved[0];
            if (first) setActiveId(first.id);
          }}
          onClose={() => setPasting(false)}
          fallbackFocus={() => gridRef.current}
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
