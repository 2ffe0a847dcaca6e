// Exchange files imported from anywhere in the app: opened by the system (double-click, File ▸ Import in Electron) or chosen with "Nhập tệp trao đổi…", previewed in the import dialog.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '../../../shared/ipc/features/exchange';
import type { OpenedExchangeFile } from '../../../shared/ipc/events';
import { call, onBridgeEvent } from '../api/client';
import { exchangeErrorMessage } from '../exchange/exchangeErrors';
import { ImportPreviewDialog } from '../exchange/ImportPreviewDialog';
import { useToasts } from '../ui/Toasts';

// Subscribed while the scripts load, before the shell renders: main sends a file opened at start-up once the page has
// loaded, which can be before the settings are read and the shell is on screen.
const waiting: OpenedExchangeFile[] = [];
let receive: ((file: OpenedExchangeFile) => void) | null = null;
onBridgeEvent('openExchangeFile', (file) => {
  if (receive) receive(file);
  else waiting.push(file);
});

export interface ExchangeImportHandle {
  /** Opens the file chooser (a user gesture must be on the stack in a browser: a click or a key press). */
  choose(): void;
}

export const ExchangeImportHost = forwardRef<ExchangeImportHandle>(function ExchangeImportHost(_props, ref) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);

  useImperativeHandle(ref, () => ({ choose: () => input.current?.click() }), []);

  const previewBytes = useCallback(
    async (fileName: string, bytes: Uint8Array) => {
      try {
        setPreview(await call('exchange', 'previewImport', { fileName, bytes }));
      } catch (error) {
        toasts.notify({ message: exchangeErrorMessage(t, error), tone: 'error' });
      }
    },
    [t, toasts],
  );

  useEffect(() => {
    receive = (file) => {
      if ('refused' in file) toasts.notify({ message: t(`shell.openedFile.refused.${file.refused}`, { fileName: file.fileName }), tone: 'error' });
      else void previewBytes(file.fileName, file.bytes);
    };
    for (const file of waiting.splice(0)) receive(file);
    return () => {
      receive = null;
    };
  }, [previewBytes, t, toasts]);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // cleared so that choosing the same file again still fires a change
    event.target.value = '';
    if (file) await previewBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  };

  const imported = (result: ImportResult) => {
    setPreview(null);
    toasts.notify({ message: t('exchange.applied', { ...result.counts }), tone: 'success' });
  };

  return (
    <>
      <input ref={input} type="file" accept=".spokesdesk" className="visually-hidden" tabIndex={-1} aria-label={t('shell.commands.labels.importExchange')} data-testid="shell-exchange-file" onChange={(event) => void pick(event)} />
      {preview ? <ImportPreviewDialog preview={preview} onClose={() => setPreview(null)} onImported={imported} /> : null}
    </>
  );
});
