// IPC registration against the real services on a temp folder: every channel once, duplicates refused, payloads and senders checked.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contractChannels } from '../../shared/ipc/contract.js';
import { openServices } from '../../electron/services/index.js';
import type { Services } from '../../electron/services/types.js';
import { electron, FakeBrowserWindow, resetElectron, type FakeFrame, type FakeIpcMain, type FakeWebContents } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const { mainFrameSenderCheck, registerContractHandlers } = await import('../../electron/main/ipc/register.js');
const { createMainWindow } = await import('../../electron/main/window.js');
const { DEFAULT_WINDOW_STATE } = await import('../../electron/main/window-state.js');
const { trustedOrigins } = await import('../../electron/main/origin.js');

const RESOURCES = join(process.cwd(), 'resources');
const DIRECTIVE = {
  type: 'Kết luận',
  number: '57',
  symbol: '57-KL/TW',
  issuer: 'Bộ Chính trị',
  title: 'đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
};

let dataDir: string;
let services: Services;
let ipcMain: FakeIpcMain;
let contents: FakeWebContents;
let window: ReturnType<typeof createMainWindow>;

beforeEach(async () => {
  resetElectron();
  dataDir = await mkdtemp(join(tmpdir(), 'spokesdesk-ipc-'));
  services = await openServices({ dataDir, resourcesDir: RESOURCES, appVersion: '0.1.0' });
  ipcMain = electron.ipcMain;
  window = createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
  const fake = FakeBrowserWindow.instances[0];
  if (!fake) throw new Error('no window');
  contents = fake.webContents;
});

afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

function register(devServer?: string) {
  return registerContractHandlers(services.handlers, {
    isTrustedSender: mainFrameSenderCheck(() => window, trustedOrigins(devServer)),
  });
}

/** What Electron passes as the first handler argument: the sending webContents and frame. */
function eventFrom(frame: FakeFrame | null, sender: FakeWebContents = contents) {
  return { sender, senderFrame: frame, processId: frame?.processId ?? 0, frameId: frame?.routingId ?? 0 };
}

async function call(channel: string, payload: unknown, event = eventFrom(contents.mainFrame)): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload);
}

describe('IPC registration', () => {
  it('calls ipcMain.handle exactly once for every contract channel', () => {
    register();
    const expected = contractChannels().map((c) => c.name);
    expect([...ipcMain.handleCalls].sort()).toEqual([...expected].sort());
    expect(new Set(ipcMain.handleCalls).size).toBe(ipcMain.handleCalls.length);
  });

  it('refuses to register the contract twice on one ipcMain, before registering anything', () => {
    register();
    const callsBefore = ipcMain.handleCalls.length;
    expect(() => register()).toThrow(/registered twice: directives:list/);
    expect(ipcMain.handleCalls.length).toBe(callsBefore);
  });

  it('removes its handlers again, after which it can register anew', () => {
    const unregister = register();
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
    expect(() => register()).not.toThrow();
  });

  it('runs a valid call from the app page through the real services', async () => {
    register();
    const created = await call('directives:create', { fields: DIRECTIVE });
    expect(created).toMatchObject({ ok: true, value: { symbol: '57-KL/TW', issuer: 'Bộ Chính trị' } });
    expect(await call('directives:list', {})).toMatchObject({ ok: true, value: [{ symbol: '57-KL/TW' }] });
  });

  it('returns a validation BridgeError for a bad payload without calling the handler', async () => {
    const create = vi.spyOn(services.handlers.directives, 'create');
    register();
    for (const payload of [undefined, null, 'directives', { fields: { ...DIRECTIVE, symbol: '57 KL TW' } }, { fields: DIRECTIVE, extra: 1 }]) {
      const result = await call('directives:create', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation', messageKey: 'errors.validation' } });
    }
    const symbolError = await call('directives:create', { fields: { ...DIRECTIVE, symbol: '57 KL TW' } });
    expect(symbolError).toMatchObject({ error: { issues: [{ path: ['fields', 'symbol'], message: 'validation.symbolFormat' }] } });
    expect(create).not.toHaveBeenCalled();
    expect(await call('directives:list', {})).toEqual({ ok: true, value: [] });
  });

  it('returns forbidden, without running anything, for calls from a foreign frame, origin or webContents', async () => {
    const create = vi.spyOn(services.handlers.directives, 'create');
    register();
    const main = contents.mainFrame;
    const other = createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
    const otherContents = FakeBrowserWindow.instances[1]?.webContents;
    if (!otherContents || !other) throw new Error('no second window');
    const foreignEvents = [
      eventFrom({ ...main, url: 'https://evil.example/' }),
      eventFrom({ ...main, url: 'app://evil/index.html' }),
      eventFrom({ ...main, url: 'file:///home/user/packet.html' }),
      eventFrom({ ...main, url: 'http://localhost:5173/' }),
      eventFrom({ url: 'app://spokesdesk/index.html', parent: main, processId: main.processId, routingId: 99 }),
      eventFrom({ ...main, routingId: main.routingId + 1000 }),
      eventFrom(null),
      eventFrom(otherContents.mainFrame, otherContents),
    ];
    for (const event of foreignEvents) {
      expect(await call('directives:create', { fields: DIRECTIVE }, event)).toEqual({
        ok: false,
        error: { code: 'forbidden', messageKey: 'errors.forbidden', issues: [], details: {} },
      });
    }
    expect(create).not.toHaveBeenCalled();
  });

  it('refuses every call once the window is gone', async () => {
    register();
    const fake = FakeBrowserWindow.instances[0];
    if (!fake) throw new Error('no window');
    fake.destroyed = true;
    expect(await call('directives:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('accepts the dev server origin only when the app runs from it', async () => {
    register('http://localhost:5173');
    const fromDevServer = eventFrom({ ...contents.mainFrame, url: 'http://localhost:5173/index.html' });
    expect(await call('directives:list', {}, fromDevServer)).toEqual({ ok: true, value: [] });
  });
});
