// Every field of a directive laid out for reading: type, number and symbol, long-form date, issuer and term, subjects, status and its links, validity, tags, notes.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directive } from '../../../../shared/model/directive';
import { citedName } from '../../citations/names';
import { documentDateValues, formatDateTime } from '../../i18n/format';
import type { DirectiveLabels } from '../labels';
import { itemHash } from '../../app/itemRoute';

interface DirectiveFactsProps {
  directive: Directive;
  /** The directive named by supersededBy, when the library has it. */
  successor: Directive | null;
  /** Directives this one replaces (their supersededBy points here). */
  predecessors: readonly Directive[];
  labels: DirectiveLabels;
}

export function DirectiveLink({ directive }: { directive: Directive }) {
  return (
    <a className="directive-link" href={itemHash('directives', directive.id)}>
      {citedName(directive)}
    </a>
  );
}

function useLongDate(): (iso: string | null) => string | null {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return (iso) => {
    const values = iso ? documentDateValues(iso, language) : null;
    return values ? t('dates.document', values) : null;
  };
}

export function DirectiveFacts({ directive, successor, predecessors, labels }: DirectiveFactsProps) {
  const { t } = useTranslation();
  const longDate = useLongDate();
  const d = directive;
  const issuer = d.issuer && d.issuerTerm ? t('directiveDetail.issuerWithTerm', { issuer: d.issuer, term: d.issuerTerm }) : d.issuer;
  return (
    <section className="detail-card" aria-labelledby="directive-facts-heading">
      <h2 id="directive-facts-heading" className="detail-card__title">
        {t('directiveDetail.factsHeading')}
      </h2>
      <dl className="detail-facts">
        <Fact label={t('directiveDetail.type')}>{labels.typeLabel(d.type)}</Fact>
        <Fact label={t('directiveDetail.symbol')}>{d.symbol ? <span className="detail-facts__symbol">{d.symbol}</span> : null}</Fact>
        <Fact label={t('directiveDetail.issueDate')}>{longDate(d.issueDate)}</Fact>
        <Fact label={t('directiveDetail.issuer')}>{issuer || null}</Fact>
        <Fact label={t('directiveDetail.title')}>{d.title || null}</Fact>
        <Fact label={t('directiveDetail.titleEn')}>{d.titleEn ? <span lang="en">{d.titleEn}</span> : null}</Fact>
        <Fact label={t('directiveDetail.status')}>
          <span className={`pill pill--${d.status}`}>{t(`directives.status.${d.status}`)}</span>
        </Fact>
        {d.supersededBy !== null ? <Fact label={t('directiveDetail.supersededBy')}>{successor ? <DirectiveLink directive={successor} /> : null}</Fact> : null}
        {predecessors.length > 0 ? (
          <Fact label={t('directiveDetail.supersedes')}>
            <ul className="detail-facts__links">
              {predecessors.map((p) => (
                <li key={p.id}>
                  <DirectiveLink directive={p} />
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        <Fact label={t('directiveDetail.effectiveFrom')}>{longDate(d.effectiveFrom)}</Fact>
        <Fact label={t('directiveDetail.effectiveTo')}>{longDate(d.effectiveTo)}</Fact>
        <Fact label={t('directiveDetail.tags')}>
          {d.tags.length > 0 ? (
            <ul className="tag-list">
              {d.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          ) : null}
        </Fact>
        <Fact label={t('directiveDetail.notes')}>{d.notes ? <p className="detail-facts__notes">{d.notes}</p> : null}</Fact>
        <Fact label={t('directiveDetail.updatedAt')}>{formatDateTime(d.updatedAt, labels.language)}</Fact>
      </dl>
    </section>
  );
}

/** One term and its value; an empty value reads "Chưa ghi" rather than leaving a hole. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="detail-facts__row">
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">{t('directiveDetail.notRecorded')}</span> : children}</dd>
    </div>
  );
}
