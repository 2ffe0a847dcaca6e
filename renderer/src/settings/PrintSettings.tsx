// Print settings: whether PDF exports use an installed Times New Roman (when it covers Vietnamese) or the bundled Liberation Serif.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { useSettings } from '../app/settingsContext';
import { useToasts } from '../ui/Toasts';

export function PrintSettings() {
  const { t } = useTranslation();
  const { settings, save } = useSettings();
  const toasts = useToasts();
  const [saving, setSaving] = useState(false);

  const change = async (useSystemTimesNewRoman: boolean) => {
    setSaving(true);
    try {
      await save({ useSystemTimesNewRoman });
      toasts.notify({ message: t('settings.print.saved'), tone: 'success' });
    } catch (error) {
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-print">
      <h2 id="settings-print" className="card__title">
        {t('settings.print.title')}
      </h2>
      <label className="export-check">
        <input
          type="checkbox"
          checked={settings.useSystemTimesNewRoman}
          disabled={saving}
          aria-describedby="settings-print-hint"
          onChange={(event) => void change(event.target.checked)}
        />
        <span>{t('settings.print.systemTimes')}</span>
      </label>
      <p id="settings-print-hint" className="field__hint">
        {t('settings.print.systemTimesHint')}
      </p>
    </section>
  );
}
