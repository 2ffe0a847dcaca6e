// What the main side sends the worker: changed items by identity within a session, by stamp across sessions and restores.
import { describe, expect, it } from 'vitest';
import { LibrarySync, type PendingChange } from '../../../electron/services/search/library-sync.js';
import type { DataStores } from '../../../electron/services/storage/library.js';
import type { Directive } from '../../../shared/model/index.js';
import type { CollectionRepository } from '../../../shared/storage/repository.js';
import { DIRECTIVES } from './fixtures.js';

/** An in-memory collection with the repository's revision semantics. */
class MemoryCollection<T extends { id: string }> implements CollectionRepository<T> {
  private readonly items = new Map<string, T>();
  revision = 0;
  constructor(items: readonly T[]) {
    for (const item of items) this.items.set(item.id, item);
  }
  get size() {
    return this.items.size;
  }
  all() {
    return [...this.items.values()];
  }
  get(id: string) {
    return this.items.get(id);
  }
  has(id: string) {
    return this.items.has(id);
  }
  async put(item: T) {
    this.items.set(item.id, item);
    this.revision++;
  }
  async putMany(items: readonly T[]) {
    for (const item of items) this.items.set(item.id, item);
    this.revision++;
  }
  async remove(id: string) {
    const item = this.items.get(id);
    this.items.delete(id);
    this.revision++;
    return item;
  }
}

function stores(directives: MemoryCollection<Directive>): DataStores {
  const empty = new MemoryCollection([]);
  // Only the collections LibrarySync reads are real; talking points and Q&A are "not read yet" (loaded: null).
  return { directives, templates: empty, talkingPoints: { loaded: null }, qaItems: { loaded: null } } as unknown as DataStores;
}

function summary(changes: PendingChange[]): string[] {
  return changes.map((c) => `${c.op} ${c.kind}/${c.ref}`).sort();
}

describe('library sync', () => {
  it('sends what the persisted index lacks or holds in another version, and removes what is gone', () => {
    const [a, b, c] = DIRECTIVES;
    if (!a || !b || !c) throw new Error('fixtures');
    const sync = new LibrarySync([
      [`directive/${a.id}`, a.updatedAt],
      [`directive/${b.id}`, '2020-01-01T00:00:00.000+07:00'],
      ['directive/goneGone1', a.updatedAt],
      ['talkingPoint/notReadYet', a.updatedAt],
    ]);
    const collection = new MemoryCollection([a, b, c]);
    expect(summary(sync.changes(stores(collection)))).toEqual([`remove directive/goneGone1`, `set directive/${b.id}`, `set directive/${c.id}`].sort());
    // Nothing moved: nothing to send, without walking the collection.
    expect(sync.changes(stores(collection))).toEqual([]);
  });

  it('within a session, sends an item replaced by a new object even when its stamp did not change', async () => {
    const [a, b] = DIRECTIVES;
    if (!a || !b) throw new Error('fixtures');
    const sync = new LibrarySync([]);
    const collection = new MemoryCollection([a, b]);
    sync.changes(stores(collection));
    await collection.put({ ...a, title: 'đổi tiêu đề, giữ dấu thời gian' });
    await collection.remove(b.id);
    const changes = sync.changes(stores(collection));
    expect(summary(changes)).toEqual([`remove directive/${b.id}`, `set directive/${a.id}`].sort());
    const set = changes.find((c) => c.op === 'set');
    expect(set?.op === 'set' && set.documents()[0]?.fields.title).toContain('đổi tiêu đề');
  });

  it('after a restore (new stores), compares stamps rather than objects', () => {
    const [a, b] = DIRECTIVES;
    if (!a || !b) throw new Error('fixtures');
    const sync = new LibrarySync([]);
    sync.changes(stores(new MemoryCollection([a, b])));
    const restored = new MemoryCollection([structuredClone(a), { ...structuredClone(b), updatedAt: '2021-01-01T00:00:00.000+07:00' }]);
    expect(summary(sync.changes(stores(restored)))).toEqual([`set directive/${b.id}`]);
  });
});
