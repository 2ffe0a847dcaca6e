// Per-file write coalescing: a burst of saves of one file becomes one atomic write, and every save resolves once its data is on disk.
import path from 'node:path';
import { AppError } from '../../../shared/ipc/errors.js';
import { errorCode, writeFileAtomic, type WrittenFile } from './atomic-file.js';

/** Produces the file's content at the moment it is written, so the latest in-memory state wins. */
export type ContentProducer = () => string | Uint8Array;

interface Waiter {
  resolve(result: WrittenFile): void;
  reject(error: unknown): void;
}

interface FileState {
  produce: ContentProducer | null;
  waiters: Waiter[];
  running: Promise<void> | null;
  /** Ends the current delay early (flush). */
  hurry: (() => void) | null;
}

export interface WriteOptions {
  /** Waits this long before writing, so a session of edits to derived data (an index) becomes one write; flush() cuts it short. */
  delayMs?: number;
}

export interface WriteQueueOptions {
  /** Called after each physical write (used for the "saved" event and for tests counting writes). */
  onWritten?: (file: string, result: WrittenFile) => void;
  /** Called when the last pending write has finished. */
  onIdle?: () => void;
}

export class WriteQueue {
  private readonly files = new Map<string, FileState>();
  /** Content whose write failed (disk full, permissions): written again by the next flush, so close() does not drop it. */
  private readonly failed = new Map<string, ContentProducer>();
  private barrier: Promise<unknown> = Promise.resolve();
  private physicalWrites = 0;

  constructor(private readonly options: WriteQueueOptions = {}) {}

  /** Number of files written since the queue was made. */
  get writeCount(): number {
    return this.physicalWrites;
  }

  /** Whether any write is waiting or running. */
  get busy(): boolean {
    return this.files.size > 0;
  }

  /** Schedules a write of `file`; saves of the same file that arrive before it starts are merged into it. */
  write(file: string, produce: ContentProducer, options: WriteOptions = {}): Promise<WrittenFile> {
    let state = this.files.get(file);
    if (!state) {
      state = { produce: null, waiters: [], running: null, hurry: null };
      this.files.set(file, state);
    }
    state.produce = produce;
    const done = new Promise<WrittenFile>((resolve, reject) => state.waiters.push({ resolve, reject }));
    state.running ??= this.drain(file, state, options.delayMs ?? 0);
    return done;
  }

  /** Writes that start from now on wait until `until` settles (a start-up backup copies the state first). */
  holdUntil(until: Promise<unknown>): void {
    const previous = this.barrier;
    this.barrier = Promise.allSettled([previous, until]);
  }

  /**
   * Resolves when every write scheduled so far (and any scheduled meanwhile) has finished. Writes that failed earlier
   * are tried once more; if one still fails, flush rejects with its AppError('storage').
   */
  async flush(): Promise<void> {
    await this.settle();
    const retries = [...this.failed].map(([file, produce]) => this.write(file, produce));
    if (retries.length === 0) return;
    const results = await Promise.allSettled(retries);
    await this.settle();
    const failure = results.find((r) => r.status === 'rejected');
    if (failure) throw failure.reason;
  }

  private async settle(): Promise<void> {
    while (this.files.size > 0) {
      const states = [...this.files.values()];
      for (const state of states) state.hurry?.();
      await Promise.allSettled(states.map((s) => s.running));
    }
  }

  private async drain(file: string, state: FileState, delayMs: number): Promise<void> {
    try {
      if (delayMs > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delayMs);
          state.hurry = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        state.hurry = null;
      }
      while (state.produce) {
        await this.barrier;
        // One turn of the event loop lets a burst of saves (e.g. a bulk edit) join this write.
        await new Promise((resolve) => setImmediate(resolve));
        const produce = state.produce;
        const waiters = state.waiters;
        state.produce = null;
        state.waiters = [];
        if (!produce) break;
        let content: string | Uint8Array;
        try {
          content = produce();
        } catch (error) {
          // A content that cannot be produced (serialisation failure) is a bug, not a disk problem: retrying cannot help.
          for (const w of waiters) w.reject(error);
          continue;
        }
        try {
          const result = await writeFileAtomic(file, content);
          this.physicalWrites++;
          this.failed.delete(file);
          this.options.onWritten?.(file, result);
          for (const w of waiters) w.resolve(result);
        } catch (error) {
          if (!state.produce) this.failed.set(file, produce);
          const failure = new AppError('storage', { reason: 'write_failed', file: path.basename(file), code: errorCode(error) });
          for (const w of waiters) w.reject(failure);
        }
      }
    } finally {
      state.running = null;
      this.files.delete(file);
      if (this.files.size === 0) this.options.onIdle?.();
    }
  }
}
