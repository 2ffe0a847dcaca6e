// What changed in the in-memory library since it was last indexed: directives, talking points, Q&A and templates.
import type { CollectionRepository } from '../../../shared/storage/repository.js';
import {
  directiveDocuments,
  itemKey,
  qaDocuments,
  talkingPointDocuments,
  templateDocuments,
  type SearchDocument,
  type SearchKind,
} from '../../../shared/search/documents.js';
import type { DataStores } from '../storage/library.js';

/** A change to index; documents are extracted only when the change is sent (in batches, off the hot path). */
export type PendingChange = { op: 'set'; kind: SearchKind; ref: string; documents: () => SearchDocument[] } | { op: 'remove'; kind: SearchKind; ref: string };

interface Stamped {
  id: string;
  updatedAt: string;
}

interface Baseline {
  /** The store the items were taken from (a restore replaces the stores). */
  store: object | null;
  revision: number;
  /** Indexed items: the object itself when known (this session), and its stamp. */
  items: Map<string, { item: Stamped | null; stamp: string }>;
}

interface Source {
  kind: SearchKind;
  diff(stores: DataStores, base: Baseline, changes: PendingChange[]): Baseline | null;
}

function source<T extends Stamped>(kind: SearchKind, current: (stores: DataStores) => CollectionRepository<T> | null, documents: (item: T) => SearchDocument[]): Source {
  return {
    kind,
    diff(stores, base, changes) {
      const store = current(stores);
      // A lazy collection not read yet keeps what the persisted index holds for it.
      if (!store || (base.store === store && base.revision === store.revision)) return null;
      const sameStore = base.store === store;
      const items = new Map<string, { item: Stamped | null; stamp: string }>();
      for (const item of store.all()) {
        const before = base.items.get(item.id);
        const unchanged = before !== undefined && (sameStore && before.item ? before.item === item : before.stamp === item.updatedAt);
        if (!unchanged) changes.push({ op: 'set', kind, ref: item.id, documents: () => documents(item) });
        items.set(item.id, { item, stamp: item.updatedAt });
      }
      for (const id of base.items.keys()) if (!items.has(id)) changes.push({ op: 'remove', kind, ref: id });
      return { store, revision: store.revision, items };
    },
  };
}

const SOURCES: readonly Source[] = [
  source('directive', (s) => s.directives, directiveDocuments),
  source('template', (s) => s.templates, templateDocuments),
  source('talkingPoint', (s) => s.talkingPoints.loaded, talkingPointDocuments),
  source('qaItem', (s) => s.qaItems.loaded, qaDocuments),
];

export class LibrarySync {
  private readonly baselines = new Map<SearchKind, Baseline>();

  /** Starts from the stamps of what the (persisted) index holds: item key → updatedAt. */
  constructor(indexed: Iterable<[string, string]>) {
    for (const { kind } of SOURCES) this.baselines.set(kind, { store: null, revision: -1, items: new Map() });
    for (const [key, stamp] of indexed) {
      const src = SOURCES.find((s) => key.startsWith(itemKey(s.kind, '')));
      if (src) this.baselines.get(src.kind)?.items.set(key.slice(itemKey(src.kind, '').length), { item: null, stamp });
    }
  }

  /** Changes since the last call (or since the index was saved): identity within a session, stamps across sessions. */
  changes(stores: DataStores): PendingChange[] {
    const changes: PendingChange[] = [];
    for (const src of SOURCES) {
      const base = this.baselines.get(src.kind);
      if (!base) continue;
      const next = src.diff(stores, base, changes);
      if (next) this.baselines.set(src.kind, next);
    }
    return changes;
  }
}

