// Navigation security: window.open denied, navigation away blocked, webviews refused, external links only after a yes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, FakeEvent, FakeNavigationEvent, type FakeWebContents } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const { resetElectron } = await import('./fake-electron.js');
const { hardenWebContents, offerExternalLink } = await import('../../electron/main/security.js');
const { createMainWindow } = await import('../../electron/main/window.js');
const { DEFAULT_WINDOW_STATE } = await import('../../electron/main/window-state.js');
const { labelsFor } = await import('../../electron/main/labels.js');
const { trustedOrigins } = await import('../../electron/main/origin.js');

let contents: FakeWebContents;
let language: 'vi' | 'en' = 'vi';

function setUp(devServer?: string) {
  resetElectron();
  const window = createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
  hardenWebContents(window.webContents, { trustedOrigins: trustedOrigins(devServer), labels: () => labelsFor(language) });
  const fake = FakeBrowserWindow.instances[0];
  if (!fake) throw new Error('no window');
  contents = fake.webContents;
  return window;
}

function openWindow(url: string): string | undefined {
  return contents.windowOpenHandler?.({ url }).action;
}

function navigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string, isMainFrame = true): boolean {
  const navigation = new FakeNavigationEvent(url, isMainFrame);
  contents.emit(event, navigation);
  return navigation.defaultPrevented;
}

const flushPromises = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  language = 'vi';
  setUp();
});

describe('window.open', () => {
  it.each(['https://example.com/', 'app://spokesdesk/index.html', 'javascript:alert(1)', 'file:///etc/passwd', 'about:blank'])(
    'is denied for %s',
    (url) => {
      expect(openWindow(url)).toBe('deny');
    },
  );

  it('offers an http(s) link to the system browser only after the user confirms (Vietnamese by default)', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(openWindow('https://chinhphu.vn/van-ban')).toBe('deny');
    await flushPromises();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const options = electron.dialog.showMessageBox.mock.calls[0]?.at(-1);
    expect(options).toMatchObject({ buttons: ['Mở trong trình duyệt', 'Huỷ'], cancelId: 1, defaultId: 1 });
    expect(JSON.stringify(options)).toContain('https://chinhphu.vn/van-ban');
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://chinhphu.vn/van-ban');
  });

  it('does not open the link when the user cancels', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    openWindow('http://example.com/');
    await flushPromises();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('never offers non-web schemes to the system', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share', 'ms-msdt:/id', 'app://spokesdesk/x']) {
      openWindow(url);
    }
    await flushPromises();
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('asks in English when the interface is English', async () => {
    language = 'en';
    openWindow('https://example.com/');
    await flushPromises();
    expect(electron.dialog.showMessageBox.mock.calls[0]?.at(-1)).toMatchObject({ buttons: ['Open in browser', 'Cancel'] });
  });
});

describe('navigation', () => {
  it('stays inside the app origin', () => {
    expect(navigate('will-navigate', 'app://spokesdesk/index.html#/directives')).toBe(false);
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://evil/index.html')).toBe(true);
    expect(navigate('will-navigate', 'http://localhost:5173/')).toBe(true);
    expect(navigate('will-redirect', 'https://example.com/')).toBe(true);
    expect(navigate('will-redirect', 'app://spokesdesk/index.html')).toBe(false);
    expect(navigate('will-frame-navigate', 'https://example.com/', false)).toBe(true);
  });

  it('offers a clicked web link to the browser after confirmation instead of navigating', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(navigate('will-navigate', 'https://example.com/thong-cao')).toBe(true);
    await flushPromises();
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/thong-cao');
  });

  it('trusts the dev server origin only when one is in use', () => {
    setUp('http://localhost:5173');
    expect(navigate('will-navigate', 'http://localhost:5173/index.html')).toBe(false);
    expect(navigate('will-navigate', 'http://localhost:5174/')).toBe(true);
  });

  it('refuses to attach a webview', () => {
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('the external-link confirmation', () => {
  it('shortens a very long address in the dialog and resolves whether it opened', async () => {
    const window = setUp();
    const longUrl = `https://example.com/${'a'.repeat(5000)}`;
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await offerExternalLink(window.webContents, longUrl, labelsFor('vi'))).toBe(false);
    const detail = JSON.stringify(electron.dialog.showMessageBox.mock.calls[0]?.at(-1));
    expect(detail.length).toBeLessThan(1200);
  });
});
