// system.openExternal through the registered IPC handler and the real services: shell.openExternal only for a valid web or mail address from the app's page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openServices } from '../../electron/services/index.js';
import type { Services } from '../../electron/services/types.js';
import { electron, FakeBrowserWindow, resetElectron, type FakeFrame, type FakeWebContents } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const { openExternalUrl } = await import('../../electron/main/external-links.js');
const { mainFrameSenderCheck, registerContractHandlers } = await import('../../electron/main/ipc/register.js');
const { createMainWindow } = await import('../../electron/main/window.js');
const { DEFAULT_WINDOW_STATE } = await import('../../electron/main/window-state.js');
const { trustedOrigins } = await import('../../electron/main/origin.js');

const CHANNEL = 'system:openExternal';
let dataDir: string;
let services: Services;
let contents: FakeWebContents;

beforeEach(async () => {
  resetElectron();
  dataDir = await mkdtemp(join(tmpdir(), 'spokesdesk-links-'));
  services = await openServices({ dataDir, resourcesDir: join(process.cwd(), 'resources'), appVersion: '0.1.0', openExternal: openExternalUrl });
  const window = createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
  const fake = FakeBrowserWindow.instances[0];
  if (!fake) throw new Error('no window');
  contents = fake.webContents;
  registerContractHandlers(services.handlers, { isTrustedSender: mainFrameSenderCheck(() => window, trustedOrigins(undefined)) });
});

afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function call(payload: unknown, frame: FakeFrame | null = contents.mainFrame): Promise<unknown> {
  const handler = electron.ipcMain.handlers.get(CHANNEL);
  if (!handler) throw new Error(`no handler for ${CHANNEL}`);
  return handler({ sender: contents, senderFrame: frame, processId: frame?.processId ?? 0, frameId: frame?.routingId ?? 0 }, payload);
}

describe('system.openExternal', () => {
  it('hands an https or mailto address from the app page to shell.openExternal, as given when already normal', async () => {
    const url = 'https://baochinhphu.vn/ket-luan-57-kl-tw.htm?trang=2#muc-3';
    expect(await call({ url })).toEqual({ ok: true, value: null });
    expect(await call({ url: 'mailto:vanphong@example.gov.vn' })).toEqual({ ok: true, value: null });
    expect(electron.shell.openExternal).toHaveBeenNthCalledWith(1, url, { activate: true });
    expect(electron.shell.openExternal).toHaveBeenNthCalledWith(2, 'mailto:vanphong@example.gov.vn', { activate: true });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(2);
  });

  it('opens a Unicode (look-alike) host in its punycode form, the one the confirmation showed', async () => {
    expect(await call({ url: 'https://аррӏе.com/dang-nhap' })).toEqual({ ok: true, value: null });
    expect(await call({ url: 'https://chínhphủ.vn/đ' })).toEqual({ ok: true, value: null });
    expect(electron.shell.openExternal).toHaveBeenNthCalledWith(1, 'https://xn--80ak6aa92e.com/dang-nhap', { activate: true });
    expect(electron.shell.openExternal).toHaveBeenNthCalledWith(2, 'https://xn--chnhph-4va0152d.vn/%C4%91', { activate: true });
  });

  it('refuses other schemes, malformed or oversized addresses and extra keys without calling the shell', async () => {
    const refused = [
      { url: 'javascript:alert(1)' },
      { url: 'file:///etc/passwd' },
      { url: 'app://spokesdesk/index.html' },
      { url: 'smb://server/share' },
      { url: 'mailto:x@example.com?attach=/home/u/.ssh/id_rsa' },
      { url: 'https://' },
      { url: 'https://example.com/a b' },
      { url: 'https://example.com/\u0000' },
      { url: `https://example.com/${'a'.repeat(2000)}` },
      { url: '' },
      { url: 'https://example.com', extra: true },
      { href: 'https://example.com' },
      null,
    ];
    for (const payload of refused) expect(await call(payload), JSON.stringify(payload)?.slice(0, 60)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses a call from a frame that is not the app page', async () => {
    const main = contents.mainFrame;
    const foreign = { ...main, url: 'https://evil.example/' };
    expect(await call({ url: 'https://example.com/' }, foreign)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('checks the address again itself: the last step before the operating system acts on it', async () => {
    await expect(openExternalUrl('javascript:alert(1)')).rejects.toThrow(/Refused/);
    await expect(openExternalUrl('file:///etc/passwd')).rejects.toThrow(/Refused/);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    await openExternalUrl('http://example.com/');
    expect(electron.shell.openExternal).toHaveBeenCalledWith('http://example.com/', { activate: true });
  });
});

describe('without an openExternal from the app', () => {
  it('refuses the channel (the CLI and tests that do not give one)', async () => {
    const bare = await openServices({ dataDir: await mkdtemp(join(tmpdir(), 'spokesdesk-links-bare-')), resourcesDir: join(process.cwd(), 'resources'), appVersion: '0.1.0' });
    try {
      await expect(bare.handlers.system.openExternal({ url: 'https://example.com/' })).rejects.toMatchObject({ code: 'forbidden' });
    } finally {
      await bare.close();
      await rm(bare.dataDir, { recursive: true, force: true });
    }
  });
});
