// A readers–writer gate: handlers run shared, a restore runs alone; once closed, nothing new runs.
import { AppError } from '../../../shared/ipc/errors.js';

/** Waiters are handed the gate before they are woken, so nothing can slip in between. */
export class Gate {
  private active = 0;
  private exclusiveRunning = false;
  private readonly waitingExclusive: Array<() => void> = [];
  private readonly waitingShared: Array<() => void> = [];
  private closed = false;

  /** Runs alongside other shared operations; waits while an exclusive one runs or is waiting. */
  async shared<R>(operation: () => Promise<R>): Promise<R> {
    this.refuseWhenClosed();
    if (this.exclusiveRunning || this.waitingExclusive.length > 0) {
      await new Promise<void>((resolve) => this.waitingShared.push(resolve));
    } else {
      this.active++;
    }
    try {
      this.refuseWhenClosed();
      return await operation();
    } finally {
      this.active--;
      if (this.active === 0 && !this.exclusiveRunning) this.handOverToExclusive();
    }
  }

  /** Waits for running shared operations to end, then runs alone. */
  async exclusive<R>(operation: () => Promise<R>): Promise<R> {
    this.refuseWhenClosed();
    if (this.exclusiveRunning || this.active > 0) {
      await new Promise<void>((resolve) => this.waitingExclusive.push(resolve));
    } else {
      this.exclusiveRunning = true;
    }
    try {
      return await operation();
    } finally {
      this.exclusiveRunning = false;
      if (!this.handOverToExclusive()) {
        const woken = this.waitingShared.splice(0);
        this.active += woken.length;
        for (const wake of woken) wake();
      }
    }
  }

  /** Refuses new operations; those already waiting are refused when they wake. */
  close(): void {
    this.closed = true;
  }

  private handOverToExclusive(): boolean {
    const next = this.waitingExclusive.shift();
    if (!next) return false;
    this.exclusiveRunning = true;
    next();
    return true;
  }

  private refuseWhenClosed(): void {
    if (this.closed) throw new AppError('storage', { reason: 'closed' });
  }
}
