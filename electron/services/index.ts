// Opens a data folder and provides the main-side services: every contract handler, flush and close (no electron import).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../shared/ipc/contract.js';
import { AppError } from '../../shared/ipc/errors.js';
import type { SavedDataArchive } from '../../shared/ipc/features/system.js';
import type { Settings } from '../../shared/model/index.js';
import type { BackupInfo } from '../../shared/storage/types.js';
import { directivesApi } from './api/directives.js';
import { exchangeApi } from './api/exchange.js';
import { ExchangeLedger } from './api/exchange-ledger.js';
import { exportApi } from './api/export.js';
import { PacketLibrarySource } from './api/packet-library.js';
import { PacketWorkspace } from './api/packet-workspace.js';
import { PacketReferenceIndex } from './api/library-usage.js';
import { packetsApi } from './api/packets.js';
import { qaApi } from './api/qa.js';
import { forgettingDeletedPackets, settingsApi } from './api/settings.js';
import { systemApi } from './api/system.js';
import { talkingPointsApi } from './api/talking-points.js';
import { templatesApi } from './api/templates.js';
import { versionsApi } from './api/versions.js';
import { archiveFileName, buildDataArchive, checkArchiveTarget, readArchiveFiles, writeDataArchive } from './archive/data-archive.js';
import { BackupManager, type BackupReason } from './storage/backups.js';
import type { StoreContext } from './storage/context.js';
import { ensureFolders, removeStaleTempFiles } from './storage/data-folder.js';
import { Gate } from './storage/gate.js';
import { openDataStores, type DataStores } from './storage/library.js';
import { acquireDataFolderLock } from './storage/lock.js';
import { IncidentLog } from './storage/recovery.js';
import { WriteQueue } from './storage/write-queue.js';
import { guardHandlers } from './guard.js';
import { observeLibraryChanges, searchApi } from './search/api.js';
import { SearchService } from './search/index.js';
import type { Services, ServicesOptions } from './types.js';

export type { Services, ServicesOptions } from './types.js';
export type { DataStores } from './storage/library.js';

/**
 * Opens (creating when missing) the data folder: takes its lock, reads and validates every library file (recovering
 * damaged ones from backups), starts the start-up backup and the periodic backup timer.
 */
export async function openServices(options: ServicesOptions): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const dataDir = path.resolve(options.dataDir);
  await ensureFolders(dataDir);
  const lock = await acquireDataFolderLock(dataDir, now());
  try {
    await removeStaleTempFiles(dataDir);
    const incidents = new IncidentLog((incident) => options.emit?.('storageIncident', incident));
    const backups = new BackupManager(dataDir, now);
    const queue = new WriteQueue({ onIdle: () => options.emit?.('saved', { at: now().toISOString() }) });
    const context: StoreContext = { dataDir, now, queue, backups, incidents };
    const runtime = new Runtime(options, context, await openDataStores(context), lock.release);
    await runtime.start();
    return runtime.services(await appVersion(options));
  } catch (error) {
    await lock.release();
    throw error;
  }
}

const PREFETCH_DELAY_MS = 250;
/**
 * Reading 10,000 talking points costs the main process most of a second: it waits until the window reports its first
 * screen (system.firstScreenShown), or this long when no window does (bench suite "ui": it delayed the first screen).
 */
const FIRST_SCREEN_LATEST_MS = 10_000;
/** Saves wait at most this long for the start-up backup (a folder with large attachments); then both proceed, each file still atomic. */
const STARTUP_BACKUP_HOLD_MS = 2_000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

class Runtime {
  private readonly gate = new Gate();
  private backupChain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private timerMinutes: number | null = null;
  private prefetchTimer: NodeJS.Timeout | null = null;
  private firstScreenTimer: NodeJS.Timeout | null = null;
  private firstScreenShown: () => void = () => undefined;
  private readonly firstScreen = new Promise<void>((resolve) => (this.firstScreenShown = resolve));
  private closing: Promise<void> | null = null;
  readonly search: SearchService;

  constructor(
    private readonly options: ServicesOptions,
    private readonly context: StoreContext,
    private stores: DataStores,
    private readonly releaseLock: () => Promise<void>,
  ) {
    this.search = new SearchService({
      dataDir: context.dataDir,
      stores: () => this.stores,
      log: (message, error) => this.log(message, error),
      lazyAfter: this.firstScreen,
    });
  }

  async start(): Promise<void> {
    const settings = this.stores.settings;
    this.context.backups.keep = settings.get().backupKeep;
    // The start-up backup copies the folder as it was found; writes of this session wait for it.
    const startup = this.backup('startup', { skipIfUnchanged: true });
    this.context.queue.holdUntil(Promise.race([startup, delay(STARTUP_BACKUP_HOLD_MS)]));
    if (settings.isFresh) void settings.save().catch((error: unknown) => this.log('settings.json could not be created', error));
    this.armTimer(settings.get());
    this.schedulePrefetch();
    if (this.options.warmUpSearch) this.search.warmUp();
  }

  /** Reads the lazy collections soon after the first screen, so the first search or screen that needs them rarely waits. */
  private schedulePrefetch(): void {
    this.firstScreenTimer = setTimeout(() => this.firstScreenShown(), FIRST_SCREEN_LATEST_MS);
    this.firstScreenTimer.unref();
    void this.firstScreen.then(() => this.prefetchSoon());
  }

  private prefetchSoon(): void {
    if (this.closing || this.prefetchTimer) return;
    this.prefetchTimer = setTimeout(() => {
      this.prefetchTimer = null;
      const stores = this.stores;
      void stores.talkingPoints
        .ready()
        .then(() => stores.qaItems.ready())
        .catch((error: unknown) => this.log('library prefetch failed', error));
    }, PREFETCH_DELAY_MS);
    this.prefetchTimer.unref();
  }

  services(version: string): Services {
    const current = (): DataStores => this.stores;
    const packets = new PacketWorkspace({
      packets: () => current().packets,
      versions: () => current().versions,
      library: new PacketLibrarySource({ stores: current, resourcesDir: this.options.resourcesDir }),
      now: this.context.now,
    });
    const library = { stores: current, now: this.context.now, resourcesDir: this.options.resourcesDir, usageIndex: new PacketReferenceIndex() };
    const settings = {
      settings: () => current().settings,
      packetExists: (id: string) => current().packets.has(id),
      onChange: (changed: Settings) => this.applySettings(changed),
      log: (message: string, error: unknown) => this.log(message, error),
    };
    const handlers: Handlers = {
      directives: directivesApi({
        directives: () => current().directives,
        now: this.context.now,
        dataDir: this.context.dataDir,
        resourcesDir: this.options.resourcesDir,
        openAttachment: this.options.openAttachment,
      }),
      settings: settingsApi(settings),
      packets: forgettingDeletedPackets(packetsApi(packets), settings),
      versions: versionsApi(packets),
      system: systemApi({
        appVersion: version,
        dataDir: this.context.dataDir,
        incidents: () => this.context.incidents.list(),
        firstScreenShown: () => this.firstScreenShown(),
        listBackups: () => this.context.backups.list(),
        createBackup: () => this.manualBackup(),
        restoreBackup: (id) => this.restore(id),
        openExternal: this.options.openExternal,
        saveArchive: () => this.saveArchive(version),
      }),
      search: searchApi(() => this.search),
      talkingPoints: talkingPointsApi(library),
      qa: qaApi(library),
      templates: templatesApi({
        templates: () => current().templates,
        library: new PacketLibrarySource({ stores: current, resourcesDir: this.options.resourcesDir }),
        now: this.context.now,
      }),
      exchange: exchangeApi({
        stores: current,
        library: new PacketLibrarySource({ stores: current, resourcesDir: this.options.resourcesDir }),
        ledger: new ExchangeLedger(this.context.dataDir),
        appVersion: version,
        now: this.context.now,
      }),
      export: exportApi({
        stores: current,
        library: new PacketLibrarySource({ stores: current, resourcesDir: this.options.resourcesDir }),
        resourcesDir: this.options.resourcesDir,
        appVersion: version,
        now: this.context.now,
        printPdf: this.options.printPdf,
      }),
    };
    return {
      // After every call that may change the library, the search index catches up (in its worker).
      handlers: guardHandlers(observeLibraryChanges(handlers, (packets) => void this.search.changed({ packets })), this.gate),
      search: this.search,
      stores: current,
      dataDir: this.context.dataDir,
      flush: () => this.flush(),
      close: () => this.close(),
    };
  }

  private async manualBackup(): Promise<BackupInfo> {
    await this.context.queue.flush();
    const info = await this.backup('manual');
    if (!info) throw new Error('A manual backup is never skipped');
    return info;
  }

  /** Backups run one at a time; errors reach the caller (the start-up and periodic ones are logged). */
  private backup(reason: BackupReason, options: { skipIfUnchanged?: boolean; protect?: string[] } = {}): Promise<BackupInfo | null> {
    const run = this.backupChain.then(() => this.context.backups.create(reason, options));
    this.backupChain = run.catch((error: unknown) => this.log(`${reason} backup failed`, error));
    return run;
  }

  private restore(id: string): Promise<BackupInfo> {
    return this.gate.exclusive(async () => {
      await this.flush();
      const safety = await this.backup('before_restore', { protect: [id] });
      if (!safety) throw new Error('A safety backup is never skipped');
      await this.settleLazyCollections();
      await this.context.backups.restoreFiles(id);
      this.stores = await openDataStores(this.context);
      this.applySettings(this.stores.settings.get());
      return safety;
    });
  }

  /**
   * Asks where to save (other calls go on meanwhile), then reads the files alone (no call runs, pending saves written),
   * so they belong together; compresses and writes after letting calls go on. The path comes from the main side only.
   */
  private async saveArchive(version: string): Promise<SavedDataArchive> {
    const choose = this.options.chooseArchivePath;
    if (!choose) throw new AppError('forbidden', { reason: 'no_save_dialog' });
    const chosen = await choose(archiveFileName(this.context.now()));
    if (chosen === null) return { saved: false };
    // Refused before packing: the user hears at once, not after a minute of work.
    const target = await checkArchiveTarget(this.context.dataDir, chosen);
    const files = await this.gate.exclusive(async () => {
      await this.flush();
      await this.settleLazyCollections();
      return readArchiveFiles(this.context.dataDir);
    });
    const archive = await buildDataArchive(files, { appVersion: version, createdAt: this.context.now() });
    const written = await writeDataArchive(this.context.dataDir, target, archive.bytes);
    return { saved: true, fileName: path.basename(written), bytes: archive.bytes.length, files: archive.manifest.fileCount };
  }

  private applySettings(settings: Settings): void {
    this.context.backups.keep = settings.backupKeep;
    this.armTimer(settings);
  }

  /** Restarts the periodic backup only when its interval changed: other settings saves (a recent packet) must not keep postponing it. */
  private armTimer(settings: Settings): void {
    if (this.timer && this.timerMinutes === settings.backupIntervalMinutes) return;
    if (this.timer) clearInterval(this.timer);
    this.timerMinutes = settings.backupIntervalMinutes;
    this.timer = setInterval(() => {
      void this.backup('periodic', { skipIfUnchanged: true }).catch(() => undefined);
    }, settings.backupIntervalMinutes * 60_000);
    this.timer.unref();
  }

  private async flush(): Promise<void> {
    await this.backupChain;
    await this.context.queue.flush();
  }

  private close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.timer) clearInterval(this.timer);
      if (this.prefetchTimer) clearTimeout(this.prefetchTimer);
      if (this.firstScreenTimer) clearTimeout(this.firstScreenTimer);
      this.timer = null;
      this.prefetchTimer = null;
      this.firstScreenTimer = null;
      await this.gate.exclusive(async () => {
        this.gate.close();
        await this.settleLazyCollections();
        await this.flush();
      });
      await this.search.close();
      await this.releaseLock();
    })();
    return this.closing;
  }

  private async settleLazyCollections(): Promise<void> {
    await Promise.all([this.stores.talkingPoints.settled(), this.stores.qaItems.settled()]);
  }

  private log(message: string, error: unknown): void {
    this.options.log?.(message, error);
  }
}

async function appVersion(options: ServicesOptions): Promise<string> {
  if (options.appVersion) return options.appVersion;
  try {
    const manifest: unknown = JSON.parse(await fs.readFile(path.join(options.resourcesDir, '..', 'package.json'), 'utf8'));
    if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') {
      return manifest.version;
    }
  } catch {
    // Not in the source tree: the caller should pass appVersion.
  }
  return '0.0.0';
}
