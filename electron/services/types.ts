// The main-side services as the Electron main process, the e2e test host and the CLI see them (no electron import).
import type { Handlers } from '../../shared/ipc/contract.js';
import type { EventName, Events } from '../../shared/ipc/events.js';
import type { SearchService } from './search/index.js';
import type { DataStores } from './storage/library.js';

export interface ServicesOptions {
  /** The data folder (Electron's userData, or SPOKESDESK_DATA_DIR). Created when missing. */
  dataDir: string;
  /** The app's resources/ folder (fonts, starter registry, templates, sample content). */
  resourcesDir: string;
  /** Sends a main → renderer event; the Electron main forwards it to the window, the test host to the page. */
  emit?: <E extends EventName>(event: E, payload: Events[E]) => void;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** The app's version for system.info (Electron: app.getVersion()); read from the source tree's package.json when absent. */
  appVersion?: string;
  /**
   * Opens an attached file with the system's default program (Electron: shell.openPath; the test host records the call).
   * Rejects when it cannot. Without it, opening an attachment is refused.
   */
  openAttachment?: (filePath: string) => Promise<void>;
  /**
   * Opens a link's address (http, https, mailto; already validated) in the system browser or mail program (Electron:
   * shell.openExternal; the test host records the call). Without it, system.openExternal is refused.
   */
  openExternal?: (url: string) => Promise<void>;
  /**
   * Prints a PDF through the system print dialog with the number of copies preset (Electron: a hidden window); resolves
   * false when the user cancels. Without it, printing handouts is refused.
   */
  printPdf?: (bytes: Uint8Array, copies: number) => Promise<boolean>;
  /**
   * Asks where to save the data archive, suggesting `suggestedFileName` (Electron: the system's save dialog; the test
   * host answers as a test told it); resolves null when the user cancels. Without it, system.saveArchive is refused.
   */
  chooseArchivePath?: (suggestedFileName: string) => Promise<string | null>;
  /** Start the search worker (load the persisted index) at once, so the first search does not wait: the app does; the CLI need not. */
  warmUpSearch?: boolean;
  /** Receives background failures (a start-up or periodic backup that could not be made). */
  log?: (message: string, error: unknown) => void;
}

export interface Services {
  /** The implementation of every contract channel. */
  readonly handlers: Handlers;
  /** The data folder in use (absolute). */
  readonly dataDir: string;
  /** The stores behind the handlers, for the CLI and features without channels yet (replaced after a restore). */
  stores(): DataStores;
  /** The search index (a worker thread; see electron/services/search). */
  readonly search: SearchService;
  /** Writes every pending change to disk. */
  flush(): Promise<void>;
  /** Flushes, stops timers and releases the data folder. */
  close(): Promise<void>;
}
