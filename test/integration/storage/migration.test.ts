// Migrations on read: old items are upgraded in memory, the folder is backed up (before_migration), then the upgraded files are written.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BackupManager } from '../../../electron/services/storage/backups.js';
import { CollectionStore, type CollectionSpec } from '../../../electron/services/storage/collection-store.js';
import type { StoreContext } from '../../../electron/services/storage/context.js';
import { commitMigrations } from '../../../electron/services/storage/library.js';
import { IncidentLog } from '../../../electron/services/storage/recovery.js';
import { WriteQueue } from '../../../electron/services/storage/write-queue.js';
import { CURRENT_SCHEMA_VERSIONS, MIGRATIONS, idSchema, type MigrationRegistry } from '../../../shared/model/index.js';
import { tempDir } from './helpers.js';

const noteSchema = z.object({ id: idSchema, schemaVersion: z.literal(2), title: z.string(), tags: z.array(z.string()) }).strict();
type Note = z.infer<typeof noteSchema>;
const NOTES: CollectionSpec<Note> = { name: 'notes', kind: 'talkingPoint', schema: noteSchema, shards: 1 };

const REGISTRY: MigrationRegistry = {
  current: { ...CURRENT_SCHEMA_VERSIONS, talkingPoint: 2 },
  steps: {
    ...MIGRATIONS.steps,
    talkingPoint: {
      1: (doc) => {
        const { heading, ...rest } = doc;
        return { ...rest, title: heading, tags: [] };
      },
    },
  },
};

function context(dataDir: string): StoreContext {
  const now = () => new Date();
  return { dataDir, now, queue: new WriteQueue(), backups: new BackupManager(dataDir, now), incidents: new IncidentLog(), migrations: REGISTRY };
}

describe('migrating a collection file', () => {
  it('upgrades old items, backs up the untouched file, then rewrites it; current items are kept as they are', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'library', 'notes.json');
    await mkdir(path.dirname(file), { recursive: true });
    const original = JSON.stringify({
      items: [
        { id: 'note000001', schemaVersion: 1, heading: 'Quyền con người' },
        { id: 'note000002', schemaVersion: 2, title: 'Đã mới', tags: ['x'] },
      ],
    });
    await writeFile(file, original);

    const ctx = context(dir);
    const store = await CollectionStore.open(ctx, NOTES);
    expect(store.all()).toEqual([
      { id: 'note000001', schemaVersion: 2, title: 'Quyền con người', tags: [] },
      { id: 'note000002', schemaVersion: 2, title: 'Đã mới', tags: ['x'] },
    ]);
    expect(store.needsMigrationWrite).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(original);

    await commitMigrations(ctx, [store]);
    const [backup] = await ctx.backups.list();
    expect(backup?.reason).toBe('before_migration');
    expect(await readFile(ctx.backups.fileIn(backup?.id ?? '', 'library/notes.json'), 'utf8')).toBe(original);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ items: store.all() });

    const reopened = await CollectionStore.open(context(dir), NOTES);
    expect(reopened.needsMigrationWrite).toBe(false);
    expect(reopened.all()).toEqual(store.all());
  });

  it('treats a file holding an item newer than the app as damaged (quarantined, never downgraded)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'library', 'notes.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ items: [{ id: 'note000001', schemaVersion: 3, title: 'Từ bản mới hơn', tags: [] }] }));
    const ctx = context(dir);
    const store = await CollectionStore.open(ctx, NOTES);
    expect(store.size).toBe(0);
    expect(ctx.incidents.list()).toMatchObject([{ file: 'library/notes.json', reason: 'newer_version', restoredFrom: null }]);
  });
});
