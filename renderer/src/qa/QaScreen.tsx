// The Q&A bank screen (Hỏi đáp): the list with filters and the editor, and the message house of each topic.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectiveLookup } from '../../../shared/library/staleness';
import type { QAItem } from '../../../shared/model/qa-item';
import { call } from '../api/client';
import { ScreenHeader } from '../app/ScreenHeader';
import { useReportReady, useScreenCommands } from '../app/shellContext';
import { currentLanguage } from '../i18n';
import { formatDate, formatNumber, localeOf } from '../i18n/format';
import { LibraryBrowser, useShownRows, type BrowserState } from '../talking-points/LibraryBrowser';
import { approvalBadge, type RowDescription } from '../talking-points/LibraryList';
import { EMPTY_LIBRARY_FILTER, indexLibrary, topicsOf, type LibraryRow } from '../talking-points/libraryQuery';
import { useDeleteWithUndo } from '../talking-points/useDeleteWithUndo';
import { todayIso, useLibraryData } from '../talking-points/useLibraryData';
import { useSample } from '../talking-points/useSample';
import { Icon } from '../ui/Icon';
import { useViewFocus } from '../ui/useViewFocus';
import { MessageHousePanel } from './MessageHousePanel';
import { QaEditor } from '../app/lazyEditors';
import '../talking-points/library.css';
import './qa.css';

type View = { kind: 'list' } | { kind: 'house' } | { kind: 'edit'; id: string | null };

export function QaScreen() {
  const { t } = useTranslation();
  const library = useLibraryData();
  const sample = useSample(library.reload);
  const language = currentLanguage();
  const collator = useMemo(() => new Intl.Collator(localeOf(language), { numeric: true, sensitivity: 'base' }), [language]);
  const [today] = useState(() => todayIso());
  const [view, setView] = useState<View>({ kind: 'list' });
  useViewFocus(view.kind === 'edit' ? `edit:${view.id ?? 'new'}` : view.kind, '[role="listbox"]');
  const [browser, setBrowser] = useState<BrowserState>({ filter: EMPTY_LIBRARY_FILTER, sort: 'updated', activeId: null });
  const searchRef = useRef<HTMLInputElement>(null);

  const items = library.qaItems;
  const directiveMap: DirectiveLookup = useMemo(() => new Map((library.directives ?? []).map((d) => [d.id, d])), [library.directives]);
  const index = useMemo(() => indexLibrary(items ?? [], directiveMap, today), [items, directiveMap, today]);
  const shown = useShownRows(index, browser, collator);
  const topics = useMemo(() => topicsOf([...(library.talkingPoints ?? []), ...(items ?? [])], collator), [library.talkingPoints, items, collator]);
  const deletion = useDeleteWithUndo<QAItem>({
    remove: (item) => call('qa', 'delete', { id: item.id }),
    restore: (item) => call('qa', 'undoDelete', { qaItem: item }),
    onRemoved: (item) => {
      library.dropQa(item.id);
      setView({ kind: 'list' });
    },
    onRestored: (item) => {
      library.putQa(item);
      setBrowser((state) => ({ ...state, activeId: item.id }));
    },
    texts: (item) => ({ title: t('library.qa.deleteTitle'), body: t('library.qa.deleteBody', { title: item.question }), deleted: t('library.qa.deleted', { title: item.question }) }),
  });

  useReportReady(items !== null || library.loadError !== null);
  useScreenCommands({
    // Only from the list: in an editor, Ctrl+N would drop unsaved edits.
    newItem: () => {
      if (view.kind !== 'edit') setView({ kind: 'edit', id: null });
    },
    find: () => {
      if (view.kind !== 'list') return;
      searchRef.current?.focus();
      searchRef.current?.select();
    },
  });

  const describe = (row: LibraryRow<QAItem>): RowDescription => {
    const item = row.item;
    const badges = [approvalBadge(t, item)];
    if (item.kind === 'rebuttal') badges.unshift({ label: t('library.qa.rebuttalBadge'), tone: 'info' });
    if (item.sensitivity === 'sensitive') badges.unshift({ label: t('library.sensitivity.sensitive'), tone: 'warning' });
    if (row.stale) badges.push({ label: t('library.status.stale'), tone: 'danger' });
    return {
      badges,
      details: [
        item.outlet,
        item.topic,
        t(`library.audience.${item.audience}`),
        item.bridgingLines.length > 0 ? t('library.qa.bridgingCount', { count: item.bridgingLines.length }) : '',
        item.tags.join(', '),
        item.reviewBy ? t('library.list.reviewBy', { date: formatDate(item.reviewBy, language) }) : '',
      ],
    };
  };

  const editing = view.kind === 'edit' && view.id ? (items?.find((q) => q.id === view.id) ?? null) : null;
  const editingRow = editing ? (index.find((row) => row.item.id === editing.id) ?? null) : null;

  return (
    <>
      <ScreenHeader title={t('nav.qa')} description={t('screens.qa')}>
        {view.kind !== 'edit' ? (
          <>
            <div className="segmented" role="tablist" aria-label={t('library.qa.views')}>
              {(['list', 'house'] as const).map((kind) => (
                <button key={kind} type="button" role="tab" aria-selected={view.kind === kind} className={`segmented__item${view.kind === kind ? ' segmented__item--on' : ''}`} onClick={() => setView({ kind })} data-testid={`qa-view-${kind}`}>
                  {t(`library.qa.view.${kind}`)}
                </button>
              ))}
            </div>
            {view.kind === 'list' ? (
              <span className="directive-count" role="status" data-testid="library-count">
                {items ? t('library.list.count', { shown: formatNumber(shown.length, language), total: formatNumber(items.length, language) }) : ''}
              </span>
            ) : null}
            {sample.available ? (
              <button type="button" className="button" onClick={sample.load} disabled={sample.busy} data-testid="load-sample">
                {t('library.sample.load')}
              </button>
            ) : null}
            <button type="button" className="button button--primary" onClick={() => setView({ kind: 'edit', id: null })} aria-keyshortcuts="Control+N" disabled={items === null} data-testid="new-qa">
              <Icon name="plus" size={16} />
              <span>{t('library.qa.newButton')}</span>
            </button>
          </>
        ) : null}
      </ScreenHeader>
      <div className={`screen-body library-screen${view.kind === 'list' ? ' library-screen--list' : ''}`}>
        {view.kind === 'edit' && library.directives ? (
          <QaEditor
            key={view.id ?? 'new'}
            item={editing}
            row={editingRow}
            library={library}
            topics={topics}
            today={today}
            onSaved={(saved) => {
              library.putQa(saved);
              setBrowser((state) => ({ ...state, activeId: saved.id }));
              if (view.id === null) setView({ kind: 'edit', id: saved.id });
            }}
            onDelete={deletion.ask}
            onBack={() => setView({ kind: 'list' })}
          />
        ) : view.kind === 'house' ? (
          <div className="library-screen__house" role="tabpanel">
            <MessageHousePanel topics={topics} talkingPoints={library.talkingPoints ?? []} qaItems={items ?? []} />
          </div>
        ) : (
          <LibraryBrowser<QAItem>
            kind="qa"
            items={items}
            index={index}
            collator={collator}
            state={browser}
            onState={(changes) => setBrowser((state) => ({ ...state, ...changes }))}
            describe={describe}
            labels={{ list: t('library.qa.listLabel'), emptyTitle: t('library.qa.emptyTitle'), emptyBody: t('library.qa.emptyBody') }}
            loadError={library.loadError}
            onRetry={library.reload}
            onOpen={(item) => setView({ kind: 'edit', id: item.id })}
            onDelete={deletion.ask}
            searchRef={searchRef}
          />
        )}
      </div>
      {deletion.dialog}
    </>
  );
}
