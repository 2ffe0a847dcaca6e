// Autosave of the packet being composed: edits are saved after a short pause, one save at a time, flushed on demand and on unload.
import type { Packet, PacketFields } from '../../../../shared/model/packet';

/** Edits are written after this pause in typing: at most about a second of work is ever only in the window. */
export const AUTOSAVE_DELAY_MS = 700;
/** After a failed write (disk full, folder gone) the next attempt comes this much later, or at the next edit. */
export const RETRY_DELAY_MS = 5_000;

export type AutosaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'stopped';

/** A save-tracker handle: the status bar shows "saving" from the first unsaved edit until it is written. */
export interface PendingWrite {
  succeed(): void;
  fail(error: { code: string; messageKey: string; details: Record<string, string> }): void;
}

export interface AutosaveDeps {
  /** The packet's editable fields as they are now in the composer. */
  read(): PacketFields;
  /** Writes the fields; rejects with the bridge's error (`conflict`, `locked`, `storage`…). */
  save(fields: PacketFields, expectedUpdatedAt: string | undefined): Promise<Packet>;
  /** Starts the status bar's "saving" for edits not yet sent. */
  beginWrite(): PendingWrite;
  onSaved(packet: Packet): void;
  /** A save failed; `stopped` when it cannot succeed by retrying (someone else changed or locked the packet). */
  onError(error: unknown, stopped: boolean): void;
  onState?(state: AutosaveState): void;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'internal';
}

function asWriteError(error: unknown): { code: string; messageKey: string; details: Record<string, string> } {
  const messageKey = typeof error === 'object' && error !== null && 'messageKey' in error && typeof error.messageKey === 'string' ? error.messageKey : 'errors.internal';
  return { code: errorCode(error), messageKey, details: {} };
}

/** Errors after which retrying the same save cannot help: the packet must be reloaded. */
const FATAL = new Set(['conflict', 'locked', 'not_found', 'validation']);

export class PacketAutosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private editCount = 0;
  private savedCount = 0;
  private pending: PendingWrite | null = null;
  private stopped = false;
  private state: AutosaveState = 'saved';

  constructor(
    private readonly deps: AutosaveDeps,
    /** The updatedAt of the stored packet the composer started from. */
    private updatedAt: string,
  ) {}

  get dirty(): boolean {
    return this.editCount !== this.savedCount;
  }

  get current(): AutosaveState {
    return this.state;
  }

  /** The composer changed something: save after the pause. */
  changed(): void {
    if (this.stopped) return;
    this.editCount++;
    this.pending ??= this.deps.beginWrite();
    if (!this.inFlight) this.setState('pending');
    this.schedule(AUTOSAVE_DELAY_MS);
  }

  /** Writes what is unsaved now (and waits for a save already running); resolves when the composer's state is stored or the save failed. */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || this.stopped) return;
    this.inFlight = this.run();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  /** The window is closing: send what is unsaved at once, without waiting (a running save's answer may never arrive). */
  flushNow(): void {
    if (!this.dirty || this.stopped) return;
    this.cancelTimer();
    void this.deps.save(this.deps.read(), undefined).catch(() => undefined);
  }

  /** The stored packet changed through another step (status, restore): later saves build on it. */
  rebase(packet: Packet): void {
    this.updatedAt = packet.updatedAt;
  }

  /** Stops saving (the composer is closing or the packet became read-only). */
  stop(): void {
    this.cancelTimer();
    this.stopped = true;
    this.setState('stopped');
  }

  private async run(): Promise<void> {
    const upTo = this.editCount;
    this.setState('saving');
    try {
      const saved = await this.deps.save(this.deps.read(), this.updatedAt);
      this.updatedAt = saved.updatedAt;
      this.savedCount = upTo;
      this.deps.onSaved(saved);
      if (this.dirty) {
        this.setState('pending');
        this.schedule(AUTOSAVE_DELAY_MS);
      } else {
        this.pending?.succeed();
        this.pending = null;
        this.setState('saved');
      }
    } catch (error) {
      const fatal = FATAL.has(errorCode(error));
      this.pending?.fail(asWriteError(error));
      this.pending = null;
      if (fatal) this.stop();
      else {
        this.setState('failed');
        this.schedule(RETRY_DELAY_MS);
      }
      this.deps.onError(error, fatal);
    }
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: AutosaveState): void {
    if (this.state === state) return;
    this.state = state;
    this.deps.onState?.(state);
  }
}
