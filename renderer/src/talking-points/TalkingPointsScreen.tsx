// The talking point library screen (Thông điệp): header, filters, the virtualised list, the editor, delete with undo, the sample library.
import { useTranslation } from 'react-i18next';
import type { TalkingPoint } from '../../../shared/model/talking-point';
import { call } from '../api/client';
import { ScreenHeader } from '../app/ScreenHeader';
import { TalkingPointEditor } from '../app/lazyEditors';
import { formatDate } from '../i18n/format';
import { LibraryHeaderActions } from '../library/LibraryHeaderActions';
import { useLibraryScreen } from '../library/useLibraryScreen';
import { LibraryBrowser } from './LibraryBrowser';
import { approvalBadge, type RowDescription } from './LibraryList';
import type { LibraryRow } from './libraryQuery';
import './library.css';

export function TalkingPointsScreen() {
  const { t } = useTranslation();
  const screen = useLibraryScreen<TalkingPoint>({
    kind: 'talkingPoints',
    items: (library) => library.talkingPoints,
    put: (library, point) => library.putTalkingPoint(point),
    drop: (library, id) => library.dropTalkingPoint(id),
    remove: (point) => call('talkingPoints', 'delete', { id: point.id }),
    restore: (point) => call('talkingPoints', 'undoDelete', { talkingPoint: point }),
    deleteTexts: (point) => ({ title: t('library.tp.deleteTitle'), body: t('library.tp.deleteBody', { title: point.title }), deleted: t('library.tp.deleted', { title: point.title }) }),
  });
  const { library, view } = screen;

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
        point.reviewBy ? t('library.list.reviewBy', { date: formatDate(point.reviewBy, screen.language) }) : '',
      ],
    };
  };

  return (
    <>
      <ScreenHeader title={t('nav.talkingPoints')} description={t('screens.talkingPoints')}>
        {view.kind === 'list' ? <LibraryHeaderActions screen={screen} showCount newLabel={t('library.tp.newButton')} newTestId="new-talking-point" /> : null}
      </ScreenHeader>
      <div className={`screen-body library-screen${view.kind === 'list' ? ' library-screen--list' : ''}`}>
        {view.kind === 'edit' && library.directives ? (
          <TalkingPointEditor key={view.id ?? 'new'} {...screen.editor} />
        ) : (
          <LibraryBrowser<TalkingPoint>
            {...screen.browser}
            describe={describe}
            labels={{ list: t('library.tp.listLabel'), emptyTitle: t('library.tp.emptyTitle'), emptyBody: t('library.tp.emptyBody') }}
          />
        )}
      </div>
      {screen.deleteDialog}
    </>
  );
}
