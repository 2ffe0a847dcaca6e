// Exchange files the system opened with the app (double-click, "Open with", a second launch, File ▸ Import in Electron), read by main and previewed here for import on any screen.
import { useCallback, useEffect, useState } from 'react';
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

export function ExchangeImportHost() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [preview, setPreview] = useState<ImportPreview | null>(null);

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

  const imported = (result: ImportResult) => {
    setPreview(null);
    toasts.notify({ message: t('exchange.applied', { ...result.counts }), tone: 'success' });
  };

  return preview ? <ImportPreviewDialog preview={preview} onClose={() => setPreview(null)} onImported={imported} /> : null;
}
