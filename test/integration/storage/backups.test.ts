// Backups: manifests, rotation to settings.backupKeep, start-up backups only when something changed, restore with a safety backup.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { call, directiveInput, failure, listTree, open, tempDir } from './helpers.js';

describe('backups', () => {
  it('copies every data file (not backups/, not the lock) with a manifest', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    await call(services, 'directives', 'create', { fields: directiveInput(1) });
    await call(services, 'packets', 'create', { fields: { title: 'Họp báo tháng 1', period: { kind: 'month', year: 2026, month: 1 } } });
    const backup = await call(services, 'system', 'createBackup', {});
    expect(backup).toMatchObject({ reason: 'manual', id: expect.stringMatching(/^[0-9TZ-]+-manual$/) });
    const files = (await listTree(path.join(dir, 'backups', backup.id))).filter((f) => f !== 'manifest.json');
    const live = (await listTree(dir)).filter((f) => !f.startsWith('backups/') && f !== 'spokesdesk.lock');
    expect(files).toEqual(live);
    expect(backup.files).toBe(files.length);
    const sizes = await Promise.all(files.map(async (f) => (await readFile(path.join(dir, f))).length));
    expect(backup.bytes).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(await call(services, 'system', 'listBackups', {})).toContainEqual(backup);
  });

  it('keeps only settings.backupKeep backups, newest first', async () => {
    const { services } = await open(await tempDir());
    await call(services, 'settings', 'update', { fields: { backupKeep: 3 } });
    const made = [];
    for (let n = 0; n < 5; n++) {
      await call(services, 'directives', 'create', { fields: directiveInput(n + 1) });
      made.push(await call(services, 'system', 'createBackup', {}));
    }
    const listed = await call(services, 'system', 'listBackups', {});
    expect(listed.map((b) => b.id)).toEqual(made.slice(-3).reverse().map((b) => b.id));
  });

  it('makes a start-up backup when the folder changed since the last backup, and none when it did not', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    await call(first.services, 'directives', 'create', { fields: directiveInput(1) });
    await first.services.close();
    for (let n = 0; n < 2; n++) {
      const again = await open(dir);
      await again.services.close();
    }
    const { services } = await open(dir);
    await services.flush();
    const reasons = (await call(services, 'system', 'listBackups', {})).map((b) => b.reason);
    expect(reasons).toEqual(['startup']);
  });

  it('makes the periodic backup on time even when other settings are saved more often than its interval', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { services } = await open(await tempDir());
      await call(services, 'settings', 'update', { fields: { backupIntervalMinutes: 5 } });
      for (let minute = 4; minute <= 12; minute += 4) {
        await call(services, 'settings', 'update', { fields: { agencyName: `Sở ${minute}` } });
        vi.advanceTimersByTime(4 * 60_000);
      }
      await services.flush();
      const reasons = (await call(services, 'system', 'listBackups', {})).map((b) => b.reason);
      expect(reasons).toContain('periodic');
      await services.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('restores a backup after backing up the current state, and the safety backup undoes the restore', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const kept = await call(services, 'directives', 'create', { fields: directiveInput(1) });
    const before = await call(services, 'system', 'createBackup', {});
    const later = await call(services, 'directives', 'create', { fields: directiveInput(2) });
    await call(services, 'settings', 'update', { fields: { agencyName: 'Bộ Ngoại giao' } });

    const safety = await call(services, 'system', 'restoreBackup', { id: before.id });
    expect(safety.reason).toBe('before_restore');
    expect((await call(services, 'directives', 'list', {})).map((d) => d.id)).toEqual([kept.id]);
    expect((await call(services, 'settings', 'get', {})).agencyName).toBe('');
    expect(await failure(call(services, 'directives', 'get', { id: later.id }))).toMatchObject({ code: 'not_found' });

    await call(services, 'system', 'restoreBackup', { id: safety.id });
    expect((await call(services, 'directives', 'list', {})).map((d) => d.id).sort()).toEqual([kept.id, later.id].sort());
    expect((await call(services, 'settings', 'get', {})).agencyName).toBe('Bộ Ngoại giao');
    await services.close();
    const reopened = await open(dir);
    expect((await call(reopened.services, 'directives', 'list', {})).map((d) => d.id).sort()).toEqual([kept.id, later.id].sort());
  });

  it('never interleaves a restore with saves: what the app shows after the dust settles is what is on disk', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const first = await call(services, 'directives', 'create', { fields: directiveInput(1) });
    const backup = await call(services, 'system', 'createBackup', {});
    const creates = Array.from({ length: 20 }, (_, n) => call(services, 'directives', 'create', { fields: directiveInput(n + 2) }));
    const restore = call(services, 'system', 'restoreBackup', { id: backup.id });
    const later = Array.from({ length: 5 }, (_, n) => call(services, 'directives', 'create', { fields: directiveInput(n + 30) }));
    await Promise.all([...creates, restore, ...later]);
    const shown = (await call(services, 'directives', 'list', {})).map((d) => d.id).sort();
    expect(shown).toContain(first.id);
    await services.close();
    const reopened = await open(dir);
    expect((await call(reopened.services, 'directives', 'list', {})).map((d) => d.id).sort()).toEqual(shown);
  });

  it('refuses to restore a backup that does not exist', async () => {
    const { services } = await open(await tempDir());
    expect(await failure(call(services, 'system', 'restoreBackup', { id: '2020-01-01T00-00-00-000Z-manual' }))).toMatchObject({ code: 'not_found' });
    expect(await failure(call(services, 'system', 'restoreBackup', { id: '../../etc' }))).toMatchObject({ code: 'validation' });
  });
});
