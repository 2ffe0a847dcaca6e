// Approval (approver's name, with the preflight errors shown first) and reopening an approved packet (its content is kept as a version).
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormAlert } from '../../ui/FormAlert';
import { FormDialogButtons } from '../../ui/FormDialogButtons';

const LAST_APPROVER = 'spokesdesk.lastApprover';

function lastApprover(): string {
  try {
    return window.localStorage.getItem(LAST_APPROVER) ?? '';
  } catch {
    return '';
  }
}

interface ApproveDialogProps {
  /** Errors the handout preflight found (0 when none or not checked). */
  errorCount: number;
  busy: boolean;
  error: string | null;
  onApprove(by: string, note: string): void;
  onShowFindings(): void;
  onClose(): void;
}

export function ApproveDialog({ errorCount, busy, error, onApprove, onShowFindings, onClose }: ApproveDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [by, setBy] = useState(lastApprover);
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = by.trim() === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (missing || busy) return;
    try {
      window.localStorage.setItem(LAST_APPROVER, by.trim());
    } catch {
      // Not remembered: the name is asked again next time.
    }
    onApprove(by.trim(), note.trim());
  };

  return (
    <Dialog
      title={t('packetStatus.approveTitle')}
      onRequestClose={() => (busy ? undefined : onClose())}
      closeLabel={t('common.close')}
      initialFocus={nameRef}
      footer={
        <FormDialogButtons formId={formId} submitLabel={busy ? t('packetStatus.approving') : t('packetStatus.approveConfirm')} busy={busy} canSubmit={!busy} onCancel={onClose} />
      }
    >
      <form id={formId} className="form" onSubmit={submit} noValidate>
        <FormAlert message={error} />
        <p className="dialog__text">{t('packetStatus.approveBody')}</p>
        {errorCount > 0 ? (
          <div className="notice notice--warning" role="alert">
            <span>{t('packetStatus.approveWithErrors', { count: errorCount })}</span>
            <button type="button" className="button button--small" onClick={onShowFindings}>
              {t('packetStatus.showFindings')}
            </button>
          </div>
        ) : null}
        <Field label={t('packetStatus.approver')} hint={t('packetStatus.approverHint')} error={touched && missing ? t('validation.required') : undefined}>
          {(control) => <input {...control} ref={nameRef} className="input" value={by} autoComplete="name" onChange={(event) => setBy(event.target.value)} />}
        </Field>
        <Field label={t('packetStatus.note')}>
          {(control) => <textarea {...control} className="textarea" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
        </Field>
      </form>
    </Dialog>
  );
}

export function ReopenDialog({ approvedBy, busy, onConfirm, onCancel }: { approvedBy: string; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('packetStatus.reopenTitle')}
      body={t('packetStatus.reopenBody', { approvedBy })}
      confirmLabel={t('packetStatus.reopenConfirm')}
      tone="primary"
      focus="cancel"
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
