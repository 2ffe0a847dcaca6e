// Settings card "Data exchange": export the whole library to a .spokesdesk file, or pick one to preview and import.
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '../../../shared/ipc/features/exchange';
import { call } from '../api/client';
import { useToasts } from '../ui/Toasts';
import { exchangeErrorMessage } from './exchangeErrors';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { saveExchangeFile } from './saveExchangeFile';
import './exchange.css';

export function ExchangePanel() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const fileInput = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  const exportLibrary = async () => {
    setExporting(true);
    try {
      const file = await call('exchange', 'exportLibrary', { all: true });
      saveExchangeFile(file);
      toasts.notify({ message: t('exchange.exported', { fileName: file.fileName }), tone: 'success' });
    } catch (error) {
      toasts.notify({ message: exchangeErrorMessage(t, error), tone: 'error' });
    } finally {
      setExporting(false);
    }
  };

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // clear the input so choosing the same file again still fires a change
    event.target.value = '';
    if (!file) return;
    setReading(true);
    setFailure(null);
    setOutcome(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setPreview(await call('exchange', 'previewImport', { fileName: file.name, bytes }));
    } catch (error) {
      setFailure(exchangeErrorMessage(t, error));
    } finally {
      setReading(false);
    }
  };

  const imported = (result: ImportResult) => {
    setPreview(null);
    const message = t('exchange.applied', { ...result.counts });
    setOutcome(message);
    toasts.notify({ message, tone: 'success' });
  };

  return (
    <section className="card" aria-labelledby="settings-exchange">
      <h2 id="settings-exchange" className="card__title">
        {t('exchange.heading')}
      </h2>
      <p className="field__hint">{t('exchange.intro')}</p>
      <div className="exchange-actions">
        <button type="button" className="button" onClick={() => void exportLibrary()} disabled={exporting}>
          {exporting ? t('exchange.exportingLibrary') : t('exchange.exportLibrary')}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={reading}>
          {reading ? t('exchange.reading') : t('exchange.importFile')}
        </button>
        <input ref={fileInput} type="file" accept=".spokesdesk" className="visually-hidden" tabIndex={-1} aria-label={t('exchange.importFile')} data-testid="exchange-file" onChange={(event) => void pick(event)} />
      </div>
      {failure ? (
        <p className="form__alert exchange-message" role="alert">
          {failure}
        </p>
      ) : null}
      {outcome ? (
        <p className="exchange-message" role="status">
          {outcome}
        </p>
      ) : null}
      {preview ? <ImportPreviewDialog preview={preview} onClose={() => setPreview(null)} onImported={imported} /> : null}
    </section>
  );
}
