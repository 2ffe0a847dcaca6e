// System handlers: app and data-folder facts, storage incidents, backups (list, create, restore with a safety backup), the data archive.
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import type { SavedDataArchive } from '../../../shared/ipc/features/system.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { BackupInfo, StorageIncident } from '../../../shared/storage/types.js';

export interface SystemDeps {
  appVersion: string;
  dataDir: string;
  incidents: () => StorageIncident[];
  /** The window reports its first screen shown (see Runtime: deferred start-up work). */
  firstScreenShown: () => void;
  listBackups: () => Promise<BackupInfo[]>;
  createBackup: () => Promise<BackupInfo>;
  /** Backs up the current state, restores `id`, reloads; resolves with the safety backup. */
  restoreBackup: (id: string) => Promise<BackupInfo>;
  /** Opens a web or mail address with the system's program (Electron: shell.openExternal); absent: refused. */
  openExternal?: (url: string) => Promise<void>;
  /** Asks where to save, flushes pending saves, packs the data folder and writes it there (see archive/data-archive.ts). */
  saveArchive: () => Promise<SavedDataArchive>;
}

export function systemApi(deps: SystemDeps) {
  return {
    async info() {
      return { appVersion: deps.appVersion, dataDir: deps.dataDir, platform: process.platform };
    },

    async firstScreenShown() {
      deps.firstScreenShown();
      return null;
    },

    async storageIncidents() {
      return deps.incidents();
    },

    async listBackups() {
      return deps.listBackups();
    },

    async createBackup() {
      return deps.createBackup();
    },

    async restoreBackup({ id }) {
      const known = await deps.listBackups();
      if (!known.some((b) => b.id === id)) throw new AppError('not_found', { id });
      return deps.restoreBackup(id);
    },

    async openExternal({ url }) {
      if (!deps.openExternal) throw new AppError('forbidden', { reason: 'no_external_opener' });
      await deps.openExternal(url);
      return null;
    },

    async saveArchive() {
      return deps.saveArchive();
    },
  } satisfies FeatureHandlers<'system'>;
}
