// "In cho phóng viên…": the number of copies (1–300) and printing the press handout through the system print dialog.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfExportRequest } from '../../../shared/ipc/features/export';
import { BridgeCallError, call } from '../api/client';
import { errorMessage } from '../api/errors';

const MAX_COPIES = 300;

/** The handout options of the export, without the profile (printing is always the press handout). */
export type PrintOptions = Omit<PdfExportRequest, 'profile'>;

export function PrintHandouts({ options }: { options: PrintOptions }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [copies, setCopies] = useState('50');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const count = Number(copies);
  const valid = Number.isInteger(count) && count >= 1 && count <= MAX_COPIES;

  const print = async () => {
    if (!valid || busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await call('export', 'printHandout', { ...options, copies: count });
      setMessage({ text: result.printed ? t('pdfExport.printed', { count: result.copies, copies: result.copies, pages: result.pages }) : t('pdfExport.printCancelled'), error: false });
    } catch (failure) {
      const unavailable = failure instanceof BridgeCallError && failure.code === 'forbidden' && failure.details.reason === 'print_unavailable';
      setMessage({ text: unavailable ? t('pdfExport.printUnavailable') : errorMessage(t, failure), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-print" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`} className="export-print__title">
        {t('pdfExport.printTitle')}
      </h3>
      <div className="export-print__row">
        <label htmlFor={inputId}>{t('pdfExport.copies')}</label>
        <input
          id={inputId}
          className="input export-print__copies"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_COPIES}
          step={1}
          value={copies}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : `${inputId}-error`}
          onChange={(event) => setCopies(event.target.value)}
        />
        <button type="button" className="button" disabled={!valid || busy} onClick={() => void print()}>
          {busy ? t('pdfExport.printing') : t('pdfExport.print')}
        </button>
      </div>
      {valid ? null : (
        <p id={`${inputId}-error`} className="field__error">
          {t('pdfExport.copiesInvalid', { max: MAX_COPIES })}
        </p>
      )}
      {message ? (
        <p className={message.error ? 'form__alert' : 'export-print__done'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
