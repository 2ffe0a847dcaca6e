// "Chuẩn bị kỳ tiếp theo": the next period's draft of a packet, then the list of what needs attention in it.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollForwardOutcome } from '../../../shared/ipc/features/packets';
import type { PacketSummary } from '../../../shared/model/packet';
import type { PacketLocation } from '../../../shared/packets/findings';
import { nextPeriod } from '../../../shared/packets/periods';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';
import { useSettings } from '../app/settingsContext';
import { currentLanguage } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { FindingList } from './FindingList';
import { localToday, periodTitle } from './labels';
import { draftOfPeriod, periodOf } from './periodForm';
import { PeriodFields } from './PeriodFields';
import { FormAlert } from '../ui/FormAlert';
import { FormDialogButtons } from '../ui/FormDialogButtons';

interface RollForwardDialogProps {
  source: PacketSummary;
  onDone(): void;
  onOpen(packetId: string, location?: PacketLocation): void;
  onClose(): void;
}

export function RollForwardDialog({ source, onDone, onOpen, onClose }: RollForwardDialogProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const language = currentLanguage();
  const formId = useId();
  const [period, setPeriod] = useState(() => draftOfPeriod(nextPeriod(source.period), localToday()));
  const [outcome, setOutcome] = useState<RollForwardOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = periodOf(period);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('packets', 'rollForward', { id: source.id, period: chosen, by: settings.spokespersonName });
      setOutcome(result);
      onDone();
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  if (outcome) {
    const titles = new Map(outcome.packet.sections.map((section) => [section.id, section.title]));
    return (
      <Dialog
        title={t('packets.rollForward.doneTitle')}
        variant="side"
        onRequestClose={onClose}
        closeLabel={t('common.close')}
        footer={
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('common.close')}
            </button>
            <button type="button" className="button button--primary" onClick={() => onOpen(outcome.packet.id)}>
              {t('packets.rollForward.openNew')}
            </button>
          </>
        }
      >
        <p className="dialog__text" role="status">
          {t('packets.rollForward.done', { title: outcome.packet.title, period: periodTitle(outcome.packet.period, language) })}
        </p>
        {outcome.attention.length === 0 ? (
          <p className="dialog__text">{t('packets.rollForward.nothing')}</p>
        ) : (
          <>
            <p className="dialog__text">{t('packets.rollForward.attentionIntro', { count: outcome.attention.length })}</p>
            <FindingList
              findings={outcome.attention}
              names={outcome.names}
              sectionTitles={titles}
              label={t('packets.rollForward.attention')}
              onJump={(location) => onOpen(outcome.packet.id, location)}
            />
          </>
        )}
      </Dialog>
    );
  }

  return (
    <Dialog
      title={t('packets.rollForward.title')}
      onRequestClose={() => (busy ? undefined : onClose())}
      closeLabel={t('common.close')}
      footer={
        <FormDialogButtons formId={formId} submitLabel={busy ? t('packets.rollForward.preparing') : t('packets.rollForward.submit')} busy={busy} canSubmit={chosen !== null && !busy} onCancel={onClose} />
      }
    >
      <form id={formId} className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert message={error} />
        <p className="dialog__text">{t('packets.rollForward.intro', { title: source.title, period: periodTitle(source.period, language) })}</p>
        <PeriodFields value={period} onChange={setPeriod} dateInvalid={period.kind === 'date' && chosen === null} />
      </form>
    </Dialog>
  );
}
