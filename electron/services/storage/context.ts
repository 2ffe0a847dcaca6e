// What every store needs: the data folder, the clock, the write queue, backups and the incident log.
import type { MigrationRegistry } from '../../../shared/model/migrations.js';
import type { RecoveryContext } from './recovery.js';
import type { WriteQueue } from './write-queue.js';

export interface StoreContext extends RecoveryContext {
  queue: WriteQueue;
  /** The migrations applied on read (the project's registry unless a test supplies its own). */
  migrations?: MigrationRegistry;
}
