// What the palette shows before typing and when nothing matched: accents are optional, symbols and field syntax.
import { useTranslation } from 'react-i18next';

const HINT_KEYS = ['hintNoAccents', 'hintSymbol', 'hintTag', 'hintType', 'hintPhrase'] as const;

export function SearchHints() {
  const { t } = useTranslation();
  return (
    <section className="search-hints" aria-labelledby="search-hints-title">
      <h3 id="search-hints-title" className="search-hints__title">
        {t('search.hintTitle')}
      </h3>
      <ul className="search-hints__list">
        {HINT_KEYS.map((key) => (
          <li key={key}>{t(`search.${key}`)}</li>
        ))}
      </ul>
    </section>
  );
}
