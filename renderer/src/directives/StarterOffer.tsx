// Offers the bundled starter registry (the directives press and TTĐN offices cite most) to an empty library; reusable by the first-run wizard.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StarterImportResult, StarterStatus } from '../../../shared/ipc/features/directives';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/Toasts';

interface StarterOfferProps {
  importStarter: () => Promise<StarterImportResult>;
  /** Shown instead while the status loads, or when every starter directive is in the library already. */
  fallback: ReactNode;
}

export function StarterOffer({ importStarter, fallback }: StarterOfferProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [status, setStatus] = useState<StarterStatus | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let current = true;
    call('directives', 'starterStatus', {}).then(
      (next) => {
        if (current) setStatus(next);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  if (!status || status.present >= status.total) return fallback;

  const load = async () => {
    setLoading(true);
    try {
      const result = await importStarter();
      toasts.notify({
        message: result.added.length > 0 ? t('starter.loaded', { count: result.added.length }) : t('starter.allPresent'),
        tone: 'success',
      });
    } catch (error) {
      toasts.notify({ message: t('starter.failed', { message: errorMessage(t, error) }), tone: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="starter-offer">
      <h3 className="starter-offer__title">{t('starter.offerTitle')}</h3>
      <p className="starter-offer__text">{t('starter.offerBody')}</p>
      <button type="button" className="button button--primary" onClick={() => void load()} disabled={loading}>
        <Icon name="directives" size={16} />
        <span>{loading ? t('starter.loading') : t('starter.load', { count: status.total - status.present })}</span>
      </button>
      <p className="starter-offer__more">{t('starter.orManual')}</p>
    </div>
  );
}
