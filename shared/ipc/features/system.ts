// System channels: app and data-folder facts, the start-up storage report, and backups.
import { z } from 'zod';
import { backupIdSchema, type BackupInfo, type StorageIncident } from '../../storage/types.js';
import { channel } from '../define.js';

export interface AppInfo {
  appVersion: string;
  dataDir: string;
  platform: string;
}

export const systemChannels = {
  info: channel<AppInfo>()(z.object({}).strict()),
  /** Files quarantined or restored while the data folder was opened. */
  storageIncidents: channel<StorageIncident[]>()(z.object({}).strict()),
  listBackups: channel<BackupInfo[]>()(z.object({}).strict()),
  createBackup: channel<BackupInfo>()(z.object({}).strict()),
  /** Restores a backup after backing up the current state; returns that safety backup. */
  restoreBackup: channel<BackupInfo>()(z.object({ id: backupIdSchema }).strict()),
};
