// The data folder's layout (paths of every kind of file) and the listing of the files that make up the user's data.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { errorCode, isTempFileName } from './atomic-file.js';

export const LAYOUT = {
  lockFile: 'spokesdesk.lock',
  settings: 'settings.json',
  library: 'library',
  packets: 'packets',
  packetIndex: 'packets/index.json',
  versions: 'versions',
  attachments: 'attachments',
  backups: 'backups',
} as const;

/** Folders whose files are user data (backed up and restored); backups/ itself never is. */
const DATA_FOLDERS = [LAYOUT.library, LAYOUT.packets, LAYOUT.versions, LAYOUT.attachments] as const;

const CORRUPT_MARK = '.corrupt-';

export function isQuarantinedName(name: string): boolean {
  return name.includes(CORRUPT_MARK);
}

/** Name a damaged file is moved to: "<name>.corrupt-2026-11-26T08-15-00-123Z". */
export function quarantineName(name: string, at: Date): string {
  return `${name}${CORRUPT_MARK}${fileStamp(at)}`;
}

/** An ISO instant usable in file names on every platform: "2026-11-26T08-15-00-123Z". */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** A relative data path in the forward-slash form used in manifests, incidents and the UI. */
export function toRelative(dataDir: string, file: string): string {
  return path.relative(dataDir, file).split(path.sep).join('/');
}

export function fromRelative(dataDir: string, rel: string): string {
  return path.join(dataDir, ...rel.split('/'));
}

export async function ensureFolders(dataDir: string): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true });
  await Promise.all([...DATA_FOLDERS, LAYOUT.backups].map((f) => fs.mkdir(path.join(dataDir, f), { recursive: true })));
}

export interface DataFileEntry {
  /** Forward-slash path relative to the data folder. */
  path: string;
  size: number;
  mtimeMs: number;
}

/** Every user-data file (no temp files, no quarantined copies, nothing under backups/), sorted by path. */
export async function listDataFiles(dataDir: string): Promise<DataFileEntry[]> {
  const entries: DataFileEntry[] = [];
  const settings = await statOrNull(path.join(dataDir, LAYOUT.settings));
  if (settings) entries.push({ path: LAYOUT.settings, size: settings.size, mtimeMs: settings.mtimeMs });
  for (const folder of DATA_FOLDERS) {
    await walk(dataDir, path.join(dataDir, folder), entries);
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function walk(dataDir: string, folder: string, into: DataFileEntry[]): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  await Promise.all(
    names.map(async (name) => {
      if (isTempFileName(name) || isQuarantinedName(name)) return;
      const full = path.join(folder, name);
      const stat = await statOrNull(full);
      if (!stat) return;
      if (stat.isDirectory()) await walk(dataDir, full, into);
      else if (stat.isFile()) into.push({ path: toRelative(dataDir, full), size: stat.size, mtimeMs: stat.mtimeMs });
    }),
  );
}

async function statOrNull(file: string) {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Removes temp files left by writes that a crash interrupted (their targets still hold the previous content). */
export async function removeStaleTempFiles(dataDir: string): Promise<void> {
  const folders = [dataDir, ...DATA_FOLDERS.map((f) => path.join(dataDir, f))];
  await Promise.all(
    folders.map(async (folder) => {
      const names = await fs.readdir(folder).catch(() => [] as string[]);
      await Promise.all(names.filter(isTempFileName).map((n) => fs.rm(path.join(folder, n), { force: true })));
    }),
  );
}
