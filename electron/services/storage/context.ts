// What every store needs: the data folder, the clock, the write queue, backups and the incident log.
import type { RecoveryContext } from './recovery.js';
import type { WriteQueue } from './write-queue.js';

export interface StoreContext extends RecoveryContext {
  queue: WriteQueue;
}
