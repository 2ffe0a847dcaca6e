// The main-side services as the Electron main process, the e2e test host and the CLI see them (no electron import).
import type { Handlers } from '../../shared/ipc/contract.js';
import type { EventName, Events } from '../../shared/ipc/events.js';

export interface ServicesOptions {
  /** The data folder (Electron's userData, or SPOKESDESK_DATA_DIR). Created when missing. */
  dataDir: string;
  /** The app's resources/ folder (fonts, starter registry, templates, sample content). */
  resourcesDir: string;
  /** Sends a main → renderer event; the Electron main forwards it to the window, the test host to the page. */
  emit?: <E extends EventName>(event: E, payload: Events[E]) => void;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

export interface Services {
  /** The implementation of every contract channel. */
  readonly handlers: Handlers;
  /** Writes every pending change to disk. */
  flush(): Promise<void>;
  /** Flushes, stops timers and releases the data folder. */
  close(): Promise<void>;
}
