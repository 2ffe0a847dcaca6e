// Create/edit form for one directive: every field of the model, validated with the shared schema and by the main process.
import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directive, DirectiveFieldsInput } from '../../../shared/model/directive';
import { BridgeCallError } from '../api/client';
import { errorMessage } from '../api/errors';
import type { FieldErrors } from '../api/fieldErrors';
import { DiscardChangesDialog } from '../ui/DiscardChangesDialog';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { DirectiveFormFields } from './DirectiveFormFields';
import { buildFields, emptyFormValues, formValuesOf, numberFromSymbol, serverFieldErrors, type DirectiveFormValues } from './formModel';
import type { DirectiveLabels } from './labels';
import { FormAlert } from '../ui/FormAlert';

interface DirectiveFormDialogProps {
  /** The directive to edit, or null to create one. */
  directive: Directive | null;
  directives: readonly Directive[];
  labels: DirectiveLabels;
  onSubmit: (fields: DirectiveFieldsInput) => Promise<Directive>;
  onDelete: (directive: Directive) => void;
  onClose: () => void;
  fallbackFocus: () => HTMLElement | null;
}

export function DirectiveFormDialog({ directive, directives, labels, onSubmit, onDelete, onClose, fallbackFocus }: DirectiveFormDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const initial = useMemo(() => (directive ? formValuesOf(directive) : emptyFormValues()), [directive]);
  const [values, setValues] = useState<DirectiveFormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);

  const change = (changes: Partial<DirectiveFormValues>) => {
    setValues((current) => ({ ...current, ...changes }));
    const touched = Object.keys(changes);
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !touched.includes(field.split('.')[0] ?? field))));
  };

  const requestClose = () => {
    if (saving) return;
    if (dirty) setConfirmDiscard(true);
    else onClose();
  };

  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const built = buildFields(values, directive?.attachment ?? null);
    setFormError(null);
    if (!built.ok) {
      setErrors(built.errors);
      focusFirstError();
      return;
    }
    setSaving(true);
    try {
      await onSubmit(built.fields);
      onClose();
    } catch (error) {
      const fieldErrors = error instanceof BridgeCallError && error.code === 'validation' ? serverFieldErrors(error.issues) : {};
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length > 0) focusFirstError();
      else setFormError(errorMessage(t, error));
      setSaving(false);
    }
  };

  const onFormKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const ctrl = event.ctrlKey || event.metaKey;
    const target = event.target;
    const saveKey = ctrl && (event.key === 'Enter' || event.key.toLowerCase() === 's');
    const enterInSingleLineBox = event.key === 'Enter' && !ctrl && target instanceof HTMLTextAreaElement && target.dataset.singleLine === 'true';
    if (saveKey || enterInSingleLineBox) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const errorCount = Object.keys(errors).length;
  const title = directive ? t('directiveForm.editTitle', { name: labels.nameOf(directive) }) : t('directiveForm.createTitle');

  return (
    <>
      <Dialog
        variant="side"
        title={title}
        onRequestClose={requestClose}
        closeLabel={t('common.close')}
        fallbackFocus={fallbackFocus}
        footer={
          <>
            {directive ? (
              <button type="button" className="button button--danger-text dialog__footer-start" onClick={() => onDelete(directive)} disabled={saving}>
                <Icon name="trash" size={16} />
                <span>{t('directives.deleteButton')}</span>
              </button>
            ) : null}
            <button type="button" className="button" onClick={requestClose} disabled={saving}>
              {t('common.cancel')}
            </button>
            <button type="submit" form={formId} className="button button--primary" disabled={saving}>
              {saving ? t('common.saving') : t('common.save')}
            </button>
          </>
        }
      >
        <form id={formId} ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)} onKeyDown={onFormKeyDown}>
          {errorCount > 0 ? (
            <p className="form__alert" role="alert">
              {t('common.errorSummary', { count: errorCount })}
            </p>
          ) : null}
          <FormAlert message={formError} />
          <DirectiveFormFields
            values={values}
            errors={errors}
            change={change}
            onSymbolBlur={() => {
              if (values.number.trim() === '' && numberFromSymbol(values.symbol) !== '') change({ number: numberFromSymbol(values.symbol) });
            }}
            directives={directives}
            selfId={directive?.id ?? null}
            labels={labels}
          />
          {directive?.attachment ? <p className="muted">{t('directiveForm.attachmentKept', { name: directive.attachment.fileName })}</p> : null}
          <p className="form__shortcuts">{t('directiveForm.saveShortcut')}</p>
        </form>
      </Dialog>
      {confirmDiscard ? (
        <DiscardChangesDialog
          onKeep={() => setConfirmDiscard(false)}
          onDiscard={() => {
            setConfirmDiscard(false);
            onClose();
          }}
        />
      ) : null}
    </>
  );
}
