// A collection read on first use (or by a background prefetch), so opening the data folder does not wait for it.
import type { CollectionStore } from './collection-store.js';

export class LazyCollection<T extends { id: string }> {
  private loading: Promise<CollectionStore<T>> | null = null;
  private store: CollectionStore<T> | null = null;

  constructor(private readonly load: () => Promise<CollectionStore<T>>) {}

  /** The collection, read and validated (once). */
  ready(): Promise<CollectionStore<T>> {
    this.loading ??= this.load().then(
      (store) => (this.store = store),
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  /** The collection when it has been read already, else null. */
  get loaded(): CollectionStore<T> | null {
    return this.store;
  }

  /** Resolves when a read that has started is over (close() waits for it). */
  async settled(): Promise<void> {
    await this.loading?.catch(() => undefined);
  }
}
