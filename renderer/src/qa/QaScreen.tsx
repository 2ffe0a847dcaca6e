// The Q&A bank screen (Hỏi đáp): the list with filters and the editor, and the message house of each topic.
import { useTranslation } from 'react-i18next';
import type { QAItem } from '../../../shared/model/qa-item';
import { call } from '../api/client';
import { ScreenHeader } from '../app/ScreenHeader';
import { QaEditor } from '../app/lazyEditors';
import { formatDate } from '../i18n/format';
import { LibraryHeaderActions } from '../library/LibraryHeaderActions';
import { useLibraryScreen } from '../library/useLibraryScreen';
import { LibraryBrowser } from '../talking-points/LibraryBrowser';
import { approvalBadge, type RowDescription } from '../talking-points/LibraryList';
import type { LibraryRow } from '../talking-points/libraryQuery';
import { MessageHousePanel } from './MessageHousePanel';
import '../talking-points/library.css';
import './qa.css';

export function QaScreen() {
  const { t } = useTranslation();
  const screen = useLibraryScreen<QAItem, 'house'>({
    kind: 'qa',
    items: (library) => library.qaItems,
    put: (library, item) => library.putQa(item),
    drop: (library, id) => library.dropQa(id),
    remove: (item) => call('qa', 'delete', { id: item.id }),
    restore: (item) => call('qa', 'undoDelete', { qaItem: item }),
    deleteTexts: (item) => ({ title: t('library.qa.deleteTitle'), body: t('library.qa.deleteBody', { title: item.question }), deleted: t('library.qa.deleted', { title: item.question }) }),
  });
  const { library, view, setView, items } = screen;

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
        item.reviewBy ? t('library.list.reviewBy', { date: formatDate(item.reviewBy, screen.language) }) : '',
      ],
    };
  };

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
            <LibraryHeaderActions screen={screen} showCount={view.kind === 'list'} newLabel={t('library.qa.newButton')} newTestId="new-qa" />
          </>
        ) : null}
      </ScreenHeader>
      <div className={`screen-body library-screen${view.kind === 'list' ? ' library-screen--list' : ''}`}>
        {view.kind === 'edit' && library.directives ? (
          <QaEditor key={view.id ?? 'new'} {...screen.editor} />
        ) : view.kind === 'house' ? (
          <div className="library-screen__house" role="tabpanel">
            <MessageHousePanel topics={screen.topics} talkingPoints={library.talkingPoints ?? []} qaItems={items ?? []} />
          </div>
        ) : (
          <LibraryBrowser<QAItem>
            {...screen.browser}
            describe={describe}
            labels={{ list: t('library.qa.listLabel'), emptyTitle: t('library.qa.emptyTitle'), emptyBody: t('library.qa.emptyBody') }}
          />
        )}
      </div>
      {screen.deleteDialog}
    </>
  );
}
