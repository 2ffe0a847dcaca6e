// Tracks writes for the status bar: calls in flight, writes not yet confirmed on disk (`saved` event), and the last failure.
import type { BridgeError } from '../../../shared/ipc/errors';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'saving' }
  | { kind: 'failed'; messageKey: string; details: Record<string, string> };

/** Failures that mean data did not reach the disk (validation or conflicts are shown where they happen). */
const SAVE_FAILURES = new Set<string>(['storage', 'internal', 'too_large', 'transport']);

/**
 * A write call resolves only once its data is on disk; the `saved` event confirms the queue is idle. A write that
 * needed no disk access (nothing changed) is followed by no event, so after this long it no longer shows as saving.
 */
export const CONFIRM_TIMEOUT_MS = 10_000;

interface WriteHandle {
  succeed(): void;
  fail(error: Pick<BridgeError, 'messageKey' | 'details'> & { code: string }): void;
}

class SaveTracker {
  private inFlight = 0;
  /** Start times (ms) of successful writes that no `saved` event has covered yet. */
  private unconfirmed: number[] = [];
  private lastSavedAt: string | null = null;
  private failure: { messageKey: string; details: Record<string, string> } | null = null;
  private snapshot: SaveState = { kind: 'saved', at: null };
  private readonly listeners = new Set<() => void>();

  begin(): WriteHandle {
    const startedAt = Date.now();
    this.inFlight += 1;
    this.publish();
    let settled = false;
    return {
      succeed: () => {
        if (settled) return;
        settled = true;
        this.inFlight -= 1;
        this.failure = null;
        if (this.lastSavedAt === null || Date.parse(this.lastSavedAt) < startedAt) {
          this.unconfirmed.push(startedAt);
          setTimeout(() => this.expire(), CONFIRM_TIMEOUT_MS);
        }
        this.publish();
      },
      fail: (error) => {
        if (settled) return;
        settled = true;
        this.inFlight -= 1;
        if (SAVE_FAILURES.has(error.code)) this.failure = { messageKey: error.messageKey, details: error.details };
        this.publish();
      },
    };
  }

  /** The main process reports that every pending write reached the disk at `at`. */
  confirm(at: string): void {
    const atMs = Date.parse(at);
    this.lastSavedAt = at;
    this.unconfirmed = Number.isNaN(atMs) ? [] : this.unconfirmed.filter((startedAt) => startedAt > atMs);
    this.publish();
  }

  private expire(): void {
    const limit = Date.now() - CONFIRM_TIMEOUT_MS;
    const kept = this.unconfirmed.filter((startedAt) => startedAt > limit);
    if (kept.length === this.unconfirmed.length) return;
    this.unconfirmed = kept;
    this.publish();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaveState => this.snapshot;

  private publish(): void {
    this.snapshot = this.compute();
    for (const listener of this.listeners) listener();
  }

  private compute(): SaveState {
    if (this.inFlight > 0 || this.unconfirmed.length > 0) return { kind: 'saving' };
    if (this.failure) return { kind: 'failed', ...this.failure };
    return { kind: 'saved', at: this.lastSavedAt };
  }
}

export const saveTracker = new SaveTracker();
