// "Export packet (exchange file)…": the packet with everything it references, saved as one .spokesdesk file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useToasts } from '../ui/Toasts';
import { exchangeErrorMessage } from './exchangeErrors';
import { saveExchangeFile } from './saveExchangeFile';

export function ExportPacketButton({ packetId }: { packetId: string }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);

  const exportPacket = async () => {
    setBusy(true);
    try {
      const file = await call('exchange', 'exportPacket', { id: packetId });
      saveExchangeFile(file);
      toasts.notify({ message: t('exchange.exported', { fileName: file.fileName }), tone: 'success' });
    } catch (error) {
      toasts.notify({ message: exchangeErrorMessage(t, error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" className="button button--small" onClick={() => void exportPacket()} disabled={busy}>
      {busy ? t('exchange.exportingPacket') : t('exchange.exportPacket')}
    </button>
  );
}
