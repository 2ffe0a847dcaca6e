// "Xuất toàn bộ dữ liệu…" through the real IPC registration: main's save dialog picks the path, the page's payload cannot.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openServices } from '../../electron/services/index.js';
import type { Services } from '../../electron/services/types.js';
import { electron, FakeBrowserWindow, resetElectron, type FakeWebContents } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const { archivePathChooser } = await import('../../electron/main/archive-dialog.js');
const { mainFrameSenderCheck, registerContractHandlers } = await import('../../electron/main/ipc/register.js');
const { labelsFor } = await import('../../electron/main/labels.js');
const { createMainWindow } = await import('../../electron/main/window.js');
const { DEFAULT_WINDOW_STATE } = await import('../../electron/main/window-state.js');
const { trustedOrigins } = await import('../../electron/main/origin.js');

const RESOURCES = join(process.cwd(), 'resources');

let root: string;
let dataDir: string;
let documents: string;
let services: Services;
let contents: FakeWebContents;

beforeEach(async () => {
  resetElectron();
  root = await mkdtemp(join(tmpdir(), 'spokesdesk-archive-dialog-'));
  dataDir = join(root, 'data');
  documents = join(root, 'Tài liệu');
  await mkdir(documents);
  electron.app.setPath('documents', documents);
  const window = createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
  const fake = FakeBrowserWindow.instances[0];
  if (!fake) throw new Error('no window');
  contents = fake.webContents;
  services = await openServices({
    dataDir,
    resourcesDir: RESOURCES,
    appVersion: '0.1.0',
    chooseArchivePath: archivePathChooser(() => window, () => labelsFor('vi')),
  });
  registerContractHandlers(services.handlers, { isTrustedSender: mainFrameSenderCheck(() => window, trustedOrigins(undefined)) });
});

afterEach(async () => {
  await services.close();
  await rm(root, { recursive: true, force: true });
});

async function callFromPage(payload: unknown, sender: FakeWebContents = contents): Promise<unknown> {
  const handler = electron.ipcMain.handlers.get('system:saveArchive');
  if (!handler) throw new Error('system:saveArchive is not registered');
  const frame = sender.mainFrame;
  return handler({ sender, senderFrame: frame, processId: frame.processId, frameId: frame.routingId }, payload);
}

describe('system:saveArchive from the page', () => {
  it('shows the save dialog over the window, in Documents with the suggested name; cancelled, it writes nothing', async () => {
    expect(await callFromPage({})).toEqual({ ok: true, value: { saved: false } });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    const [owner, options] = electron.dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(owner).toBe(FakeBrowserWindow.instances[0]);
    expect(options).toMatchObject({ title: 'Lưu toàn bộ dữ liệu', filters: [{ name: 'Tệp nén dữ liệu (.tar.gz)', extensions: ['tar.gz'] }] });
    const defaultPath = (options as { defaultPath: string }).defaultPath;
    expect(join(documents, basename(defaultPath))).toBe(defaultPath);
    expect(basename(defaultPath)).toMatch(/^spokesdesk-du-lieu-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.tar\.gz$/);
    expect(await readdir(documents)).toEqual([]);
  });

  it('writes the archive where the dialog says and returns only a summary', async () => {
    const target = join(documents, 'sao-luu thang 11.tar.gz');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await callFromPage({});
    const size = (await stat(target)).size;
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'sao-luu thang 11.tar.gz', bytes: size, files: expect.any(Number) as number } });
    const listed = execFileSync('tar', ['-tzf', target], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(expect.arrayContaining(['spokesdesk-archive.json', 'settings.json']));
    expect(await readdir(documents)).toEqual(['sao-luu thang 11.tar.gz']);
  });

  it('refuses a payload naming a path without showing the dialog or writing there', async () => {
    const named = join(root, 'chosen-by-page.tar.gz');
    for (const payload of [{ path: named }, { target: named }, { fileName: 'x.tar.gz' }, named]) {
      expect(await callFromPage(payload)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    await expect(stat(named)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses another window without showing the dialog', async () => {
    createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
    const other = FakeBrowserWindow.instances[1]?.webContents;
    if (!other) throw new Error('no second window');
    expect(await callFromPage({}, other)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a path inside the data folder chosen in the dialog', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dataDir, 'library', 'a.tar.gz') });
    expect(await callFromPage({})).toMatchObject({ ok: false, error: { code: 'forbidden', details: { reason: 'archive_inside_data_folder' } } });
    await expect(stat(join(dataDir, 'library', 'a.tar.gz'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
