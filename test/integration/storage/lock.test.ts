// The data-folder lock: a second opener is refused with a clear error; a lock left by a dead process is taken over.
import { spawnSync } from 'node:child_process';
import { promises as fsPromises } from 'node:fs';
import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isTempFileName } from '../../../electron/services/storage/atomic-file.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { call, open, tempDir } from './helpers.js';

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  if (typeof child.pid !== 'number') throw new Error('could not start a child process');
  return child.pid;
}

async function openError(dir: string): Promise<AppError> {
  try {
    await open(dir);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the second open to be refused');
}

describe('data folder lock', () => {
  it('refuses a second opener while the folder is open, and allows it after close', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    const lock = JSON.parse(await readFile(path.join(dir, 'spokesdesk.lock'), 'utf8')) as { pid: number };
    expect(lock.pid).toBe(process.pid);
    const refused = await openError(dir);
    expect(refused.code).toBe('storage');
    expect(refused.details).toMatchObject({ reason: 'data_folder_in_use', pid: String(process.pid), host: os.hostname() });
    await first.services.close();
    const second = await open(dir);
    expect(await call(second.services, 'directives', 'list', {})).toEqual([]);
  });

  it('takes over a lock whose process is gone', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'spokesdesk.lock'), JSON.stringify({ pid: deadPid(), host: os.hostname(), since: '2020-01-01T00:00:00.000Z' }));
    const { services } = await open(dir);
    expect(await call(services, 'directives', 'list', {})).toEqual([]);
    const lock = JSON.parse(await readFile(path.join(dir, 'spokesdesk.lock'), 'utf8')) as { pid: number };
    expect(lock.pid).toBe(process.pid);
  });

  it('takes over an old unreadable lock but not a fresh one another process may be writing', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'spokesdesk.lock');
    await writeFile(file, '');
    expect((await openError(dir)).details).toMatchObject({ reason: 'data_folder_in_use' });
    const old = new Date(Date.now() - 60_000);
    await utimes(file, old, old);
    const { services } = await open(dir);
    await services.close();
  });

  it('leaves no temp lock file behind when a second opener is refused', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    await openError(dir);
    const leftovers = (await readdir(dir)).filter((name) => name.includes('spokesdesk.lock.'));
    expect(leftovers).toEqual([]);
    await services.close();
  });

  it('writes the lock through a temp file the next open sweeps, so a kill while locking leaves nothing behind', async () => {
    const dir = await tempDir();
    const link = vi.spyOn(fsPromises, 'link');
    let temp: string | undefined;
    try {
      const { services } = await open(dir);
      temp = link.mock.calls.map(([from]) => path.basename(String(from)))[0];
      await services.close();
    } finally {
      link.mockRestore();
    }
    expect(temp).toBeDefined();
    expect(isTempFileName(temp ?? '')).toBe(true);
    await writeFile(path.join(dir, temp ?? ''), '{"pid":');
    const { services } = await open(dir);
    expect(await readdir(dir)).not.toContain(temp);
    await services.close();
  });

  it('reports the folder in use when the holder sweeps the temp file of a second opener before it is linked', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const realLink = fsPromises.link.bind(fsPromises);
    const link = vi.spyOn(fsPromises, 'link').mockImplementation(async (from, to) => {
      await rm(from, { force: true });
      return realLink(from, to);
    });
    try {
      expect((await openError(dir)).details).toMatchObject({ reason: 'data_folder_in_use', pid: String(process.pid) });
    } finally {
      link.mockRestore();
    }
    await services.close();
  });
});
