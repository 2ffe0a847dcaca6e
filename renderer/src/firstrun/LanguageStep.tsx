// Step 1 of the first-run wizard: the interface language, applied to the wizard as soon as it is chosen.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/common';
import { LANGUAGES } from '../i18n';

interface LanguageStepProps {
  value: Language;
  onChange(language: Language): void;
}

export function LanguageStep({ value, onChange }: LanguageStepProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="firstrun-languages">
      <legend className="visually-hidden">{t('firstRun.language.legend')}</legend>
      {LANGUAGES.map((language) => (
        <label key={language} className="firstrun-choice firstrun-choice--language">
          <input type="radio" name="firstrun-language" value={language} checked={value === language} onChange={() => onChange(language)} />
          <span className="firstrun-choice__text">
            {/* Each language is named in itself, whatever the wizard's current language. */}
            <span className="firstrun-choice__title" lang={language}>
              {t(`settings.languages.${language}`, { lng: language })}
            </span>
            <span className="firstrun-choice__hint">{t(`firstRun.language.${language}Note`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
