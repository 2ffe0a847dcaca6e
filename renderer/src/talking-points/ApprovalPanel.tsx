// Approval state of a talking point or Q&A item (approved by whom and when, or the new revision that needs approval again) and the approve dialog.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultReviewBy } from '../../../shared/library/approval';
import { currentLanguage } from '../i18n';
import { formatDate, formatDateTime } from '../i18n/format';
import { DateInput } from '../ui/DateInput';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { dateText, typedDate } from './formCommon';
import type { LibraryItem } from './libraryQuery';

interface ApprovalPanelProps {
  /** The stored item; null while it is being created. */
  item: LibraryItem | null;
  /** Unsaved content edits of an approved item will start a new revision. */
  dirty: boolean;
  onApprove(): void;
  busy: boolean;
}

export function ApprovalPanel({ item, dirty, onApprove, busy }: ApprovalPanelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (!item) return null;
  const approved = item.approval.status === 'approved';
  const previous = item.revisions.at(-1);
  return (
    <section className="side-panel" aria-labelledby="approval-title" data-testid="approval-panel">
      <h2 id="approval-title" className="side-panel__title">
        {t('library.approval.title')}
      </h2>
      {approved ? (
        <>
          <p>
            <span className="badge badge--approved">{t('library.status.approved')}</span> <span className="muted">{t('editor.revision', { revision: item.revision })}</span>
          </p>
          <p data-testid="approval-by">{t('library.approval.approvedBy', { name: item.approval.approvedBy ?? '', at: item.approval.approvedAt ? formatDateTime(item.approval.approvedAt, language) : '' })}</p>
          {dirty ? <p className="notice notice--warning">{t('library.approval.editWillRevise')}</p> : null}
        </>
      ) : previous ? (
        <p className="notice notice--warning" role="status" data-testid="revision-pending">
          {t('library.approval.newRevision', { revision: item.revision, previous: previous.revision, name: previous.approvedBy ?? '' })}
        </p>
      ) : (
        <p>
          <span className="badge badge--draft">{t('library.status.draft')}</span> <span className="muted">{t('library.approval.neverApproved')}</span>
        </p>
      )}
      <p className="muted">{item.reviewBy ? t('library.approval.reviewBy', { date: formatDate(item.reviewBy, language) }) : t('library.approval.noReviewBy')}</p>
      <button type="button" className="button button--primary" onClick={onApprove} disabled={busy} data-testid="approve-button">
        {t(approved && !dirty ? 'library.approval.reapprove' : 'library.approval.approve')}
      </button>
    </section>
  );
}

interface ApproveDialogProps {
  item: LibraryItem | null;
  defaultApprover: string;
  onConfirm(approver: string, reviewBy: string | undefined): void;
  onClose(): void;
  busy: boolean;
}

/** Asks for the approver (the spokesperson by default) and the review date (90 days on unless changed). */
export function ApproveDialog({ item, defaultApprover, onConfirm, onClose, busy }: ApproveDialogProps) {
  const { t } = useTranslation();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(defaultApprover);
  const [now] = useState(() => new Date().toISOString());
  const suggested = item?.reviewBy && item.reviewBy > now.slice(0, 10) && item.approval.status !== 'approved' ? item.reviewBy : defaultReviewBy(now);
  const [reviewBy, setReviewBy] = useState(dateText(suggested));
  const [errors, setErrors] = useState<{ name?: string; reviewBy?: string }>({});

  const confirm = () => {
    const date = typedDate(reviewBy);
    const next = { name: name.trim() ? undefined : t('validation.required'), reviewBy: date === 'invalid' ? t('validation.date') : undefined };
    setErrors(next);
    if (next.name || next.reviewBy) return;
    onConfirm(name.trim(), date === 'invalid' || date === null || date === suggested ? undefined : date);
  };

  return (
    <Dialog
      title={t('library.approval.dialogTitle')}
      onRequestClose={onClose}
      closeLabel={t('common.close')}
      initialFocus={nameRef}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={confirm} disabled={busy} data-testid="approve-confirm">
            {t('library.approval.confirm')}
          </button>
        </>
      }
    >
      <p className="dialog__text">{t('library.approval.dialogBody')}</p>
      <Field label={t('library.approval.approver')} error={errors.name} hint={defaultApprover ? undefined : t('library.approval.approverHint')}>
        {(control) => <input {...control} ref={nameRef} className="input" value={name} onChange={(event) => setName(event.target.value)} data-testid="approver-name" />}
      </Field>
      <Field label={t('library.approval.reviewByLabel')} error={errors.reviewBy} hint={t('library.approval.reviewByHint')}>
        {(control) => <DateInput {...control} value={reviewBy} onChange={setReviewBy} />}
      </Field>
    </Dialog>
  );
}
