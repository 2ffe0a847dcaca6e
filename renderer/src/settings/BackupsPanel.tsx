// Backups: the rotating copies of the data folder, "back up now", restoring one (after a safety backup), and the whole-folder archive.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/features/system';
import type { Settings } from '../../../shared/model/settings';
import type { BackupInfo } from '../../../shared/storage/types';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';
import { useReportReady } from '../app/shellContext';
import { currentLanguage } from '../i18n';
import { byteSize, formatDateTime, formatNumber } from '../i18n/format';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ArchiveExport } from './ArchiveExport';
import { useToasts } from '../ui/Toasts';

export function BackupsPanel({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const language = currentLanguage();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const load = useCallback(() => {
    call('system', 'listBackups', {}).then(
      (list) => {
        setBackups([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
        setLoadError(null);
      },
      setLoadError,
    );
  }, []);

  useEffect(() => {
    load();
    call('system', 'info', {}).then(setInfo, () => undefined);
  }, [load]);
  useReportReady(backups !== null || loadError !== null);

  const createNow = async () => {
    setCreating(true);
    try {
      await call('system', 'createBackup', {});
      toasts.notify({ message: t('backups.created'), tone: 'success' });
      load();
    } catch (error) {
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    } finally {
      setCreating(false);
    }
  };

  const restore = async (backup: BackupInfo) => {
    try {
      await call('system', 'restoreBackup', { id: backup.id });
      toasts.notify({ message: t('backups.restored'), tone: 'success' });
      window.setTimeout(() => window.location.reload(), 800);
    } catch (error) {
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    } finally {
      setRestoring(null);
    }
  };

  const when = (backup: BackupInfo) => formatDateTime(backup.createdAt, language);
  const size = (bytes: number) => {
    const { unit, value, digits } = byteSize(bytes);
    return t(`units.${unit}`, { value: formatNumber(value, language, digits) });
  };

  return (
    <section className="card" aria-labelledby="settings-backups">
      <div className="card__header">
        <h2 id="settings-backups" className="card__title">
          {t('backups.heading')}
        </h2>
        <button type="button" className="button" onClick={() => void createNow()} disabled={creating}>
          {creating ? t('backups.creating') : t('backups.createNow')}
        </button>
      </div>
      <p className="card__text">{t('backups.intro', { minutes: settings.backupIntervalMinutes, keep: settings.backupKeep })}</p>
      {info ? (
        <dl className="facts">
          <dt>{t('backups.dataFolder')}</dt>
          <dd className="facts__path">{info.dataDir}</dd>
        </dl>
      ) : null}
      {loadError ? (
        <p className="notice notice--error" role="alert">
          {t('backups.loadFailed', { message: errorMessage(t, loadError) })}
        </p>
      ) : null}
      {backups && backups.length === 0 ? <p className="muted">{t('backups.empty')}</p> : null}
      {backups && backups.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('backups.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backups.when')}</th>
                <th scope="col">{t('backups.reasonColumn')}</th>
                <th scope="col" className="table__number">
                  {t('backups.files')}
                </th>
                <th scope="col" className="table__number">
                  {t('backups.size')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.id}>
                  <td>{when(backup)}</td>
                  <td>{t(`backups.reason.${backup.reason}`)}</td>
                  <td className="table__number">{formatNumber(backup.files, language)}</td>
                  <td className="table__number">{size(backup.bytes)}</td>
                  <td className="table__actions">
                    <button type="button" className="button button--quiet" aria-label={t('backups.restoreLabel', { when: when(backup) })} onClick={() => setRestoring(backup)}>
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ArchiveExport />
      {restoring ? (
        <ConfirmDialog
          title={t('backups.restoreTitle')}
          body={t('backups.restoreBody', { when: when(restoring) })}
          confirmLabel={t('backups.restoreConfirm')}
          tone="primary"
          focus="cancel"
          onCancel={() => setRestoring(null)}
          onConfirm={() => void restore(restoring)}
        />
      ) : null}
    </section>
  );
}
