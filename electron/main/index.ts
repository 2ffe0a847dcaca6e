// Electron main entry: one instance per data folder, services opened at ready, the locked-down window, flush on quit.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, session, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { AppError } from '../../shared/ipc/errors.js';
import type { Language, Settings } from '../../shared/model/index.js';
import { openServices } from '../services/index.js';
import type { Handlers } from '../../shared/ipc/contract.js';
import type { Services } from '../services/types.js';
import { archivePathChooser } from './archive-dialog.js';
import { windowEmitter } from './events.js';
import { openExternalUrl } from './external-links.js';
import { mainFrameSenderCheck, registerContractHandlers } from './ipc/register.js';
import { labelsFor } from './labels.js';
import { closeOnQuit, closeWindow } from './lifecycle.js';
import { installMenu, type RecentPacketEntry } from './menu.js';
import { currentSettings, observeHandlers } from './observe.js';
import { exchangePathFromArgv, OpenedFileDelivery } from './open-file.js';
import { trustedOrigins } from './origin.js';
import { devServerUrl, rendererEntryUrl, rendererRootDir, resolveDataDir, resolveResourcesDir } from './paths.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { hardenSession, hardenWebContents } from './security.js';
import { createMainWindow, trackWindowState, type WindowStateTracker } from './window.js';
import { readWindowState } from './window-state.js';
import { printPdfWithDialog } from './print.js';
import { recentPacketEntries } from './recent.js';
import { LatestQueue } from './latest-queue.js';

const APP_USER_MODEL_ID = 'vn.spokesdesk.desktop';

const isDev = !app.isPackaged;
const devUrl = devServerUrl(process.env, app.isPackaged);
const origins = trustedOrigins(devUrl);
const dataDir = resolveDataDir(process.env, app.getPath('userData'));
const resourcesDir = resolveResourcesDir(app.isPackaged, process.resourcesPath, app.getAppPath());

let mainWindow: BrowserWindow | null = null;
let windowTracker: WindowStateTracker | null = null;
let language: Language = 'vi';
let recent: RecentPacketEntry[] = [];
/** Until the settings say first run is done the page shows the wizard, which carries out no menu command. */
let firstRunDone = false;
let menuHandlers: Handlers | null = null;
/** Opens the main window again when there is none (macOS keeps running without one); set once the services are open. */
let ensureWindow: (() => void) | null = null;
const labels = () => labelsFor(language);
const emit = windowEmitter(() => mainWindow);
const openedFiles = new OpenedFileDelivery((file) => emit('openExchangeFile', file));
/** Menu rebuilds one at a time, the latest winning: an older refresh can never finish last and show a stale list. */
const menuRefresh = new LatestQueue<Settings | null>(followSettings, (error) => console.error('[spokesdesk] the menu could not be refreshed', error));

registerAppScheme();
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

if (useDataDirForProfile()) {
  if (app.requestSingleInstanceLock()) setUpApp();
  else app.quit();
}

function setUpApp(): void {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    openExchangeFileFrom(argv, workingDirectory);
  });
  // macOS hands double-clicked files over this way, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openedFiles.open(path);
    // With every window closed (the app stays running there), the file needs one to open in.
    ensureWindow?.();
  });
  openExchangeFileFrom(process.argv, process.cwd());
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { trustedOrigins: origins, labels }));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failToStart(error));
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, origins);
  serveRenderer(rendererRootDir(import.meta.dirname));
  let services: Services;
  try {
    services = await openServices({
      dataDir,
      resourcesDir,
      emit,
      appVersion: app.getVersion(),
      // Load the persisted search index now, off the main thread, so the first Ctrl+K search does not wait.
      warmUpSearch: true,
      openAttachment,
      openExternal: openExternalUrl,
      printPdf: printPdfWithDialog,
      chooseArchivePath: archivePathChooser(() => mainWindow, labels),
      log: (message, error) => console.error(`[spokesdesk] ${message}`, error),
    });
  } catch (error) {
    failToStart(error);
    return;
  }
  const handlers = observeHandlers(services.handlers, {
    onSettings: (settings) => void menuRefresh.request(settings),
    onPacketsChanged: () => void menuRefresh.request(null),
    onPacketSaved: ({ id, title }) => {
      if (recent.some((entry) => entry.id === id && entry.title !== title)) void menuRefresh.request(null);
    },
  });
  menuHandlers = services.handlers;
  await menuRefresh.request(await currentSettings(services.handlers));
  registerContractHandlers(handlers, {
    isTrustedSender: mainFrameSenderCheck(() => mainWindow, origins),
    onError: (error, channel) => console.error(`[spokesdesk] ${channel} failed`, error),
  });
  closeOnQuit(
    async () => {
      // The window goes first: its page sends its last autosave while unloading, and that save must reach open services.
      await closeWindow(mainWindow);
      await Promise.all([windowTracker?.flush(), services.close()]);
    },
    (error) => {
      console.error('[spokesdesk] closing the data folder failed', error);
      dialog.showErrorBox(labels().saveFailedTitle, `${labels().saveFailedMessage}\n\n${dataDir}`);
    },
  );
  await openMainWindow(services);
  ensureWindow = () => {
    if (!mainWindow) void openMainWindow(services);
  };
  app.on('activate', ensureWindow);
}

async function openMainWindow(services: Services): Promise<void> {
  const window = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    state: await readWindowState(dataDir),
    isDev,
    // Windows and macOS take the icon from the executable; Linux windows need it given (resources/icon.png).
    iconPath: process.platform === 'linux' ? join(resourcesDir, 'icon.png') : undefined,
  });
  mainWindow = window;
  windowTracker = trackWindowState(window, dataDir);
  // A new document (a load or reload; never a hash change: that is did-navigate-in-page) listens only once it has loaded.
  window.webContents.on('did-navigate', () => openedFiles.pageUnloaded());
  window.webContents.on('render-process-gone', () => openedFiles.pageUnloaded());
  window.webContents.on('did-finish-load', () => openedFiles.pageLoaded());
  window.on('close', () => {
    services.flush().catch((error: unknown) => console.error('[spokesdesk] flush on window close failed', error));
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    // The page is gone: a file opened now (macOS keeps running windowless) waits for the next window's page.
    openedFiles.pageUnloaded();
  });
  try {
    await window.loadURL(rendererEntryUrl(devUrl));
  } catch (error) {
    console.error('[spokesdesk] the interface could not be loaded', error);
  }
}

/** Hands an attached file (a document type, checked by the services) to the system's default program. */
async function openAttachment(filePath: string): Promise<void> {
  const failure = await shell.openPath(filePath);
  if (failure) throw new Error(failure);
}

/** Chromium's profile and the single-instance lock follow the data folder: two processes never share one. */
function useDataDirForProfile(): boolean {
  try {
    mkdirSync(dataDir, { recursive: true });
    if (dataDir !== app.getPath('userData')) app.setPath('userData', dataDir);
    return true;
  } catch (error) {
    failToStart(error);
    return false;
  }
}

/** Takes the language and recent packets from the settings (null: re-read them) and rebuilds the menu (only through menuRefresh). */
async function followSettings(settings: Settings | null): Promise<void> {
  const handlers = menuHandlers;
  const current = settings ?? (handlers ? await currentSettings(handlers) : null);
  language = current?.language ?? language;
  firstRunDone = current?.firstRunDone ?? firstRunDone;
  try {
    recent = handlers && current ? await recentPacketEntries(handlers, current.recentPacketIds) : recent;
  } catch (error) {
    console.error('[spokesdesk] could not list the recent packets', error);
  }
  refreshMenu();
}

function refreshMenu(): void {
  installMenu({
    labels: labels(),
    isDev,
    platform: process.platform,
    recent,
    sendCommand: (command, target) => emit('menuCommand', target === undefined ? { command } : { command, target }),
    importExchangeFile: () => void chooseExchangeFile(),
    commandsEnabled: firstRunDone,
  });
}

function openExchangeFileFrom(argv: readonly string[], workingDirectory: string): void {
  const path = exchangePathFromArgv(argv, workingDirectory);
  if (path) void openedFiles.open(path);
}

/** File ▸ Import exchange file…: the system's open dialog, then the same way as a double-clicked file. */
async function chooseExchangeFile(): Promise<void> {
  const options: OpenDialogOptions = { properties: ['openFile'], filters: [{ name: labels().exchangeFileFilter, extensions: ['spokesdesk'] }] };
  const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  const path = chosen.filePaths[0];
  if (!chosen.canceled && path) await openedFiles.open(path);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function failToStart(error: unknown): void {
  console.error('[spokesdesk] start-up failed', error);
  const inUse = error instanceof AppError && error.details.reason === 'data_folder_in_use';
  const message = inUse ? labels().dataFolderInUse : labels().startFailedMessage;
  const reason = inUse ? '' : `\n${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox(labels().startFailedTitle, `${message}\n\n${dataDir}${reason}`);
  app.exit(1);
}
