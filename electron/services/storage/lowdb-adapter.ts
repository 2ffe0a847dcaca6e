// lowdb adapter for Spokesdesk data files: validated reads (JSON → migrate → zod) and coalesced, fsynced atomic writes.
import type { Adapter } from 'lowdb';
import { readDataFile, type Decoder } from './data-file.js';
import type { WriteQueue } from './write-queue.js';

export interface JsonFileAdapterOptions {
  /** Indentation of the written JSON (0 for compact library shards, 2 for files people may read). */
  indent?: number;
}

/**
 * Unlike lowdb's JSONFile (steno: rename without fsync, no validation, in-memory under NODE_ENV=test), this adapter
 * validates every read, throws DataFileError for a damaged file, and resolves a write only once it is durable.
 */
export class ValidatedJsonFile<T> implements Adapter<T> {
  /** Whether the last read migrated the content (the caller backs up, then rewrites). */
  lastReadMigrated = false;

  constructor(
    readonly file: string,
    readonly decode: Decoder<T>,
    private readonly queue: WriteQueue,
    private readonly options: JsonFileAdapterOptions = {},
  ) {}

  async read(): Promise<T | null> {
    const decoded = await readDataFile(this.file, this.decode);
    this.lastReadMigrated = decoded?.migrated ?? false;
    return decoded?.data ?? null;
  }

  async write(data: T): Promise<void> {
    const indent = this.options.indent ?? 0;
    await this.queue.write(this.file, () => JSON.stringify(data, null, indent));
  }
}
