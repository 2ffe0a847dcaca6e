// A directive's key excerpts, each under its article/clause reference ("Điều 5 khoản 1 điểm b"), each with a Copy button.
import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../../../shared/model/directive';
import { CopyButton } from '../../citations/CopyButton';

export function ExcerptList({ excerpts }: { excerpts: readonly Excerpt[] }) {
  const { t } = useTranslation();
  return (
    <section className="detail-card" aria-labelledby="directive-excerpts-heading">
      <h2 id="directive-excerpts-heading" className="detail-card__title">
        {t('directiveDetail.excerptsHeading')}
      </h2>
      {excerpts.length === 0 ? (
        <p className="muted">{t('directiveDetail.excerptsEmpty')}</p>
      ) : (
        <ol className="excerpt-list">
          {excerpts.map((excerpt, index) => (
            <li key={excerpt.id} className="excerpt">
              <div className="excerpt__head">
                <h3 className={`excerpt__reference${excerpt.reference ? '' : ' muted'}`}>{excerpt.reference || t('directiveDetail.excerptNoReference')}</h3>
                <CopyButton text={excerpt.text} label={t('directiveDetail.copyExcerpt', { n: index + 1 })} quiet />
              </div>
              <blockquote className="excerpt__text">{excerpt.text}</blockquote>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
