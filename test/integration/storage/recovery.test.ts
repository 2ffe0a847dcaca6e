// A damaged library shard is quarantined, the newest good backup copy is restored, the incident is reported, and nothing else is lost.
import { readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardFileName, shardOf } from '../../../electron/services/storage/collection-store.js';
import type { Directive } from '../../../shared/model/index.js';
import type { StorageIncident } from '../../../shared/storage/types.js';
import { call, directiveInput, open, tempDir } from './helpers.js';

const SHARDS = 16;

/** A data folder with 40 directives (spread over the shards) and a manual backup of them; returns the folder and the directives. */
async function libraryWithBackup(): Promise<{ dir: string; directives: Directive[]; backupId: string }> {
  const dir = await tempDir();
  const { services } = await open(dir);
  const directives: Directive[] = [];
  for (let n = 1; n <= 40; n++) directives.push(await call(services, 'directives', 'create', { fields: directiveInput(n) }));
  const backup = await call(services, 'system', 'createBackup', {});
  await services.close();
  return { dir, directives, backupId: backup.id };
}

function shardPath(dir: string, id: string): string {
  return path.join(dir, 'library', shardFileName('directives', shardOf(id, SHARDS), SHARDS));
}

const DAMAGES: Array<{ name: string; reason: StorageIncident['reason']; damage: (file: string) => Promise<void> }> = [
  { name: 'truncated', reason: 'invalid_json', damage: async (file) => truncate(file, Math.floor((await readFile(file)).length / 2)) },
  { name: 'zero-length', reason: 'invalid_json', damage: (file) => truncate(file, 0) },
  { name: 'garbage', reason: 'invalid_json', damage: (file) => writeFile(file, Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37, 0x7b])) },
  {
    name: 'schema-invalid',
    reason: 'invalid_data',
    damage: async (file) => {
      const data = JSON.parse(await readFile(file, 'utf8')) as { items: Array<Record<string, unknown>> };
      const first = data.items[0];
      if (first) first.symbol = 'không phải ký hiệu';
      await writeFile(file, JSON.stringify(data));
    },
  },
  {
    name: 'from a newer app',
    reason: 'newer_version',
    damage: async (file) => {
      const data = JSON.parse(await readFile(file, 'utf8')) as { items: Array<Record<string, unknown>> };
      const first = data.items[0];
      if (first) first.schemaVersion = 99;
      await writeFile(file, JSON.stringify(data));
    },
  },
];

describe('a damaged directives shard', () => {
  it.each(DAMAGES)('($name) is moved aside and restored from the newest good backup, with an incident', async ({ reason, damage }) => {
    const { dir, directives, backupId } = await libraryWithBackup();
    const victim = directives[0];
    if (!victim) throw new Error('no directives');
    const file = shardPath(dir, victim.id);
    await damage(file);
    const damagedBytes = await readFile(file);

    const { services, events } = await open(dir);
    const list = await call(services, 'directives', 'list', {});
    expect(list.map((d) => d.id).sort()).toEqual(directives.map((d) => d.id).sort());
    expect(await call(services, 'directives', 'get', { id: victim.id })).toEqual(victim);

    const incidents = await call(services, 'system', 'storageIncidents', {});
    const rel = path.relative(dir, file).split(path.sep).join('/');
    expect(incidents).toEqual([{ file: rel, quarantinedAs: expect.stringMatching(/\.corrupt-[0-9TZ-]+$/), restoredFrom: backupId, reason, at: expect.any(String) }]);
    expect(events.filter((e) => e.event === 'storageIncident').map((e) => e.payload)).toEqual(incidents);
    const quarantined = incidents[0]?.quarantinedAs ?? '';
    expect(await readFile(path.join(dir, quarantined))).toEqual(damagedBytes);
    expect(await readFile(file)).toEqual(await readFile(path.join(dir, 'backups', backupId, rel)));
  });

  it('is restored from an older backup when the newest copy is damaged too', async () => {
    const { dir, directives, backupId: older } = await libraryWithBackup();
    const victim = directives[0];
    if (!victim) throw new Error('no directives');
    const { services } = await open(dir);
    const newer = await call(services, 'system', 'createBackup', {});
    await services.close();
    const file = shardPath(dir, victim.id);
    const rel = path.relative(dir, file);
    await truncate(file, 3);
    await truncate(path.join(dir, 'backups', newer.id, rel), 3);

    const reopened = await open(dir);
    expect(await call(reopened.services, 'directives', 'get', { id: victim.id })).toEqual(victim);
    expect((await call(reopened.services, 'system', 'storageIncidents', {}))[0]?.restoredFrom).toBe(older);
  });

  it('without any backup starts that shard empty, says so, keeps the damaged file, and loses nothing else', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const directives: Directive[] = [];
    for (let n = 1; n <= 40; n++) directives.push(await call(services, 'directives', 'create', { fields: directiveInput(n) }));
    await services.close();
    const victim = directives[0];
    if (!victim) throw new Error('no directives');
    const victimShard = shardOf(victim.id, SHARDS);
    await writeFile(shardPath(dir, victim.id), '{"items": [');

    const { services: again } = await open(dir);
    const expected = directives.filter((d) => shardOf(d.id, SHARDS) !== victimShard).map((d) => d.id).sort();
    expect((await call(again, 'directives', 'list', {})).map((d) => d.id).sort()).toEqual(expected);
    const [incident] = await call(again, 'system', 'storageIncidents', {});
    expect(incident).toMatchObject({ restoredFrom: null, reason: 'invalid_json' });
    const names = await readdir(path.join(dir, 'library'));
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(1);
  });

  it('reports nothing on a healthy folder', async () => {
    const { dir } = await libraryWithBackup();
    const { services, events } = await open(dir);
    expect(await call(services, 'system', 'storageIncidents', {})).toEqual([]);
    expect(events.filter((e) => e.event === 'storageIncident')).toEqual([]);
  });
});
