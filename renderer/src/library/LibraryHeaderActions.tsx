// The list header of a library screen: how many items are shown of all, the sample library offer, and the New button (Ctrl+N).
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import type { LibraryItem } from '../talking-points/libraryQuery';
import { Icon } from '../ui/Icon';
import type { LibraryScreen } from './useLibraryScreen';

interface LibraryHeaderActionsProps<T extends LibraryItem, Extra extends string> {
  screen: LibraryScreen<T, Extra>;
  /** The count speaks of the list, so it shows only with the list. */
  showCount: boolean;
  newLabel: string;
  newTestId: string;
}

export function LibraryHeaderActions<T extends LibraryItem, Extra extends string>({ screen, showCount, newLabel, newTestId }: LibraryHeaderActionsProps<T, Extra>) {
  const { t } = useTranslation();
  const { items, shown, sample, language } = screen;
  return (
    <>
      {showCount ? (
        <span className="directive-count" role="status" data-testid="library-count">
          {items ? t('library.list.count', { shown: formatNumber(shown.length, language), total: formatNumber(items.length, language) }) : ''}
        </span>
      ) : null}
      {sample.available ? (
        <button type="button" className="button" onClick={sample.load} disabled={sample.busy} data-testid="load-sample">
          {t('library.sample.load')}
        </button>
      ) : null}
      <button type="button" className="button button--primary" onClick={() => screen.setView({ kind: 'edit', id: null })} aria-keyshortcuts="Control+N" disabled={items === null} data-testid={newTestId}>
        <Icon name="plus" size={16} />
        <span>{newLabel}</span>
      </button>
    </>
  );
}
