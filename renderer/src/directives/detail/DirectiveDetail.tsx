// One directive's detail screen: its fields for reading, status with the superseding directive, registry warnings, excerpts, citations to copy, the attached file.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAgainstRegistry, format } from '../../../../shared/citations/index';
import { sameDirective } from '../../../../shared/directives/identity';
import { directiveTypeInfo } from '../../../../shared/directives/types';
import type { Directive } from '../../../../shared/model/directive';
import { ScreenHeader } from '../../app/ScreenHeader';
import { CitationPreview } from '../../citations/CitationPreview';
import { citedName } from '../../citations/names';
import { warningMessage } from '../../citations/warnings';
import { Icon } from '../../ui/Icon';
import type { DirectiveLibrary } from '../useDirectiveLibrary';
import type { DirectiveLabels } from '../labels';
import { AttachmentPanel } from './AttachmentPanel';
import { DirectiveFacts, DirectiveLink } from './DirectiveFacts';
import { ExcerptList } from './ExcerptList';

interface DirectiveDetailProps {
  /** The directive shown, or null when the library has no directive with the routed id. */
  directive: Directive | null;
  all: readonly Directive[];
  labels: DirectiveLabels;
  library: Pick<DirectiveLibrary, 'attach' | 'removeAttachment'>;
  onBack: () => void;
  onEdit: (directive: Directive) => void;
}

export function DirectiveDetail({ directive, all, labels, library, onBack, onEdit }: DirectiveDetailProps) {
  const { t } = useTranslation();
  const back = (
    <div className="detail-back">
      <button type="button" className="button button--quiet" onClick={onBack}>
        <Icon name="back" size={16} />
        <span>{t('directiveDetail.backToList')}</span>
      </button>
    </div>
  );
  if (!directive) {
    return (
      <>
        {back}
        <ScreenHeader title={t('directiveDetail.notFoundTitle')} description={t('directiveDetail.notFoundBody')} />
      </>
    );
  }
  const byName = directiveTypeInfo(directive.type).byName === true;
  return (
    <>
      {back}
      <ScreenHeader title={citedName(directive)} description={byName || !directive.title ? format(directive, 'full') : directive.title}>
        <button type="button" className="button button--primary" onClick={() => onEdit(directive)}>
          <Icon name="edit" size={16} />
          <span>{t('directiveDetail.edit')}</span>
        </button>
      </ScreenHeader>
      <div className="screen-body detail">
        <DetailNotices directive={directive} all={all} labels={labels} />
        <div className="detail__columns">
          <div className="detail__main">
            <DirectiveFacts
              directive={directive}
              successor={all.find((d) => d.id === directive.supersededBy) ?? null}
              predecessors={all.filter((d) => d.supersededBy === directive.id)}
              labels={labels}
            />
            <ExcerptList excerpts={directive.excerpts} />
          </div>
          <div className="detail__side">
            <CitationPreview directive={directive} />
            <AttachmentPanel directive={directive} language={labels.language} attach={library.attach} removeAttachment={library.removeAttachment} />
          </div>
        </div>
      </div>
    </>
  );
}

/** Status notices (superseded, expired) and what the registry finds odd: shared numbers, another copy of the same document. */
function DetailNotices({ directive, all, labels }: { directive: Directive; all: readonly Directive[]; labels: DirectiveLabels }) {
  const { t } = useTranslation();
  const others = useMemo(() => all.filter((d) => d.id !== directive.id), [all, directive.id]);
  const byId = useMemo(() => new Map(all.map((d) => [d.id, d])), [all]);
  const warnings = useMemo(
    () =>
      checkAgainstRegistry(
        { type: directive.type, symbol: directive.symbol, date: directive.issueDate, issuer: directive.issuer || null, title: directive.title || null },
        others,
      ),
    [directive, others],
  );
  const copies = others.filter((d) => sameDirective(directive, d));
  const successor = directive.supersededBy === null ? undefined : byId.get(directive.supersededBy);
  return (
    <>
      {directive.status === 'superseded' ? (
        <div className="detail-notice detail-notice--warning" role="note">
          <Icon name="warning" size={18} />
          {successor ? (
            <p>
              {t('directiveDetail.supersededNotice')} <DirectiveLink directive={successor} />
            </p>
          ) : (
            <p>{t('directiveDetail.supersededUnknown')}</p>
          )}
        </div>
      ) : null}
      {directive.status === 'expired' ? (
        <div className="detail-notice" role="note">
          <Icon name="later" size={18} />
          <p>{t('directiveDetail.expiredNotice')}</p>
        </div>
      ) : null}
      {warnings.length > 0 || copies.length > 0 ? (
        <section className="detail-notice detail-notice--warning" aria-labelledby="directive-warnings-heading">
          <Icon name="warning" size={18} />
          <div>
            <h2 id="directive-warnings-heading" className="detail-notice__title">
              {t('directiveDetail.warningsHeading')}
            </h2>
            <ul className="detail-notice__list">
              {warnings.map((warning) => (
                <li key={JSON.stringify(warning)}>{warningMessage(t, warning, byId, labels.language)}</li>
              ))}
              {copies.map((copy) => (
                <li key={copy.id}>
                  {t('directiveDetail.duplicateInLibrary')} <DirectiveLink directive={copy} />
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}
    </>
  );
}
