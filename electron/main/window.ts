// The main window: locked-down webPreferences, remembered bounds, shown only once painted, loaded from app://.
import { BrowserWindow, screen } from 'electron';
import { clampToWorkAreas, MIN_HEIGHT, MIN_WIDTH, writeWindowState, type WindowState } from './window-state.js';

/** The renderer's page background (--bg in renderer/src/styles/base.css), so no flash shows before the first paint. */
export const BACKGROUND_COLOR = '#f3f5f8';
const SAVE_DELAY_MS = 500;
const MAX_CRASH_RELOADS = 3;

export interface MainWindowOptions {
  preloadPath: string;
  /** The remembered state (readWindowState); clamped to the current screens here. */
  state: WindowState;
  /** Developer tools only in an unpackaged run. */
  isDev: boolean;
  /** The window icon where the platform needs one given (Linux); elsewhere the executable's icon is used. */
  iconPath?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = clampToWorkAreas(
    options.state,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Spokesdesk',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click must not be a second way to open links (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      // Chromium's Hunspell dictionaries are downloaded from Google on first use: an offline app must not try.
      spellcheck: false,
      devTools: options.isDev,
    },
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  reloadAfterCrash(window);
  return window;
}

/** A renderer crash leaves a blank window: reload it (a few times at most; data lives in main and is not lost). */
function reloadAfterCrash(window: BrowserWindow): void {
  let reloads = 0;
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[spokesdesk] renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit' || reloads >= MAX_CRASH_RELOADS || window.isDestroyed()) return;
    reloads += 1;
    window.webContents.reload();
  });
}

export interface WindowStateTracker {
  /** Resolves when the latest state has reached the disk. */
  flush(): Promise<void>;
}

/** Saves the window's normal bounds and maximised flag after moves and resizes (debounced) and when it closes. */
export function trackWindowState(window: BrowserWindow, dataDir: string): WindowStateTracker {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    const { x, y, width, height } = window.getNormalBounds();
    const state: WindowState = {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
      maximized: window.isMaximized(),
    };
    writing = writing
      .then(() => writeWindowState(dataDir, state))
      .catch((error: unknown) => console.error('[spokesdesk] could not save the window state', error));
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };

  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
  return {
    flush: async () => {
      if (timer !== undefined) save();
      await writing;
    },
  };
}
