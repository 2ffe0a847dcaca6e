// Opens every store of a data folder in parallel and applies pending migrations after a before_migration backup.
import {
  directiveSchema,
  qaItemSchema,
  talkingPointSchema,
  templateSchema,
  type Directive,
  type QAItem,
  type TalkingPoint,
  type Template,
} from '../../../shared/model/index.js';
import { CollectionStore, type CollectionSpec } from './collection-store.js';
import type { StoreContext } from './context.js';
import { LazyCollection } from './lazy-collection.js';
import { PacketStore } from './packet-store.js';
import { SettingsStore } from './settings-store.js';
import { VersionStore } from './version-store.js';

const LIBRARY_SHARDS = 16;

export const DIRECTIVES: CollectionSpec<Directive> = { name: 'directives', kind: 'directive', schema: directiveSchema, shards: LIBRARY_SHARDS };
export const TALKING_POINTS: CollectionSpec<TalkingPoint> = {
  name: 'talking-points',
  kind: 'talkingPoint',
  schema: talkingPointSchema,
  shards: LIBRARY_SHARDS,
};
export const QA_ITEMS: CollectionSpec<QAItem> = { name: 'qa-items', kind: 'qaItem', schema: qaItemSchema, shards: LIBRARY_SHARDS };
export const TEMPLATES: CollectionSpec<Template> = { name: 'templates', kind: 'template', schema: templateSchema, shards: 1 };

export interface DataStores {
  settings: SettingsStore;
  directives: CollectionStore<Directive>;
  templates: CollectionStore<Template>;
  /** The largest collections (rich text): read after the folder is open, on first use or by the background prefetch. */
  talkingPoints: LazyCollection<TalkingPoint>;
  qaItems: LazyCollection<QAItem>;
  packets: PacketStore;
  versions: VersionStore;
}

interface Migratable {
  readonly needsMigrationWrite: boolean;
  commitMigrations(): Promise<void>;
}

/**
 * Reads the data folder's settings, directives, templates and packet index (talking points and Q&A items lazily).
 * Damaged files are recovered as they are met. When a file was in an older schema version, the folder is backed up
 * (before_migration) before the upgraded files are written.
 */
export async function openDataStores(context: StoreContext): Promise<DataStores> {
  const [settings, directives, templates, packets] = await Promise.all([
    SettingsStore.open(context),
    CollectionStore.open(context, DIRECTIVES),
    CollectionStore.open(context, TEMPLATES),
    PacketStore.open(context),
  ]);
  await commitMigrations(context, [settings, directives, templates, packets]);
  return {
    settings,
    directives,
    templates,
    talkingPoints: lazily(context, TALKING_POINTS),
    qaItems: lazily(context, QA_ITEMS),
    packets,
    versions: new VersionStore(context),
  };
}

function lazily<T extends { id: string }>(context: StoreContext, spec: CollectionSpec<T>): LazyCollection<T> {
  return new LazyCollection(async () => {
    const store = await CollectionStore.open(context, spec);
    await commitMigrations(context, [store]);
    return store;
  });
}

/** Backs up the folder as it is (before_migration), then writes the stores' upgraded files. */
export async function commitMigrations(context: StoreContext, stores: readonly Migratable[]): Promise<void> {
  const migrating = stores.filter((s) => s.needsMigrationWrite);
  if (migrating.length === 0) return;
  await context.backups.create('before_migration');
  await Promise.all(migrating.map((s) => s.commitMigrations()));
}
