// The talking point library screen (Thông điệp): header, filters, the virtualised list, the editor, delete with undo, the sample library.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectiveLookup } from '../../../shared/library/staleness';
import type { TalkingPoint } from '../../../shared/model/talking-point';
import { call } from '../api/client';
import { ScreenHeader } from '../app/ScreenHeader';
import { useReportReady, useScreenCommands } from '../app/shellContext';
import { currentLanguage } from '../i18n';
import { formatDate, formatNumber, localeOf } from '../i18n/format';
import { Icon } from '../ui/Icon';
import { useViewFocus } from '../ui/useViewFocus';
import { LibraryBrowser, useShownRows, type BrowserState } from './LibraryBrowser';
import { approvalBadge, type RowDescription } from './LibraryList';
import { EMPTY_LIBRARY_FILTER, indexLibrary, topicsOf, type LibraryRow } from './libraryQuery';
import { TalkingPointEditor } from '../app/lazyEditors';
import { useDeleteWithUndo } from './useDeleteWithUndo';
import { todayIso, useLibraryData } from './useLibraryData';
import { useSample } from './useSample';
import './library.css';

type View = { kind: 'list' } | { kind: 'edit'; id: string | null };

export function TalkingPointsScreen() {
  const { t } = useTranslation();
  const library = useLibraryData();
  const sample = useSample(library.reload);
  const language = currentLanguage();
  const collator = useMemo(() => new Intl.Collator(localeOf(language), { numeric: true, sensitivity: 'base' }), [language]);
  const [today] = useState(() => todayIso());
  const [view, setView] = useState<View>({ kind: 'list' });
  useViewFocus(view.kind === 'list' ? 'list' : `edit:${view.id ?? 'new'}`, '[role="listbox"]');
  const [browser, setBrowser] = useState<BrowserState>({ filter: EMPTY_LIBRARY_FILTER, sort: 'updated', activeId: null });
  const searchRef = useRef<HTMLInputElement>(null);

  const points = library.talkingPoints;
  const directiveMap: DirectiveLookup = useMemo(() => new Map((library.directives ?? []).map((d) => [d.id, d])), [library.directives]);
  const index = useMemo(() => indexLibrary(points ?? [], directiveMap, today), [points, directiveMap, today]);
  const shown = useShownRows(index, browser, collator);
  const topics = useMemo(() => topicsOf([...(points ?? []), ...(library.qaItems ?? [])], collator), [points, library.qaItems, collator]);
  const deletion = useDeleteWithUndo<TalkingPoint>({
    remove: (point) => call('talkingPoints', 'delete', { id: point.id }),
    restore: (point) => call('talkingPoints', 'undoDelete', { talkingPoint: point }),
    onRemoved: (point) => {
      library.dropTalkingPoint(point.id);
      setView({ kind: 'list' });
    },
    onRestored: (point) => {
      library.putTalkingPoint(point);
      setBrowser((state) => ({ ...state, activeId: point.id }));
    },
    texts: (point) => ({ title: t('library.tp.deleteTitle'), body: t('library.tp.deleteBody', { title: point.title }), deleted: t('library.tp.deleted', { title: point.title }) }),
  });

  useReportReady(points !== null || library.loadError !== null);
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

  const describe = (row: LibraryRow<TalkingPoint>): RowDescription => {
    const point = row.item;
    const badges = [approvalBadge(t, point)];
    if (row.stale) badges.push({ label: t('library.status.stale'), tone: 'danger' });
    if (!row.hasEnglish) badges.push({ label: t('library.status.noEnglish'), tone: 'info' });
    return {
      badges,
      details: [
        point.topic,
        point.houseRole === 'none' ? '' : t(`library.houseRole.${point.houseRole}`),
        t(`library.audience.${point.audience}`),
        t('library.tp.proofCount', { count: point.proofPoints.length }),
        point.tags.join(', '),
        point.reviewBy ? t('library.list.reviewBy', { date: formatDate(point.reviewBy, language) }) : '',
      ],
    };
  };

  const editing = view.kind === 'edit' && view.id ? (points?.find((p) => p.id === view.id) ?? null) : null;
  const editingRow = editing ? (index.find((row) => row.item.id === editing.id) ?? null) : null;

  return (
    <>
      <ScreenHeader title={t('nav.talkingPoints')} description={t('screens.talkingPoints')}>
        {view.kind === 'list' ? (
          <>
            <span className="directive-count" role="status" data-testid="library-count">
              {points ? t('library.list.count', { shown: formatNumber(shown.length, language), total: formatNumber(points.length, language) }) : ''}
            </span>
            {sample.available ? (
              <button type="button" className="button" onClick={sample.load} disabled={sample.busy} data-testid="load-sample">
                {t('library.sample.load')}
              </button>
            ) : null}
            <button type="button" className="button button--primary" onClick={() => setView({ kind: 'edit', id: null })} aria-keyshortcuts="Control+N" disabled={points === null} data-testid="new-talking-point">
              <Icon name="plus" size={16} />
              <span>{t('library.tp.newButton')}</span>
            </button>
          </>
        ) : null}
      </ScreenHeader>
      <div className={`screen-body library-screen${view.kind === 'list' ? ' library-screen--list' : ''}`}>
        {view.kind === 'edit' && library.directives ? (
          <TalkingPointEditor
            key={view.id ?? 'new'}
            point={editing}
            row={editingRow}
            library={library}
            topics={topics}
            today={today}
            onSaved={(saved) => {
              library.putTalkingPoint(saved);
              setBrowser((state) => ({ ...state, activeId: saved.id }));
              if (view.id === null) setView({ kind: 'edit', id: saved.id });
            }}
            onDelete={deletion.ask}
            onBack={() => setView({ kind: 'list' })}
          />
        ) : (
          <LibraryBrowser<TalkingPoint>
            kind="talkingPoints"
            items={points}
            index={index}
            collator={collator}
            state={browser}
            onState={(changes) => setBrowser((state) => ({ ...state, ...changes }))}
            describe={describe}
            labels={{ list: t('library.tp.listLabel'), emptyTitle: t('library.tp.emptyTitle'), emptyBody: t('library.tp.emptyBody') }}
            loadError={library.loadError}
            onRetry={library.reload}
            onOpen={(point) => setView({ kind: 'edit', id: point.id })}
            onDelete={deletion.ask}
            searchRef={searchRef}
          />
        )}
      </div>
      {deletion.dialog}
    </>
  );
}
