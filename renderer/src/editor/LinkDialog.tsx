// Asks for a link address (http, https or mailto) for the selected text, or removes the link under the cursor.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeHref } from '../../../shared/editor/standard-nodes';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';

interface LinkDialogProps {
  initial: string;
  onApply(href: string): void;
  onRemove: (() => void) | null;
  onClose(): void;
}

export function LinkDialog({ initial, onApply, onRemove, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  const [href, setHref] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const formId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = href.trim();
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
    if (!value || !isSafeHref(withScheme)) {
      setInvalid(true);
      inputRef.current?.focus();
      return;
    }
    onApply(withScheme);
  };

  return (
    <Dialog
      title={t('editor.linkTitle')}
      onRequestClose={onClose}
      closeLabel={t('common.close')}
      initialFocus={inputRef}
      footer={
        <>
          {onRemove ? (
            <button type="button" className="button button--danger-text" onClick={onRemove}>
              {t('editor.linkRemove')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary">
            {t('editor.linkApply')}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <Field label={t('editor.linkAddress')} error={invalid ? t('editor.linkInvalid') : undefined}>
          {(control) => (
            <input
              {...control}
              ref={inputRef}
              className="input"
              type="url"
              inputMode="url"
              value={href}
              spellCheck={false}
              onChange={(event) => {
                setHref(event.target.value);
                setInvalid(false);
              }}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
