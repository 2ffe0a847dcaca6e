// Shows the first-run wizard instead of the app until the settings say first run is done, then the app on the briefing schedule.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
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
  const [handedOver, setHandedOver] = useState(false);

  useEffect(() => {
    // The wizard held the focus; the keyboard continues from the app's main region (the skip link's target).
    if (handedOver) document.getElementById('main')?.focus();
  }, [handedOver]);

  const finished = useCallback(
    (outcome: 'done' | 'skipped') => {
      // The packets screen opens on the briefing schedule: what is due next.
      window.location.hash = hashOf('packets');
      setWizard(false);
      setHandedOver(true);
      toasts.notify({ message: outcome === 'done' ? t('firstRun.done') : t('firstRun.skipped'), tone: 'success' });
    },
    [t, toasts],
  );

  return wizard ? <FirstRunWizard onFinished={finished} /> : children;
}
