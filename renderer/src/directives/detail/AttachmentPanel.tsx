// The directive's attached file: attach (copied into the data folder), show its name and size, open it, replace or remove it.
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, attachmentExtension } from '../../../../shared/ipc/features/directives';
import type { Directive } from '../../../../shared/model/directive';
import type { Language } from '../../../../shared/model/common';
import { BridgeCallError, call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { byteSize, formatNumber } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { useToasts } from '../../ui/Toasts';

const ACCEPT = Object.keys(ATTACHMENT_TYPES).map((ext) => `.${ext}`).join(',');

interface AttachmentPanelProps {
  directive: Directive;
  language: Language;
  attach: (directive: Directive, fileName: string, dataBase64: string) => Promise<Directive>;
  removeAttachment: (directive: Directive) => Promise<Directive>;
}

export function sizeText(t: TFunction, bytes: number, language: Language): string {
  const size = byteSize(bytes);
  return t(`units.${size.unit}`, { value: formatNumber(size.value, language, size.digits) });
}

/** The file's bytes as base64 (the bridge carries JSON-safe text in both Electron and the test host). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = reader.result;
      if (typeof url === 'string') resolve(url.slice(url.indexOf(',') + 1));
      else reject(new Error('unexpected FileReader result'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function AttachmentPanel({ directive, language, attach, removeAttachment }: AttachmentPanelProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const inputRef = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const attachment = directive.attachment;
  const limit = sizeText(t, MAX_ATTACHMENT_BYTES, language);

  const attachError = (error: unknown, name: string): string => {
    if (error instanceof BridgeCallError && error.code === 'too_large') return t('attachments.tooLarge', { name, limit });
    if (error instanceof BridgeCallError && error.issues.some((i) => i.message === 'validation.attachmentType')) return t('attachments.wrongType', { name });
    return errorMessage(t, error);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    if (!attachmentExtension(file.name)) return setProblem(t('attachments.wrongType', { name: file.name }));
    if (file.size > MAX_ATTACHMENT_BYTES) return setProblem(t('attachments.tooLarge', { name: file.name, limit }));
    setUploading(file.name);
    try {
      let data: string;
      try {
        data = await readAsBase64(file);
      } catch {
        setProblem(t('attachments.readFailed', { name: file.name }));
        return;
      }
      const updated = await attach(directive, file.name, data);
      toasts.notify({ message: t('attachments.attached', { name: updated.attachment?.fileName ?? file.name }), tone: 'success' });
    } catch (error) {
      setProblem(attachError(error, file.name));
    } finally {
      setUploading(null);
    }
  };

  const open = async () => {
    if (!attachment) return;
    setProblem(null);
    try {
      await call('directives', 'openAttachment', { id: directive.id });
    } catch (error) {
      const notFound = error instanceof BridgeCallError && error.code === 'not_found';
      setProblem(t(notFound ? 'attachments.missing' : 'attachments.openFailed', { name: attachment.fileName }));
    }
  };

  const remove = async () => {
    if (!attachment) return;
    setConfirmRemove(false);
    try {
      await removeAttachment(directive);
      toasts.notify({ message: t('attachments.removed', { name: attachment.fileName }) });
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  };

  return (
    <section className="detail-card" aria-labelledby="directive-attachment-heading" aria-busy={uploading !== null}>
      <h2 id="directive-attachment-heading" className="detail-card__title">
        {t('attachments.heading')}
      </h2>
      {attachment ? (
        <div className="attachment" aria-label={t('attachments.fileLabel')} role="group">
          <Icon name="attach" size={20} />
          <div className="attachment__text">
            <span className="attachment__name">{attachment.fileName}</span>
            <span className="attachment__size muted">{sizeText(t, attachment.size, language)}</span>
          </div>
        </div>
      ) : (
        <p className="muted">{t('attachments.none')}</p>
      )}
      {uploading ? (
        <p className="attachment__progress" role="status">
          {t('attachments.uploading', { name: uploading })}
        </p>
      ) : null}
      {problem ? (
        <p className="form__alert attachment__problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="attachment__actions">
        {attachment ? (
          <button type="button" className="button button--primary" onClick={() => void open()} disabled={uploading !== null}>
            <Icon name="open" size={16} />
            <span>{t('attachments.open')}</span>
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => inputRef.current?.click()} disabled={uploading !== null}>
          <Icon name="attach" size={16} />
          <span>{attachment ? t('attachments.replace') : t('attachments.choose')}</span>
        </button>
        {attachment ? (
          <button type="button" className="button button--danger-text" onClick={() => setConfirmRemove(true)} disabled={uploading !== null}>
            <Icon name="trash" size={16} />
            <span>{t('attachments.remove')}</span>
          </button>
        ) : null}
        <input ref={inputRef} type="file" className="visually-hidden" tabIndex={-1} aria-hidden="true" accept={ACCEPT} onChange={(event) => void onFile(event)} />
      </div>
      <p className="field__hint">{t('attachments.hint', { limit })}</p>
      {confirmRemove && attachment ? (
        <ConfirmDialog
          title={t('attachments.removeTitle')}
          body={t('attachments.removeBody', { name: attachment.fileName })}
          confirmLabel={t('attachments.removeConfirm')}
          focus="cancel"
          onCancel={() => setConfirmRemove(false)}
          onConfirm={() => void remove()}
        />
      ) : null}
    </section>
  );
}
