// The main window: locked-down webPreferences, hidden until painted, bounds remembered on disk and clamped to the screens.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, resetElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const { createMainWindow, trackWindowState } = await import('../../electron/main/window.js');
const { clampToWorkAreas, DEFAULT_WINDOW_STATE, readWindowState, writeWindowState, WINDOW_STATE_FILE } = await import(
  '../../electron/main/window-state.js'
);

let dataDir: string;

beforeEach(async () => {
  resetElectron();
  dataDir = await mkdtemp(join(tmpdir(), 'spokesdesk-window-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  const [window] = FakeBrowserWindow.instances;
  if (!window) throw new Error('no window');
  return window;
}

describe('the main window', () => {
  it('is isolated, sandboxed, without Node, webviews or weakened web security', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
    const { options } = onlyWindow();
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('shows itself (maximised when it was) only when ready to show', () => {
    createMainWindow({ preloadPath: '/p.cjs', state: { ...DEFAULT_WINDOW_STATE, maximized: true }, isDev: true });
    const window = onlyWindow();
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
    expect(window.maximized).toBe(true);
    expect(window.options.webPreferences?.devTools).toBe(true);
  });

  it('takes the icon it is given (Linux), and none otherwise (the executable’s)', () => {
    createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false, iconPath: '/opt/Spokesdesk/resources/resources/icon.png' });
    expect(onlyWindow().options.icon).toBe('/opt/Spokesdesk/resources/resources/icon.png');
    resetElectron();
    createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
    expect(onlyWindow().options).not.toHaveProperty('icon');
  });

  it('reloads a crashed renderer a few times, not after a clean exit', () => {
    createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
    const { webContents } = onlyWindow();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(webContents.reloads).toBe(0);
    for (let i = 0; i < 5; i += 1) webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(webContents.reloads).toBe(3);
    errors.mockRestore();
  });

  it('opens where it was left, clamped to the screens present now', () => {
    electron.screen.displays = [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }];
    createMainWindow({ preloadPath: '/p.cjs', state: { x: 2400, y: 100, width: 1600, height: 900, maximized: false }, isDev: false });
    const { options } = onlyWindow();
    expect(options.x).toBeUndefined();
    expect(options.y).toBeUndefined();
    expect(options.width).toBe(1366);
    expect(options.height).toBe(728);
  });

  it('saves its normal bounds and maximised state atomically when closed, and reads them back', async () => {
    const created = createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
    const window = onlyWindow();
    const tracker = trackWindowState(created, dataDir);
    window.bounds = { x: 40, y: 30, width: 1100, height: 700 };
    window.maximized = true;
    window.emit('close');
    await tracker.flush();
    expect(JSON.parse(await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 40,
      y: 30,
      width: 1100,
      height: 700,
      maximized: true,
    });
    expect(await readWindowState(dataDir)).toEqual({ x: 40, y: 30, width: 1100, height: 700, maximized: true });
  });

  it('saves after a resize once flushed, without waiting for close', async () => {
    const created = createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
    const window = onlyWindow();
    const tracker = trackWindowState(created, dataDir);
    window.bounds = { x: 5, y: 6, width: 900, height: 650 };
    window.emit('resize');
    await tracker.flush();
    expect(await readWindowState(dataDir)).toEqual({ x: 5, y: 6, width: 900, height: 650, maximized: false });
  });
});

describe('the window state file', () => {
  it('falls back to the default when missing, not JSON, or invalid', async () => {
    expect(await readWindowState(dataDir)).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(join(dataDir, WINDOW_STATE_FILE), '{"width": 1000, "hei');
    expect(await readWindowState(dataDir)).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(join(dataDir, WINDOW_STATE_FILE), JSON.stringify({ width: -5, height: 'tall', maximized: false }));
    expect(await readWindowState(dataDir)).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(join(dataDir, WINDOW_STATE_FILE), JSON.stringify({ ...DEFAULT_WINDOW_STATE, script: 'x' }));
    expect(await readWindowState(dataDir)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('refuses to write an invalid state', async () => {
    await expect(writeWindowState(dataDir, { width: 0, height: 10, maximized: false })).rejects.toThrow();
  });
});

describe('clamping to the work areas', () => {
  const laptop = { x: 0, y: 0, width: 1366, height: 728 };
  const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };

  it('keeps a window that is fully on a screen', () => {
    const state = { x: 1500, y: 50, width: 1200, height: 800, maximized: false };
    expect(clampToWorkAreas(state, [laptop, monitor], laptop)).toEqual(state);
  });

  it('pulls a window overhanging its screen back inside it', () => {
    expect(clampToWorkAreas({ x: 1000, y: 300, width: 800, height: 600, maximized: false }, [laptop], laptop)).toEqual({
      x: 566,
      y: 128,
      width: 800,
      height: 600,
      maximized: false,
    });
  });

  it('drops the position of a window left on an unplugged monitor and fits it to the primary screen', () => {
    expect(clampToWorkAreas({ x: 2000, y: 100, width: 1800, height: 1000, maximized: true }, [laptop], laptop)).toEqual({
      width: 1366,
      height: 728,
      maximized: true,
    });
  });

  it('drops a position whose title bar is above the screen', () => {
    expect(clampToWorkAreas({ x: 100, y: -400, width: 900, height: 600, maximized: false }, [laptop], laptop)).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    });
  });
});
