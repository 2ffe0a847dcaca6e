// The whole main process started against the fake electron and the real services: wiring, events, menu language, quit.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contractChannels } from '../../shared/ipc/contract.js';
import { eventChannel } from '../../shared/ipc/events.js';
import { openServices } from '../../electron/services/index.js';
import { electron, FakeBrowserWindow, FakeEvent, FakeWebContents } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const dataDir = join(await mkdtemp(join(tmpdir(), 'spokesdesk-app-')), 'data folder');
vi.stubEnv('SPOKESDESK_DATA_DIR', dataDir);
vi.stubEnv('ELECTRON_RENDERER_URL', '');
await import('../../electron/main/index.js');

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(join(dataDir, '..'), { recursive: true, force: true });
});

function theWindow(): FakeBrowserWindow {
  const window = FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window yet');
  return window;
}

async function invoke(channel: string, payload: unknown): Promise<unknown> {
  const handler = electron.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  const contents = theWindow().webContents;
  return handler({ sender: contents, senderFrame: contents.mainFrame }, payload);
}

function lastMenu(): unknown[] {
  return electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] ?? [];
}

const field = (item: unknown, key: string): unknown => (typeof item === 'object' && item !== null ? Reflect.get(item, key) : undefined);

function lastMenuLabels(): unknown[] {
  return lastMenu().map((item) => field(item, 'label'));
}

function menuItem(label: string): unknown {
  const items = lastMenu().flatMap((menu) => {
    const submenu = field(menu, 'submenu');
    return Array.isArray(submenu) ? submenu : [];
  });
  return items.find((item) => field(item, 'label') === label);
}

function clickMenuItem(label: string): void {
  const click = field(menuItem(label), 'click');
  if (typeof click !== 'function') throw new Error(`no menu item ${label}`);
  Reflect.apply(click, undefined, []);
}

function recentMenu(): unknown[] {
  const file = lastMenu()[0];
  const submenu = field(file, 'submenu');
  const recent = Array.isArray(submenu) ? submenu.find((item) => field(item, 'label') === 'Open Recent') : undefined;
  const items = field(recent, 'submenu');
  return Array.isArray(items) ? items : [];
}

function recentLabels(): unknown[] {
  return recentMenu().flatMap((item) => (field(item, 'type') === 'separator' ? [] : [field(item, 'label')]));
}

function clickRecent(label: string): void {
  const click = field(recentMenu().find((item) => field(item, 'label') === label), 'click');
  if (typeof click !== 'function') throw new Error(`no recent item ${label}`);
  Reflect.apply(click, undefined, []);
}

describe('the main process', () => {
  it('prepares before ready: privileged scheme, sandbox for all renderers, profile in the data folder, one instance', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(electron.app.getPath('userData')).toBe(dataDir);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('at ready opens the services, registers every channel once, locks the session and loads app://', async () => {
    electron.app.becomeReady();
    await vi.waitFor(() => expect(theWindow().loadedUrls).toEqual(['app://spokesdesk/index.html']));
    expect([...electron.ipcMain.handleCalls].sort()).toEqual(contractChannels().map((c) => c.name).sort());
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(theWindow().options.webPreferences).toMatchObject({
      preload: expect.stringMatching(/preload[/\\]index\.cjs$/),
      sandbox: true,
      contextIsolation: true,
    });

    // On Linux the window shows the app icon from resources/ (Windows and macOS use the executable's).
    if (process.platform === 'linux') expect(await readFile(String(theWindow().options.icon))).toHaveLength((await readFile(join(process.cwd(), 'resources', 'icon.png'))).length);
    // The window was created after `web-contents-created` was wired, so it is locked down too.
    expect(theWindow().webContents.windowOpenHandler?.({ url: 'https://example.com/' }).action).toBe('deny');

    const session = electron.session.defaultSession;
    const granted = vi.fn();
    session.permissionRequestHandler?.(theWindow().webContents, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(session.permissionCheckHandler?.(theWindow().webContents, 'clipboard-read')).toBe(false);
    expect(session.devicePermissionHandler?.({})).toBe(false);
  });

  it('locks down every webContents created later', () => {
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', new FakeEvent(), contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' }).action).toBe('deny');
    const navigation = new FakeEvent({ url: 'https://example.com/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
  });

  it('serves the window through the real services and forwards their events to it', async () => {
    const created = await invoke('directives:create', { fields: { type: 'Chỉ thị', symbol: '05/CT-TTg', title: 'tăng cường kỷ luật' } });
    expect(created).toMatchObject({ ok: true, value: { symbol: '05/CT-TTg' } });
    await vi.waitFor(() => expect(theWindow().webContents.sent.map((s) => s.channel)).toContain(eventChannel('saved')));
  });

  it('builds the menu in Vietnamese, rebuilds it in English when the setting changes, and sends menu commands', async () => {
    expect(lastMenuLabels()).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    // The first-run wizard carries out no command: its items are greyed until first run is done.
    expect(field(menuItem('Gói mới'), 'enabled')).toBe(false);
    expect(await invoke('settings:update', { fields: { language: 'en', firstRunDone: true } })).toMatchObject({ ok: true, value: { language: 'en' } });
    await vi.waitFor(() => expect(lastMenuLabels()).toEqual(['File', 'Edit', 'View', 'Help']));
    expect(field(menuItem('New Packet'), 'enabled')).toBe(true);
    clickMenuItem('New Packet');
    expect(theWindow().webContents.sent.at(-1)).toEqual({ channel: eventChannel('menuCommand'), payload: { command: 'newPacket' } });
  });

  it('lists the recent packets from the settings in File ▸ Open Recent and drops a deleted one', async () => {
    const create = async (title: string) => {
      const result = await invoke('packets:create', { fields: { title, period: { kind: 'month', year: 2026, month: 11 } } });
      const id = field(field(result, 'value'), 'id');
      if (typeof id !== 'string') throw new Error(`packet not created: ${JSON.stringify(result)}`);
      return id;
    };
    const first = await create('Họp báo tháng 11');
    const second = await create('Họp báo tháng 12');
    await invoke('settings:update', { fields: { recentPacketIds: [second, first] } });
    await vi.waitFor(() => expect(recentLabels()).toEqual(['Họp báo tháng 12', 'Họp báo tháng 11', 'Clear List']));
    clickRecent('Họp báo tháng 11');
    expect(theWindow().webContents.sent.at(-1)).toEqual({ channel: eventChannel('menuCommand'), payload: { command: 'openPacket', target: first } });

    expect(await invoke('packets:delete', { id: second })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(recentLabels()).toEqual(['Họp báo tháng 11', 'Clear List']));
  });

  it('shows a recent packet under its new title once it is renamed', async () => {
    const settings = field(await invoke('settings:get', {}), 'value');
    const [id] = (field(settings, 'recentPacketIds') ?? []) as string[];
    expect(recentLabels()).toEqual(['Họp báo tháng 11', 'Clear List']);
    expect(await invoke('packets:save', { id, fields: { title: 'Họp báo tháng 11 (bổ sung)', period: { kind: 'month', year: 2026, month: 11 } } })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(recentLabels()).toEqual(['Họp báo tháng 11 (bổ sung)', 'Clear List']));
  });

  it('focuses the existing window when a second instance starts, and previews the exchange file it was given', async () => {
    theWindow().visible = false;
    const folder = await mkdtemp(join(tmpdir(), 'spokesdesk-open-'));
    await writeFile(join(folder, 'Gói tháng 12.spokesdesk'), '{"format":"spokesdesk"}');
    const sentBefore = theWindow().webContents.sent.length;
    electron.app.emit('second-instance', new FakeEvent(), ['spokesdesk', '--flag', 'Gói tháng 12.spokesdesk'], folder);
    expect(theWindow().visible).toBe(true);
    // The page has not reported loading yet: the file waits for it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(theWindow().webContents.sent.slice(sentBefore).map((s) => s.channel)).not.toContain(eventChannel('openExchangeFile'));
    theWindow().webContents.emit('did-finish-load');
    await vi.waitFor(() =>
      expect(theWindow().webContents.sent.at(-1)).toEqual({
        channel: eventChannel('openExchangeFile'),
        payload: { fileName: 'Gói tháng 12.spokesdesk', bytes: new TextEncoder().encode('{"format":"spokesdesk"}') },
      }),
    );
    // A reload: the new page gets the next file only once it has loaded.
    theWindow().webContents.emit('did-navigate');
    electron.app.emit('second-instance', new FakeEvent(), ['spokesdesk', 'missing.spokesdesk'], folder);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(theWindow().webContents.sent.at(-1)?.payload).not.toMatchObject({ fileName: 'missing.spokesdesk' });
    theWindow().webContents.emit('did-finish-load');
    await vi.waitFor(() =>
      expect(theWindow().webContents.sent.at(-1)).toEqual({ channel: eventChannel('openExchangeFile'), payload: { fileName: 'missing.spokesdesk', refused: 'not_found' } }),
    );
    await rm(folder, { recursive: true, force: true });
  });

  it('takes the file:// URL a Linux file manager gives a second instance, Vietnamese name percent-encoded', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'spokesdesk-url-'));
    const path = join(folder, 'Gói họp báo.spokesdesk');
    await writeFile(path, '{}');
    electron.app.emit('second-instance', new FakeEvent(), ['/opt/Spokesdesk/spokesdesk', pathToFileURL(path).href], '/');
    await vi.waitFor(() =>
      expect(theWindow().webContents.sent.at(-1)).toEqual({ channel: eventChannel('openExchangeFile'), payload: { fileName: 'Gói họp báo.spokesdesk', bytes: new TextEncoder().encode('{}') } }),
    );
    await rm(folder, { recursive: true, force: true });
  });

  it('takes a file macOS hands over with open-file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'spokesdesk-mac-'));
    const path = join(folder, 'Quý IV.spokesdesk');
    await writeFile(path, '[]');
    const event = new FakeEvent();
    electron.app.emit('open-file', event, path);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() =>
      expect(theWindow().webContents.sent.at(-1)).toEqual({ channel: eventChannel('openExchangeFile'), payload: { fileName: 'Quý IV.spokesdesk', bytes: new TextEncoder().encode('[]') } }),
    );
    await rm(folder, { recursive: true, force: true });
  });

  it('File ▸ Import Exchange File… asks for a .spokesdesk file and hands it to the page like a double-clicked one', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'spokesdesk-import-'));
    const chosen = join(folder, 'Thư viện.spokesdesk');
    await writeFile(chosen, '{}');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    clickMenuItem('Import Exchange File…');
    await vi.waitFor(() =>
      expect(theWindow().webContents.sent.at(-1)).toEqual({ channel: eventChannel('openExchangeFile'), payload: { fileName: 'Thư viện.spokesdesk', bytes: new TextEncoder().encode('{}') } }),
    );
    const [, options] = electron.dialog.showOpenDialog.mock.calls.at(-1) ?? [];
    expect(options).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['spokesdesk'] }] });
    await rm(folder, { recursive: true, force: true });
  });

  it('on macOS, a file double-clicked after the last window closed waits for the page of the window it opens', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'spokesdesk-reopen-'));
    const path = join(folder, 'Tháng 12.spokesdesk');
    await writeFile(path, '{}');
    theWindow().close();
    electron.app.emit('open-file', new FakeEvent(), path);
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(2));
    const reopened = theWindow();
    await vi.waitFor(() => expect(reopened.loadedUrls).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reopened.webContents.sent.map((s) => s.channel)).not.toContain(eventChannel('openExchangeFile'));
    reopened.webContents.emit('did-finish-load');
    await vi.waitFor(() =>
      expect(reopened.webContents.sent.at(-1)).toEqual({ channel: eventChannel('openExchangeFile'), payload: { fileName: 'Tháng 12.spokesdesk', bytes: new TextEncoder().encode('{}') } }),
    );
    await rm(folder, { recursive: true, force: true });
  });

  it('holds the quit until everything is on disk and the data folder released, exactly once', async () => {
    theWindow().bounds = { x: 10, y: 20, width: 1000, height: 700 };
    theWindow().emit('resize');
    // The page's last autosave, sent while its window unloads: it must land before the data folder is closed.
    theWindow().once('close', () => {
      void invoke('directives:create', { fields: { type: 'Chỉ thị', symbol: '06/CT-TTg', title: 'lưu khi đóng cửa sổ' } });
    });
    const first = new FakeEvent();
    electron.app.emit('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    expect(electron.app.quit).not.toHaveBeenCalled();
    const duringClose = new FakeEvent();
    electron.app.emit('before-quit', duringClose);
    expect(duringClose.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));

    const afterClose = new FakeEvent();
    electron.app.emit('before-quit', afterClose);
    expect(afterClose.defaultPrevented).toBe(false);

    expect(JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: false,
    });
    // The lock is released and the directive saved before the quit went through: another process reads it back.
    const reopened = await openServices({ dataDir, resourcesDir: join(process.cwd(), 'resources'), appVersion: '0.1.0' });
    try {
      const saved = await reopened.handlers.directives.list({});
      expect(saved.map((d) => d.symbol).sort()).toEqual(['05/CT-TTg', '06/CT-TTg']);
      expect((await reopened.handlers.settings.get({})).language).toBe('en');
    } finally {
      await reopened.close();
    }
  });
});
