// Shows the first-run wizard instead of the app until the settings say first run is done, then the app on the briefing schedule.
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hashOf } from '../app/screens';
import { useSettings } from '../app/settingsContext';
import { useToasts } from '../ui/Toasts';
import { FirstRunWizard } from './FirstRunWizard';

export function FirstRunGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const toasts = useToasts();
  // Decided once: saving firstRunDone during the wizard must not swap the app in before the content has loaded.
  const [wizard, setWizard] = useState(!settings.firstRunDone);

  const finished = useCallback(
    (outcome: 'done' | 'skipped') => {
      // The packets screen opens on the briefing schedule: what is due next.
      window.location.hash = hashOf('packets');
      setWizard(false);
      toasts.notify({ message: outcome === 'done' ? t('firstRun.done') : t('firstRun.skipped'), tone: 'success' });
    },
    [t, toasts],
  );

  return wizard ? <FirstRunWizard onFinished={finished} /> : children;
}
