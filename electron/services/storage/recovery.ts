// Damaged files: move aside as *.corrupt-<time>, put back the newest backup copy that decodes, and report a StorageIncident.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/errors.js';
import type { StorageIncident } from '../../../shared/storage/types.js';
import { errorCode, writeFileAtomic } from './atomic-file.js';
import type { BackupManager } from './backups.js';
import { DataFileError, parseJson, readTextIfExists, type Decoded, type Decoder } from './data-file.js';
import { fromRelative, quarantineName, toRelative } from './data-folder.js';
import type { ValidatedJsonFile } from './lowdb-adapter.js';

/** Incidents since the data folder was opened; each is also sent to the UI as it happens. */
export class IncidentLog {
  private readonly incidents: StorageIncident[] = [];

  constructor(private readonly onIncident?: (incident: StorageIncident) => void) {}

  record(incident: StorageIncident): void {
    this.incidents.push(incident);
    this.onIncident?.(incident);
  }

  list(): StorageIncident[] {
    return [...this.incidents];
  }
}

export interface RecoveryContext {
  dataDir: string;
  now: () => Date;
  backups: BackupManager;
  incidents: IncidentLog;
}

/**
 * Handles a file that failed to read: quarantines it, restores the newest good backup copy in its place and records
 * the incident. Returns the restored content, or null when no backup holds a good copy (the file is then absent).
 */
export async function recoverDamagedFile<T>(context: RecoveryContext, damage: DataFileError, decode: Decoder<T>): Promise<Decoded<T> | null> {
  const rel = toRelative(context.dataDir, damage.file);
  const at = context.now();
  const quarantined = await quarantine(damage.file, at);
  const restored = await newestGoodCopy(context, rel, decode);
  if (restored) await writeFileAtomic(damage.file, restored.text);
  context.incidents.record({
    file: rel,
    quarantinedAs: toRelative(context.dataDir, quarantined),
    restoredFrom: restored?.backupId ?? null,
    reason: damage.reason,
    at: at.toISOString(),
  });
  return restored?.decoded ?? null;
}

/** Reads a data file through its adapter, recovering it when it is damaged; null when no usable copy exists anywhere. */
export async function readWithRecovery<T>(context: RecoveryContext, adapter: ValidatedJsonFile<T>): Promise<Decoded<T> | null> {
  try {
    const data = await adapter.read();
    return data === null ? null : { data, migrated: adapter.lastReadMigrated };
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    return recoverDamagedFile(context, error, adapter.decode);
  }
}

async function quarantine(file: string, at: Date): Promise<string> {
  let target = path.join(path.dirname(file), quarantineName(path.basename(file), at));
  for (let n = 1; await exists(target); n++) {
    target = path.join(path.dirname(file), `${quarantineName(path.basename(file), at)}-${n}`);
  }
  try {
    await fs.rename(file, target);
  } catch (error) {
    throw new AppError('storage', { reason: 'quarantine_failed', file: path.basename(file), message: errorCode(error) });
  }
  return target;
}

async function newestGoodCopy<T>(
  context: RecoveryContext,
  rel: string,
  decode: Decoder<T>,
): Promise<{ backupId: string; text: string; decoded: Decoded<T> } | null> {
  for (const backup of await context.backups.list()) {
    const copy = context.backups.fileIn(backup.id, rel);
    try {
      const text = await readTextIfExists(copy);
      if (text === null) continue;
      return { backupId: backup.id, text, decoded: decode(parseJson(text, copy), fromRelative(context.dataDir, rel)) };
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
    }
  }
  return null;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
