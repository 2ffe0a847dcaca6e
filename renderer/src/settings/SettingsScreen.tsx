// Settings: interface language (applied at once), agency and spokesperson details, print font, data exchange, backups.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesFromZod } from '../../../shared/ipc/errors';
import { languageSchema } from '../../../shared/model/common';
import { settingsFieldsSchema } from '../../../shared/model/settings';
import { BridgeCallError } from '../api/client';
import { errorMessage } from '../api/errors';
import { fieldErrorsFromIssues, type FieldErrors } from '../api/fieldErrors';
import { ScreenHeader } from '../app/ScreenHeader';
import { fieldsOf, useSettings } from '../app/settingsContext';
import { ExchangePanel } from '../exchange/ExchangePanel';
import { LANGUAGES } from '../i18n';
import { useToasts } from '../ui/Toasts';
import { BackupsPanel } from './BackupsPanel';
import { IdentityFields, identityOf, type IdentityValues } from './IdentityFields';
import { PrintSettings } from './PrintSettings';

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const { settings, save, draft, keepDraft } = useSettings();
  const toasts = useToasts();
  const [values, setValues] = useState<IdentityValues>(() => ({ ...identityOf(fieldsOf(settings)), ...draft() }));
  const dirty = JSON.stringify(values) !== JSON.stringify(identityOf(fieldsOf(settings)));

  const change = (changes: Partial<IdentityValues>) => {
    const next = { ...values, ...changes };
    setValues(next);
    keepDraft(next);
  };
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [switching, setSwitching] = useState(false);

  const changeLanguage = async (value: string) => {
    const language = languageSchema.safeParse(value);
    if (!language.success) return;
    setSwitching(true);
    try {
      await save({ language: language.data });
      // i18n.t, not t: the message must be in the language just chosen.
      toasts.notify({ message: i18n.t('settings.languageSaved'), tone: 'success' });
    } catch (error) {
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    } finally {
      setSwitching(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = settingsFieldsSchema.safeParse({ ...fieldsOf(settings), ...values });
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(issuesFromZod(checked.error)));
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      const saved = await save(values);
      setValues(identityOf(fieldsOf(saved)));
      keepDraft(null);
      toasts.notify({ message: t('settings.saved'), tone: 'success' });
    } catch (error) {
      const fieldErrors = error instanceof BridgeCallError ? fieldErrorsFromIssues(error.issues, ['fields']) : {};
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <ScreenHeader title={t('nav.settings')} description={t('screens.settings')} />
      <div className="screen-body screen-body--padded settings">
        <section className="card" aria-labelledby="settings-interface">
          <h2 id="settings-interface" className="card__title">
            {t('settings.interface')}
          </h2>
          <div className="field">
            <label className="field__label" htmlFor="settings-language">
              {t('settings.language')}
            </label>
            <select
              id="settings-language"
              className="select select--narrow"
              value={settings.language}
              disabled={switching}
              aria-describedby="settings-language-hint"
              onChange={(event) => void changeLanguage(event.target.value)}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`settings.languages.${language}`)}
                </option>
              ))}
            </select>
            <p id="settings-language-hint" className="field__hint">
              {t('settings.languageHint')}
            </p>
          </div>
        </section>
        <form className="card" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="settings-agency">
          <IdentityFields values={values} errors={errors} onChange={change} />
          <div className="card__actions">
            {dirty ? <span className="card__unsaved">{t('settings.unsaved')}</span> : null}
            <button type="submit" className="button button--primary" disabled={saving}>
              {saving ? t('common.saving') : t('settings.save')}
            </button>
          </div>
        </form>
        <PrintSettings />
        <ExchangePanel />
        <BackupsPanel settings={settings} />
      </div>
    </>
  );
}
