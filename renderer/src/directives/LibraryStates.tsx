// What the directive list shows around its rows: the "shown / total" count, and the empty state (with the starter registry offer).
import { useTranslation } from 'react-i18next';
import type { StarterImportResult } from '../../../shared/ipc/features/directives';
import { formatNumber } from '../i18n/format';
import { StarterOffer } from './StarterOffer';

export function DirectiveCount({ shown, total, language }: { shown: number; total: number | null; language: 'vi' | 'en' }) {
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

interface EmptyListProps {
  loading: boolean;
  /** The library has directives, the filter hides them all. */
  filtered: boolean;
  importStarter: () => Promise<StarterImportResult>;
}

export function EmptyList({ loading, filtered, importStarter }: EmptyListProps) {
  const { t } = useTranslation();
  if (loading) return <p className="empty-state empty-state--inline">{t('common.loading')}</p>;
  if (filtered) {
    return (
      <div className="empty-state empty-state--inline">
        <h2 className="empty-state__title">{t('directives.emptyFilteredTitle')}</h2>
        <p className="empty-state__text">{t('directives.emptyFilteredBody')}</p>
      </div>
    );
  }
  return (
    <div className="empty-state empty-state--inline">
      <h2 className="empty-state__title">{t('directives.emptyLibraryTitle')}</h2>
      <StarterOffer importStarter={importStarter} fallback={<p className="empty-state__text">{t('directives.emptyLibraryBody')}</p>} />
    </div>
  );
}
