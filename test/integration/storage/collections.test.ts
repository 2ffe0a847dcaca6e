// Library collections: sharded files, one shard rewritten per save, a burst of saves coalesced, talking points and Q&A read lazily.
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupManager } from '../../../electron/services/storage/backups.js';
import { CollectionStore, shardFileName, shardOf } from '../../../electron/services/storage/collection-store.js';
import type { StoreContext } from '../../../electron/services/storage/context.js';
import { DIRECTIVES } from '../../../electron/services/storage/library.js';
import { IncidentLog } from '../../../electron/services/storage/recovery.js';
import { WriteQueue } from '../../../electron/services/storage/write-queue.js';
import { TALKING_POINT_SCHEMA_VERSION, directiveSchema, docFromText, talkingPointSchema, type TalkingPoint } from '../../../shared/model/index.js';
import { call, directiveInput, open, tempDir } from './helpers.js';

function talkingPoint(n: number): TalkingPoint {
  const at = '2026-01-15T09:00:00.000+07:00';
  return talkingPointSchema.parse({
    id: `tp${String(n).padStart(8, '0')}`,
    schemaVersion: TALKING_POINT_SCHEMA_VERSION,
    createdAt: at,
    updatedAt: at,
    title: `Thông điệp ${n}`,
    message: docFromText('Việt Nam luôn coi trọng bảo đảm quyền con người.\nĐoạn thứ hai.'.normalize('NFD')),
    approval: { status: 'draft' },
    revision: 1,
  });
}

describe('library collections', () => {
  it('rewrites only the shard of the saved directive', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const created = [];
    for (let n = 1; n <= 30; n++) created.push(await call(services, 'directives', 'create', { fields: directiveInput(n) }));
    await services.flush();
    const library = path.join(dir, 'library');
    const before = new Map(await Promise.all((await readdir(library)).map(async (n) => [n, (await stat(path.join(library, n))).mtimeMs] as const)));
    const target = created[7];
    if (!target) throw new Error('no directive');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await call(services, 'directives', 'update', { id: target.id, fields: directiveInput(8, { title: 'đã sửa' }) });
    const changed = [];
    for (const [name, mtime] of before) if ((await stat(path.join(library, name))).mtimeMs !== mtime) changed.push(name);
    expect(changed).toEqual([shardFileName('directives', shardOf(target.id, 16), 16)]);
  });

  it('coalesces a burst of saves to one shard into one write, every save acknowledged only once on disk', async () => {
    const dir = await tempDir();
    const now = () => new Date();
    const queue = new WriteQueue();
    const context: StoreContext = { dataDir: dir, now, queue, backups: new BackupManager(dir, now), incidents: new IncidentLog() };
    await mkdir(path.join(dir, 'library'));
    const store = await CollectionStore.open(context, DIRECTIVES);
    const at = '2026-01-15T09:00:00.000+07:00';
    const sameShard = Array.from({ length: 200 }, (_, n) =>
      directiveSchema.parse({ ...directiveInput(n + 1), id: `dir${String(n).padStart(8, '0')}`, schemaVersion: 1, createdAt: at, updatedAt: at }),
    )
      .filter((d) => shardOf(d.id, 16) === 5)
      .slice(0, 8);
    expect(sameShard).toHaveLength(8);
    const shard = path.join(dir, 'library', shardFileName('directives', 5, 16));
    const saves = sameShard.map((d) => store.put(d));
    await saves[0];
    const onDisk = JSON.parse(await readFile(shard, 'utf8')) as { items: Array<{ id: string }> };
    expect(onDisk.items.map((i) => i.id)).toEqual(sameShard.map((d) => d.id));
    await Promise.all(saves);
    expect(queue.writeCount).toBe(1);
  });

  it('reads talking points lazily and keeps them across a reopen, in NFC', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const points = Array.from({ length: 50 }, (_, n) => talkingPoint(n));
    await (await services.stores().talkingPoints.ready()).putMany(points);
    await services.close();
    const { services: again } = await open(dir);
    const store = await again.stores().talkingPoints.ready();
    expect(store.size).toBe(50);
    expect(store.get(points[3]?.id ?? '')).toEqual(points[3]);
    expect(store.get(points[3]?.id ?? '')?.message.content[0]?.content?.[0]?.text).toBe('Việt Nam luôn coi trọng bảo đảm quyền con người.'.normalize('NFC'));
    const files = (await readdir(path.join(dir, 'library'))).filter((n) => n.startsWith('talking-points-'));
    expect(files.length).toBeGreaterThan(1);
  });
});
