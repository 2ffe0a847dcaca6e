// The settings document in settings.json (a lowdb file): schema defaults on a fresh folder, partial updates.
import { Low } from 'lowdb';
import path from 'node:path';
import {
  SETTINGS_ID,
  SETTINGS_SCHEMA_VERSION,
  settingsFieldsSchema,
  settingsSchema,
  type Settings,
  type SettingsFields,
} from '../../../shared/model/index.js';
import { nextTimestamp } from '../time.js';
import type { StoreContext } from './context.js';
import { documentDecoder } from './data-file.js';
import { LAYOUT } from './data-folder.js';
import { ValidatedJsonFile } from './lowdb-adapter.js';
import { readWithRecovery } from './recovery.js';

export class SettingsStore {
  private constructor(
    private readonly db: Low<Settings>,
    private readonly context: StoreContext,
    private migrated: boolean,
    private readonly fresh: boolean,
  ) {}

  static async open(context: StoreContext): Promise<SettingsStore> {
    const file = path.join(context.dataDir, LAYOUT.settings);
    const adapter = new ValidatedJsonFile<Settings>(file, documentDecoder('settings', settingsSchema, context.migrations), context.queue, { indent: 2 });
    const decoded = await readWithRecovery(context, adapter);
    const db = new Low<Settings>(adapter, decoded?.data ?? defaultSettings(context.now()));
    return new SettingsStore(db, context, decoded?.migrated ?? false, decoded === null);
  }

  get needsMigrationWrite(): boolean {
    return this.migrated;
  }

  /** Whether no settings file existed (first run, or a damaged file with no good backup). */
  get isFresh(): boolean {
    return this.fresh;
  }

  async commitMigrations(): Promise<void> {
    if (!this.migrated) return;
    this.migrated = false;
    await this.db.write();
  }

  get(): Settings {
    return this.db.data;
  }

  /** Applies the given fields (already validated) and resolves with the new settings once they are on disk. */
  async update(fields: Partial<SettingsFields>): Promise<Settings> {
    const current = this.db.data;
    const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const next = settingsSchema.parse({ ...current, ...given, updatedAt: nextTimestamp(this.context.now(), current.updatedAt) });
    this.db.data = next;
    await this.db.write();
    return next;
  }

  /** Writes the current settings (used to create settings.json on first run). */
  async save(): Promise<void> {
    await this.db.write();
  }
}

export function defaultSettings(now: Date): Settings {
  const at = nextTimestamp(now);
  return settingsSchema.parse({
    ...settingsFieldsSchema.parse({}),
    id: SETTINGS_ID,
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    createdAt: at,
    updatedAt: at,
  });
}
