// "Xuất PDF": preflight for the chosen print first; a handout with errors needs a reason, recorded in the packet's history, before export.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportProfile } from '../../../../shared/ipc/features/packets';
import type { Packet } from '../../../../shared/model/packet';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { packetExporter } from './exportHook';
import type { Checks } from './useChecks';
import { FormAlert } from '../../ui/FormAlert';
import { FormDialogButtons } from '../../ui/FormDialogButtons';

interface ExportGateProps {
  packet: Packet;
  /** Opened with "In…" (Ctrl+P): says that the copies are chosen once the press handout is exported. */
  forPrinting?: boolean;
  checks: Checks;
  onClose(): void;
  onShowFindings(): void;
  onRecorded(packet: Packet): void;
}

export function ExportGate({ packet, forPrinting = false, checks, onClose, onShowFindings, onRecorded }: ExportGateProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [profile, setProfile] = useState<ExportProfile>('handout');
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { run, report, running } = checks;
  const exporter = packetExporter();

  useEffect(() => {
    void run(profile);
  }, [profile, run]);

  const errors = report && report.profile === profile ? report.findings.filter((f) => f.severity === 'error').length : 0;
  const needsOverride = profile === 'handout' && errors > 0;
  const ready = report !== null && report.profile === profile && !running;
  const canGo = ready && exporter !== null && (!needsOverride || (reason.trim() !== '' && by.trim() !== '')) && !busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!canGo || !exporter) return;
    setBusy(true);
    setError(null);
    try {
      if (needsOverride) {
        const recorded = await call('packets', 'recordExportOverride', { id: packet.id, profile, reason: reason.trim(), by: by.trim(), errorCount: errors });
        onRecorded(recorded);
      }
      exporter({ packetId: packet.id, profile, layoutPreset: packet.layoutPreset, overrideReason: needsOverride ? reason.trim() : null });
      onClose();
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('packetExport.title')}
      onRequestClose={() => (busy ? undefined : onClose())}
      closeLabel={t('common.close')}
      footer={
        <FormDialogButtons formId={formId} submitLabel={needsOverride ? t('packetExport.overrideAndExport') : t('packetExport.export')} busy={busy} canSubmit={canGo} onCancel={onClose} />
      }
    >
      <form id={formId} className="form" onSubmit={(event) => void submit(event)} noValidate>
        {forPrinting ? <p className="dialog__text">{t('shell.commands.printHint')}</p> : null}
        <FormAlert message={error} />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('packetExport.profile')}</legend>
          {(['handout', 'full'] as const).map((value) => (
            <label key={value} className="packet-radio">
              <input type="radio" name={`${formId}-profile`} checked={profile === value} onChange={() => setProfile(value)} />
              <span>
                <strong>{t(`packetChecks.profiles.${value}`)}</strong>
                <span className="packet-radio__hint">{t(`packetExport.profileHints.${value}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className="dialog__text" role="status">
          {!ready ? t('packetChecks.running') : errors > 0 ? t('packetExport.errors', { count: errors }) : t('packetExport.clean')}
        </p>
        {errors > 0 ? (
          <button type="button" className="button button--small" onClick={onShowFindings}>
            {t('packetStatus.showFindings')}
          </button>
        ) : null}
        {needsOverride ? (
          <div className="export-override">
            <p className="dialog__text">{t('packetExport.overrideIntro')}</p>
            <Field label={t('packetExport.reason')}>{(control) => <textarea {...control} className="textarea" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}</Field>
            <Field label={t('packetExport.by')}>{(control) => <input {...control} className="input" value={by} onChange={(event) => setBy(event.target.value)} />}</Field>
          </div>
        ) : null}
        {exporter === null ? <p className="notice notice--warning">{t('packetExport.unavailable')}</p> : null}
      </form>
    </Dialog>
  );
}
