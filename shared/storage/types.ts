// Storage facts the UI is told about: quarantined files, backups, and the data folder's layout.
import { z } from 'zod';

/** A data file that could not be read or validated: it was moved aside and, where possible, restored from a backup. */
export interface StorageIncident {
  /** Path relative to the data folder ("library/directives-03.json"). */
  file: string;
  /** Where the damaged file now is, relative to the data folder. */
  quarantinedAs: string;
  /** The backup the file was restored from, or null when no good copy existed (the collection then starts without it). */
  restoredFrom: string | null;
  reason: 'unreadable' | 'invalid_json' | 'invalid_data' | 'newer_version';
  at: string;
}

export interface BackupInfo {
  /** Folder name under backups/, sortable by time ("2026-11-26T08-15-00-123Z-auto"). */
  id: string;
  createdAt: string;
  reason: 'startup' | 'periodic' | 'manual' | 'before_restore' | 'before_migration';
  files: number;
  bytes: number;
}

export const backupIdSchema = z.string().regex(/^[0-9TZ-]+-(startup|periodic|manual|before_restore|before_migration)$/);
