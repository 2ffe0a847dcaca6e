// Backups card, "Export all data": main asks where to save and writes the whole data folder there as one .tar.gz.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { BridgeCallError, call } from '../api/client';
import { errorMessage } from '../api/errors';
import { currentLanguage } from '../i18n';
import { byteSize, formatNumber } from '../i18n/format';
import { useToasts } from '../ui/Toasts';
import './archive-export.css';

function sizeText(t: TFunction, bytes: number): string {
  const { unit, value, digits } = byteSize(bytes);
  return t(`units.${unit}`, { value: formatNumber(value, currentLanguage(), digits) });
}

function failureText(t: TFunction, error: unknown): string {
  const details = error instanceof BridgeCallError ? error.details : {};
  const reason = details.reason;
  if (reason === 'archive_too_large') return t('backupArchive.tooLarge', { limit: sizeText(t, Number(details.limit)) });
  if (reason === 'archive_inside_data_folder') return t('backupArchive.insideDataFolder');
  if (reason === 'archive_unwritable') return t('backupArchive.unwritable');
  return t('backupArchive.failed', { message: errorMessage(t, error) });
}

export function ArchiveExport() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const exportAll = async () => {
    setExporting(true);
    setFailure(null);
    try {
      const result = await call('system', 'saveArchive', {});
      // Cancelled in the save dialog: nothing was written, nothing to say.
      if (!result.saved) return;
      const files = formatNumber(result.files, currentLanguage());
      toasts.notify({ message: t('backupArchive.exported', { fileName: result.fileName, size: sizeText(t, result.bytes), files }), tone: 'success' });
    } catch (error) {
      setFailure(failureText(t, error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div role="group" aria-labelledby="settings-backups-archive" aria-busy={exporting}>
      <h3 id="settings-backups-archive" className="card__title card__title--spaced">
        {t('backupArchive.heading')}
      </h3>
      <p className="card__text" id="settings-backups-archive-intro">
        {t('backupArchive.intro')}
      </p>
      <button type="button" className="button" aria-describedby="settings-backups-archive-intro" onClick={() => void exportAll()} disabled={exporting}>
        {exporting ? t('backupArchive.exporting') : t('backupArchive.export')}
      </button>
      {failure ? (
        <p className="notice notice--error archive-export__failure" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
