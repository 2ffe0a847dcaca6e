// Crash-safe file writes: a temp file in the same folder, fsync, rename (retried while Windows holds the file), fsync of the folder.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Rename failures that are transient on Windows (antivirus, indexer or a reader holding the target open). */
const RETRYABLE_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const TEMP_SUFFIX = '.tmp';

export interface WrittenFile {
  size: number;
  mtimeMs: number;
}

export interface RenameOptions {
  rename?: (from: string, to: string) => Promise<void>;
  /** Waits between attempts, in milliseconds; their count is the number of retries. */
  delaysMs?: readonly number[];
}

const DEFAULT_RENAME_DELAYS_MS = [10, 20, 40, 80, 160, 320, 640] as const;

/** The hidden temp name a write of `target` goes through; unique per write so concurrent writers never share one. */
export function tempPathFor(target: string): string {
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${unique}${TEMP_SUFFIX}`);
}

/** Whether a folder entry is a leftover temp file of an interrupted write. */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/**
 * Writes `data` to `target` so that a crash at any moment leaves either the old or the new content, and the new
 * content is on disk when the promise resolves.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: RenameOptions = {}): Promise<WrittenFile> {
  const temp = tempPathFor(target);
  let written: WrittenFile;
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
      const stat = await handle.stat();
      written = { size: stat.size, mtimeMs: stat.mtimeMs };
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target, options);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
  return written;
}

/** Renames, retrying with backoff while the OS reports the target as locked. */
export async function renameWithRetry(from: string, to: string, options: RenameOptions = {}): Promise<void> {
  const rename = options.rename ?? fs.rename;
  const delays = options.delaysMs ?? DEFAULT_RENAME_DELAYS_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !RETRYABLE_RENAME_CODES.has(errorCode(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Makes a rename inside `folder` durable (POSIX); Windows cannot open folders for syncing and does not need it. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares, FUSE) refuse to sync a folder; the file itself was synced already.
    if (!['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EACCES'].includes(errorCode(error))) throw error;
  } finally {
    await handle?.close();
  }
}

/** The Node error code of a thrown value, or ''. */
export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}
