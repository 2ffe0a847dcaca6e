// The packet's status steps from the composer: send for review, return, approve (approver's name, errors shown first), deliver, reopen.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PacketStatus } from '../../../../shared/model/packet';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useToasts } from '../../ui/Toasts';
import type { StatusStep } from './ComposerHeader';
import type { Checks } from './useChecks';
import type { ComposerDraft } from './useComposerDraft';

export interface StatusSteps {
  dialog: 'approve' | 'reopen' | null;
  busy: boolean;
  error: string | null;
  /** Errors of the handout preflight run before approving. */
  errorCount: number;
  request(step: StatusStep): void;
  approve(by: string, note: string): Promise<void>;
  reopen(): Promise<void>;
  cancel(): void;
}

const TARGET: Record<Exclude<StatusStep, 'approve' | 'reopen'>, PacketStatus> = { submit: 'in_review', returnToDraft: 'draft', deliver: 'delivered' };

export function useStatusSteps(draft: ComposerDraft, checks: Checks): StatusSteps {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [dialog, setDialog] = useState<StatusSteps['dialog']>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [errorCount, setErrorCount] = useState(0);
  const { stored, flush, adopt } = draft;

  const move = useCallback(
    async (to: PacketStatus, by = '', note = ''): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await flush();
        const outcome = await call('packets', 'changeStatus', { id: stored.id, to, by, note });
        adopt(outcome.packet);
        toasts.notify({ message: t(`packetStatus.moved.${to}`, { number: outcome.version.number }), tone: 'success' });
        return true;
      } catch (failure) {
        const message = errorMessage(t, failure);
        setError(message);
        toasts.notify({ message, tone: 'error' });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [stored.id, flush, adopt, toasts, t],
  );

  const request = useCallback(
    (step: StatusStep) => {
      setError(null);
      if (step === 'reopen') return setDialog('reopen');
      if (step !== 'approve') return void move(TARGET[step]);
      setErrorCount(0);
      setDialog('approve');
      void checks.run('handout').then((report) => setErrorCount(report?.findings.filter((f) => f.severity === 'error').length ?? 0));
    },
    [move, checks],
  );

  const approve = useCallback(
    async (by: string, note: string) => {
      if (await move('approved', by, note)) setDialog(null);
    },
    [move],
  );

  const reopen = useCallback(async () => {
    setBusy(true);
    try {
      const outcome = await call('packets', 'reopen', { id: stored.id, by: '' });
      adopt(outcome.packet);
      setDialog(null);
      toasts.notify({ message: t('packetStatus.reopened', { number: outcome.version.number }), tone: 'success' });
    } catch (failure) {
      toasts.notify({ message: errorMessage(t, failure), tone: 'error' });
    } finally {
      setBusy(false);
    }
  }, [stored.id, adopt, toasts, t]);

  const cancel = useCallback(() => setDialog(null), []);
  return { dialog, busy, error, errorCount, request, approve, reopen, cancel };
}
