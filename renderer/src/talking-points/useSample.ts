// The sample library offer: whether it is (fully) loaded, and loading it on request with a toast of what was added.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SampleStatus } from '../../../shared/ipc/features/talking-points';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';
import { useToasts } from '../ui/Toasts';

export interface SampleOffer {
  /** Null until known, or when everything of the sample is in the library already. */
  available: boolean;
  busy: boolean;
  load(): void;
}

export function useSample(onLoaded: () => void): SampleOffer {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [status, setStatus] = useState<SampleStatus | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    call('talkingPoints', 'sampleStatus', {}).then(
      (next) => current && setStatus(next),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  const load = useCallback(() => {
    setBusy(true);
    call('talkingPoints', 'loadSample', {})
      .then(
        (result) => {
          setStatus((previous) => (previous ? { ...previous, present: previous.total } : previous));
          toasts.notify({
            message: t('library.sample.loaded', { talkingPoints: result.talkingPoints.added, qaItems: result.qaItems.added, directives: result.directives.added }),
            tone: 'success',
          });
          onLoaded();
        },
        (error: unknown) => toasts.notify({ message: errorMessage(t, error), tone: 'error' }),
      )
      .finally(() => setBusy(false));
  }, [onLoaded, t, toasts]);

  return { available: status !== null && status.present < status.total, busy, load };
}
