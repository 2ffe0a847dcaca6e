// Bottom status bar: save state (saved / saving / failed, driven by write calls and the `saved` event) and the version.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { messageForKey } from '../api/errors';
import { saveTracker } from '../api/saveTracker';
import { formatTime } from '../i18n/format';
import { currentLanguage } from '../i18n';
import { Icon } from '../ui/Icon';

export function StatusBar({ version }: { version: string | null }) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(saveTracker.subscribe, saveTracker.getSnapshot);
  let text: string;
  if (state.kind === 'saving') text = t('status.saving');
  else if (state.kind === 'failed') text = t('status.failed', { message: messageForKey(t, state.messageKey, state.details) });
  else if (state.at) text = t('status.savedAt', { time: formatTime(state.at, currentLanguage()) });
  else text = t('status.saved');

  return (
    <footer className="statusbar">
      <div className={`statusbar__save statusbar__save--${state.kind}`} role="status" aria-label={t('status.label')} data-save-state={state.kind}>
        <span className="statusbar__dot" aria-hidden="true">
          {state.kind === 'saved' ? <Icon name="check" size={14} /> : null}
          {state.kind === 'failed' ? <Icon name="warning" size={14} /> : null}
        </span>
        <span>{text}</span>
      </div>
      {version ? <span className="statusbar__version">{t('status.version', { version })}</span> : null}
    </footer>
  );
}
