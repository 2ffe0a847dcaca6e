// Every citation style of one directive (full, short, legal basis, English), each with its Copy button.
import { useTranslation } from 'react-i18next';
import { CITATION_STYLES, format } from '../../../shared/citations/index';
import type { Directive } from '../../../shared/model/directive';
import { CopyButton } from './CopyButton';

export function CitationPreview({ directive }: { directive: Directive }) {
  const { t } = useTranslation();
  return (
    <section className="detail-card" aria-labelledby="citation-preview-heading">
      <h2 id="citation-preview-heading" className="detail-card__title">
        {t('citations.heading')}
      </h2>
      <p className="detail-card__intro">{t('citations.intro')}</p>
      <ul className="citation-styles">
        {CITATION_STYLES.map((style) => {
          const text = format(directive, style);
          const name = t(`citations.style.${style}`);
          return (
            <li key={style} className="citation-style">
              <div className="citation-style__head">
                <h3 className="citation-style__name">{name}</h3>
                <CopyButton text={text} label={t('citations.copyLabel', { style: name })} />
              </div>
              <p className="citation-style__text" lang={style === 'en' ? 'en' : 'vi'} data-citation-style={style}>
                {text}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
