// Fingerprints of a data folder without its backups: cheap (inode, size, mtime of every file) and by content (SHA-256).
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isTempFileName } from '../../../electron/services/storage/atomic-file.js';

/** Backups are written by design on some valid calls; the lock file is rewritten by nothing but open and close. */
const IGNORED_TOP = new Set(['backups', 'spokesdesk.lock']);

async function files(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  return entries
    // A temp file belongs to a write in flight (it is renamed or removed at any moment) and is never data.
    .filter((e) => e.isFile() && !isTempFileName(e.name))
    .map((e) => path.relative(dataDir, path.join(e.parentPath, e.name)))
    .filter((rel) => !IGNORED_TOP.has(rel.split(path.sep)[0] ?? ''))
    .sort();
}

/** Changes whenever any file is written (an atomic write makes a new inode and a new mtime), even with equal content. */
export async function statFingerprint(dataDir: string): Promise<string> {
  const parts = await Promise.all(
    (await files(dataDir)).map(async (rel) => {
      const s = await stat(path.join(dataDir, rel), { bigint: true });
      return `${rel}\0${s.ino}\0${s.size}\0${s.mtimeNs}`;
    }),
  );
  return parts.join('\n');
}

export async function contentHash(dataDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const rel of await files(dataDir)) hash.update(`${rel}\0`).update(await readFile(path.join(dataDir, rel))).update('\0');
  return hash.digest('hex');
}

/** The paths whose entries differ between two stat fingerprints, for failure messages. */
export function changedPaths(before: string, after: string): string[] {
  const old = new Set(before.split('\n'));
  const now = new Set(after.split('\n'));
  const changed = [...old].filter((e) => !now.has(e)).concat([...now].filter((e) => !old.has(e)));
  return [...new Set(changed.map((e) => e.split('\0')[0] ?? ''))].sort();
}
