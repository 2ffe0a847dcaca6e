// The data-folder lock: one process writes a data folder; a lock left by a process that no longer runs is taken over.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/errors.js';
import { errorCode, tempPathFor } from './atomic-file.js';
import { LAYOUT } from './data-folder.js';

const lockContentSchema = z.object({ pid: z.number().int().positive(), host: z.string(), since: z.string() });
type LockContent = z.infer<typeof lockContentSchema>;

export interface DataFolderLock {
  readonly file: string;
  release(): Promise<void>;
}

/** Takes the lock or throws AppError('storage', { reason: 'data_folder_in_use' }) naming the process that holds it. */
export async function acquireDataFolderLock(dataDir: string, now: Date): Promise<DataFolderLock> {
  const file = path.join(dataDir, LAYOUT.lockFile);
  const mine: LockContent = { pid: process.pid, host: os.hostname(), since: now.toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let outcome: 'created' | 'exists';
    try {
      outcome = await createComplete(file, JSON.stringify(mine));
    } catch (error) {
      throw new AppError('storage', { reason: 'data_folder_unwritable', dataDir, message: String(error) });
    }
    if (outcome === 'created') return { file, release: () => releaseLock(file, mine) };
    const holder = await readLock(file);
    if (holder ? isHeldByLiveProcess(holder) : await isBeingWritten(file)) {
      throw new AppError('storage', {
        reason: 'data_folder_in_use',
        dataDir,
        pid: String(holder?.pid ?? ''),
        host: holder?.host ?? '',
        since: holder?.since ?? '',
      });
    }
    // Stale (its process is gone) or unreadable and old (a crash while it was being written): take it over.
    await fs.rm(file, { force: true });
  }
  throw new AppError('storage', { reason: 'data_folder_in_use', dataDir });
}

/**
 * Creates `file` with its whole content or not at all: the content goes to a temp file that is then hard-linked into
 * place (link fails with EEXIST when the lock exists), so a crash can never leave an empty lock behind; a temp file
 * a crash leaves is an ordinary hidden temp file that the next open sweeps away.
 */
async function createComplete(file: string, content: string): Promise<'created' | 'exists'> {
  const temp = tempPathFor(file);
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.link(temp, file);
    return 'created';
  } catch (error) {
    // EEXIST: the lock is there. ENOENT at the link: the process that holds the lock swept our temp file as it started.
    const code = errorCode(error);
    if (code === 'EEXIST' || (code === 'ENOENT' && (await exists(path.dirname(file))))) return 'exists';
    throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

async function exists(folder: string): Promise<boolean> {
  try {
    await fs.access(folder);
    return true;
  } catch {
    return false;
  }
}

async function readLock(file: string): Promise<LockContent | null> {
  try {
    const parsed = lockContentSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** An unreadable lock younger than a few seconds may be one another process is writing right now. */
async function isBeingWritten(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    return Date.now() - stat.mtimeMs < 5_000;
  } catch {
    return false;
  }
}

function isHeldByLiveProcess(holder: LockContent): boolean {
  // A process on another machine (shared network folder) cannot be checked: treat its lock as held.
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCode(error) === 'EPERM';
  }
}

async function releaseLock(file: string, mine: LockContent): Promise<void> {
  const holder = await readLock(file);
  if (holder && holder.pid === mine.pid && holder.since === mine.since) await fs.rm(file, { force: true });
}
