// Why an item needs review: review date passed, cited directives superseded, expired or deleted (with the directive's name).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StaleReason } from '../../../shared/library/staleness';
import type { Directive } from '../../../shared/model/directive';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { shortCitation } from '../editor/libraryResolver';

export function staleReasonText(t: TFunction, reason: StaleReason, directives: ReadonlyMap<string, Directive>): string {
  const name = (id: string | null) => {
    const directive = id ? directives.get(id) : undefined;
    return directive ? shortCitation(directive) : (id ?? '');
  };
  const language = currentLanguage();
  switch (reason.code) {
    case 'review_date_passed':
      return t('library.stale.reviewDatePassed', { date: formatDate(reason.reviewBy, language) });
    case 'never_approved':
      return t('library.stale.neverApproved');
    case 'directive_superseded':
      return reason.successorId && directives.has(reason.successorId)
        ? t('library.stale.supersededBy', { name: name(reason.directiveId), successor: name(reason.successorId) })
        : t('library.stale.superseded', { name: name(reason.directiveId) });
    case 'directive_expired':
      return t('library.stale.expired', { name: name(reason.directiveId) });
    case 'directive_missing':
      return t('library.stale.missing', { id: reason.directiveId });
  }
}

export function StalePanel({ reasons, directives }: { reasons: readonly StaleReason[]; directives: ReadonlyMap<string, Directive> }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <section className="side-panel side-panel--warning" aria-labelledby="stale-title" data-testid="stale-panel">
      <h2 id="stale-title" className="side-panel__title">
        {t('library.stale.title')}
      </h2>
      <ul className="side-panel__list">
        {reasons.map((reason) => (
          <li key={`${reason.code}-${'directiveId' in reason ? reason.directiveId : ''}`}>{staleReasonText(t, reason, directives)}</li>
        ))}
      </ul>
    </section>
  );
}
