// A yes/no question before a destructive or far-reaching action.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  body: string;
  /** Shown in full under the body, as written (an address, a file name): wrapped anywhere, never cut. */
  detail?: string;
  confirmLabel: string;
  /** Defaults to "Hủy"; say what staying means when that is clearer ("Tiếp tục sửa"). */
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  tone?: 'danger' | 'primary';
  /** Which button has focus first; "cancel" for actions that are hard to take back. */
  focus?: 'confirm' | 'cancel';
  busy?: boolean;
}

export function ConfirmDialog({ title, body, detail, confirmLabel, cancelLabel, onConfirm, onCancel, tone = 'danger', focus = 'confirm', busy = false }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  const detailId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={title}
      role="alertdialog"
      describedBy={detail !== undefined ? `${bodyId} ${detailId}` : bodyId}
      onRequestClose={onCancel}
      closeLabel={t('common.close')}
      initialFocus={focus === 'confirm' ? confirmRef : cancelRef}
      footer={
        <>
          <button type="button" className="button" ref={cancelRef} onClick={onCancel}>
            {cancelLabel ?? t('common.cancel')}
          </button>
          <button type="button" className={`button button--${tone}`} ref={confirmRef} onClick={onConfirm} disabled={busy}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p id={bodyId} className="dialog__text">
        {body}
      </p>
      {detail !== undefined ? (
        <p id={detailId} className="dialog__detail">
          {detail}
        </p>
      ) : null}
    </Dialog>
  );
}
