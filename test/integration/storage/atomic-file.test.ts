// Atomic writes: content on disk, no temp files left, old content kept when a write fails, renames retried while Windows holds a file.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isTempFileName, renameWithRetry, writeFileAtomic } from '../../../electron/services/storage/atomic-file.js';
import { WriteQueue } from '../../../electron/services/storage/write-queue.js';
import { tempDir } from './helpers.js';

function osError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

describe('writeFileAtomic', () => {
  it('writes the content, replaces an existing file and leaves no temp file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'settings.json');
    await writeFile(file, 'old');
    const written = await writeFileAtomic(file, '{"ngôn ngữ":"vi"}');
    expect(await readFile(file, 'utf8')).toBe('{"ngôn ngữ":"vi"}');
    expect(written.size).toBe(Buffer.byteLength('{"ngôn ngữ":"vi"}'));
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('keeps the previous content and removes its temp file when the rename fails', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'target');
    await mkdir(target);
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
  });
});

describe('renameWithRetry', () => {
  it('retries while the target is locked, then succeeds', async () => {
    const rename = vi.fn<(from: string, to: string) => Promise<void>>();
    rename.mockRejectedValueOnce(osError('EPERM')).mockRejectedValueOnce(osError('EBUSY')).mockResolvedValueOnce(undefined);
    await renameWithRetry('a', 'b', { rename, delaysMs: [1, 1, 1] });
    expect(rename).toHaveBeenCalledTimes(3);
  });

  it('gives up after the last delay and does not retry other errors', async () => {
    const locked = vi.fn(() => Promise.reject(osError('EACCES')));
    await expect(renameWithRetry('a', 'b', { rename: locked, delaysMs: [1, 1] })).rejects.toThrow('EACCES');
    expect(locked).toHaveBeenCalledTimes(3);
    const missing = vi.fn(() => Promise.reject(osError('ENOENT')));
    await expect(renameWithRetry('a', 'b', { rename: missing, delaysMs: [1, 1] })).rejects.toThrow('ENOENT');
    expect(missing).toHaveBeenCalledTimes(1);
  });
});

describe('WriteQueue', () => {
  it('turns a burst of saves of one file into one write, and each save resolves with the data on disk', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'shard.json');
    const written: string[] = [];
    const queue = new WriteQueue({ onWritten: (f) => written.push(f) });
    let state = 0;
    const saves = Array.from({ length: 10 }, () => {
      state++;
      return queue.write(file, () => JSON.stringify({ state }));
    });
    await saves[0];
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ state: 10 });
    await Promise.all(saves);
    expect(written).toEqual([file]);
    expect(queue.writeCount).toBe(1);
  });

  it('writes again for saves that arrive while a write is running', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'shard.json');
    const queue = new WriteQueue();
    let started!: () => void;
    const writing = new Promise<void>((resolve) => (started = resolve));
    const first = queue.write(file, () => {
      started();
      return 'one';
    });
    await writing;
    const second = queue.write(file, () => 'two');
    const third = queue.write(file, () => 'three');
    await first;
    await Promise.all([second, third]);
    expect(await readFile(file, 'utf8')).toBe('three');
    expect(queue.writeCount).toBe(2);
  });

  it('rejects the saves of a failed write with a storage error, and writes that content again on flush', async () => {
    const dir = await tempDir();
    const queue = new WriteQueue();
    const file = path.join(dir, 'missing-folder', 'x.json');
    await expect(queue.write(file, () => 'x')).rejects.toMatchObject({ code: 'storage', details: { reason: 'write_failed', code: 'ENOENT' } });
    await expect(queue.flush()).rejects.toMatchObject({ code: 'storage' });
    await mkdir(path.dirname(file));
    await queue.flush();
    expect(await readFile(file, 'utf8')).toBe('x');
    await queue.flush();
    expect(queue.writeCount).toBe(1);
  });

  it('rejects a save whose content cannot be produced without poisoning later flushes', async () => {
    const dir = await tempDir();
    const queue = new WriteQueue();
    const file = path.join(dir, 'x.json');
    const bug = new TypeError('Do not know how to serialize a BigInt');
    await expect(
      queue.write(file, () => {
        throw bug;
      }),
    ).rejects.toBe(bug);
    await queue.flush();
    await queue.write(file, () => 'ok');
    await queue.flush();
    expect(await readFile(file, 'utf8')).toBe('ok');
  });

  it('flush() ends a delayed write at once', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'index.json');
    const queue = new WriteQueue();
    void queue.write(file, () => 'index', { delayMs: 60_000 });
    await queue.flush();
    expect(await readFile(file, 'utf8')).toBe('index');
  });
});
