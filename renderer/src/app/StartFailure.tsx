// Shown instead of the app when the settings cannot be read at start (no bridge, or the core failed).
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';

export function StartFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const message = error === null ? t('errors.bridgeMissing') : errorMessage(t, error);
  return (
    <main className="start-failure" aria-labelledby="start-failure-title">
      <h1 id="start-failure-title">{t('app.startFailedTitle')}</h1>
      <p role="alert">{message}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </main>
  );
}
