// System channels: app and data-folder facts, the start-up storage report, backups, and the whole-folder archive.
import { z } from 'zod';
import { externalUrlSchema } from '../../editor/external-url.js';
import { backupIdSchema, type BackupInfo, type StorageIncident } from '../../storage/types.js';
import { channel } from '../define.js';

export interface AppInfo {
  appVersion: string;
  dataDir: string;
  platform: string;
}

/** What system.saveArchive did: nothing (the save dialog was cancelled), or the archive written where the user chose. */
export type SavedDataArchive =
  | { saved: false }
  | {
      saved: true;
      /** The name of the written file (without its folder). */
      fileName: string;
      /** The archive's size on disk (compressed). */
      bytes: number;
      /** Data files in the archive (the manifest not counted). */
      files: number;
    };

export const systemChannels = {
  info: channel<AppInfo>()(z.object({}).strict()),
  /**
   * Opens a link from content in the system browser (mail program for mailto:) — only after the page has asked the
   * user. http, https and mailto only, at most 2,000 characters; refused (forbidden) where no system opener is given.
   */
  openExternal: channel<null>()(z.object({ url: externalUrlSchema }).strict()),
  /** The window shows its first screen: start-up work that can wait (reading the large lazy collections) begins now. */
  firstScreenShown: channel<null>()(z.object({}).strict()),
  /** Files quarantined or restored while the data folder was opened. */
  storageIncidents: channel<StorageIncident[]>()(z.object({}).strict()),
  listBackups: channel<BackupInfo[]>()(z.object({}).strict()),
  createBackup: channel<BackupInfo>()(z.object({}).strict()),
  /** Restores a backup after backing up the current state; returns that safety backup. */
  restoreBackup: channel<BackupInfo>()(z.object({ id: backupIdSchema }).strict()),
  /**
   * The whole data folder as one .tar.gz (docs/data-folder.md, "Archive"): main asks where to save it (the page never
   * names a path), writes pending saves, packs every data file and writes the archive there atomically. Refused:
   * AppError('too_large', { reason: 'archive_too_large', limit }), AppError('forbidden', { reason:
   * 'archive_inside_data_folder' }), AppError('storage', { reason: 'archive_unwritable' }).
   */
  saveArchive: channel<SavedDataArchive>()(z.object({}).strict()),
};
