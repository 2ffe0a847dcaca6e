// A second instance on the same data folder quits at once: no services, no window, no handlers.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const dataDir = await mkdtemp(join(tmpdir(), 'spokesdesk-second-'));

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

it('quits without opening anything when the single-instance lock is held', async () => {
  vi.stubEnv('SPOKESDESK_DATA_DIR', dataDir);
  electron.app.singleInstanceLock = false;
  await import('../../electron/main/index.js');
  expect(electron.app.quit).toHaveBeenCalledTimes(1);
  expect(electron.app.listenerCount('second-instance')).toBe(0);
  expect(electron.ipcMain.handleCalls).toEqual([]);
  expect(FakeBrowserWindow.instances).toEqual([]);
});
