// The footer of a dialog that submits a form: Cancel, then the primary submit button bound to the form by id.
import { useTranslation } from 'react-i18next';

interface FormDialogButtonsProps {
  formId: string;
  submitLabel: string;
  busy: boolean;
  canSubmit: boolean;
  onCancel(): void;
}

export function FormDialogButtons({ formId, submitLabel, busy, canSubmit, onCancel }: FormDialogButtonsProps) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button" onClick={onCancel} disabled={busy}>
        {t('common.cancel')}
      </button>
      <button type="submit" form={formId} className="button button--primary" disabled={!canSubmit}>
        {submitLabel}
      </button>
    </>
  );
}
