// A small in-process stand-in for the `electron` module (the binary cannot run here): it records what main and preload ask of it.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** An Electron-style event: `preventDefault()` is remembered. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly fields: Record<string, unknown> = {}) {
    Object.assign(this, fields);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** Navigation-style event carrying the target URL (will-navigate, will-redirect, will-frame-navigate). */
export class FakeNavigationEvent extends FakeEvent {
  constructor(
    readonly url: string,
    readonly isMainFrame = true,
  ) {
    super();
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame: FakeFrame = { url: 'app://spokesdesk/index.html', parent: null, processId: 7, routingId: this.id };
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  reloads = 0;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  reload(): void {
    this.reloads += 1;
  }
  /** What print() answers for every webContents (success, or the failure reason Electron gives); reset with the fake. */
  static printOutcome: { success: boolean; failureReason: string } = { success: true, failureReason: '' };
  /** print(): the options of each call. */
  readonly printed: Array<Record<string, unknown>> = [];
  print(options: Record<string, unknown>, callback: (success: boolean, failureReason: string) => void): void {
    this.printed.push(options);
    const { success, failureReason } = FakeWebContents.printOutcome;
    queueMicrotask(() => callback(success, failureReason));
  }
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  bounds: Bounds;
  maximized = false;
  visible = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    const number = (key: string, fallback: number): number => {
      const value = options[key];
      return typeof value === 'number' ? value : fallback;
    };
    this.bounds = { x: number('x', 100), y: number('y', 100), width: number('width', 800), height: number('height', 600) };
    FakeBrowserWindow.instances.push(this);
    // Like Electron: every new webContents is announced on the app.
    electron.app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
  }
  /** loadFile(): the file must exist; records its path and the bytes it held at load time. */
  readonly loadedFiles: Array<{ path: string; bytes: Uint8Array }> = [];
  async loadFile(path: string): Promise<void> {
    const { readFile } = await import('node:fs/promises');
    this.loadedFiles.push({ path, bytes: new Uint8Array(await readFile(path)) });
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Bounds {
    return this.bounds;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like Electron: 'close', then the page unloads, then 'closed'. */
  close(): void {
    if (this.destroyed) return;
    this.emit('close', new FakeEvent());
    this.destroyed = true;
    this.emit('closed');
  }
}

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  readonly handleCalls: string[] = [];
  handle(channel: string, listener: InvokeListener): void {
    this.handleCalls.push(channel);
    // Like Electron: a second handler for one channel is an error.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>([['userData', '/nonexistent/userData']]);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly setAppUserModelId = vi.fn();
  singleInstanceLock = true;
  private readyResolve: (() => void) | null = null;
  private readonly ready = new Promise<void>((resolve) => {
    this.readyResolve = resolve;
  });
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`no path ${name}`);
    return path;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getAppPath(): string {
    return process.cwd();
  }
  getVersion(): string {
    return '0.1.0';
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  becomeReady(): void {
    this.readyResolve?.();
  }
}

export class FakeSession {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((contents: unknown, permission: string) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }
}

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };

/** Everything the fake module holds, re-created by `resetElectron()` between tests. */
function createState() {
  const ipcRenderer = new EventEmitter();
  return {
    app: new FakeApp(),
    ipcMain: new FakeIpcMain(),
    session: { defaultSession: new FakeSession() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn<(scheme: string, handler: (request: Request) => Promise<Response>) => void>(),
    },
    screen: {
      displays: [{ workArea }],
      getAllDisplays(): Array<{ workArea: Bounds }> {
        return this.displays;
      },
      getPrimaryDisplay(): { workArea: Bounds } {
        return this.displays[0] ?? { workArea };
      },
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })),
      /** What the open dialog answers (set by a test before it clicks a menu item that asks for a file). */
      showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
      /** What the save dialog answers (cancelled unless a test says otherwise). */
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath: string }> => ({ canceled: true, filePath: '' })),
      showErrorBox: vi.fn(),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    contextBridge: { exposeInMainWorld: vi.fn<(apiKey: string, api: unknown) => void>() },
    ipcRenderer: Object.assign(ipcRenderer, { invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })) }),
  };
}

export let electron = createState();

export function resetElectron(): void {
  electron = createState();
  FakeBrowserWindow.instances = [];
  FakeWebContents.printOutcome = { success: true, failureReason: '' };
}

/** The module shape `vi.mock('electron', …)` returns; getters so a reset is seen by modules imported earlier. */
export function electronModule(): Record<string, unknown> {
  const module = {
    get app() {
      return electron.app;
    },
    get ipcMain() {
      return electron.ipcMain;
    },
    get session() {
      return electron.session;
    },
    get protocol() {
      return electron.protocol;
    },
    get screen() {
      return electron.screen;
    },
    get Menu() {
      return electron.Menu;
    },
    get dialog() {
      return electron.dialog;
    },
    get shell() {
      return electron.shell;
    },
    get contextBridge() {
      return electron.contextBridge;
    },
    get ipcRenderer() {
      return electron.ipcRenderer;
    },
    BrowserWindow: FakeBrowserWindow,
    get default() {
      return module;
    },
  };
  return module;
}
