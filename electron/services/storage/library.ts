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
  talkingPoints: CollectionStore<TalkingPoint>;
  qaItems: CollectionStore<QAItem>;
  templates: CollectionStore<Template>;
  packets: PacketStore;
  versions: VersionStore;
}

/**
 * Reads the whole data folder. Damaged files are recovered as they are met. When some file was in an older schema
 * version, the untouched folder is backed up (before_migration) before the upgraded files are written.
 */
export async function openDataStores(context: StoreContext): Promise<DataStores> {
  const [settings, directives, talkingPoints, qaItems, templates, packets] = await Promise.all([
    SettingsStore.open(context),
    CollectionStore.open(context, DIRECTIVES),
    CollectionStore.open(context, TALKING_POINTS),
    CollectionStore.open(context, QA_ITEMS),
    CollectionStore.open(context, TEMPLATES),
    PacketStore.open(context),
  ]);
  const stores: DataStores = { settings, directives, talkingPoints, qaItems, templates, packets, versions: new VersionStore(context) };
  const migrating = [settings, directives, talkingPoints, qaItems, templates, packets].filter((s) => s.needsMigrationWrite);
  if (migrating.length > 0) {
    await context.backups.create('before_migration');
    await Promise.all(migrating.map((s) => s.commitMigrations()));
  }
  return stores;
}
