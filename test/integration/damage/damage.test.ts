// Damage test: a truncated, empty, garbage or schema-invalid library shard or packet file → the services still open, the newest good
// backup copy is put back, the bad file is kept as *.corrupt-*, system.storageIncidents names it, and nothing else is lost.
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorageIncident } from '../../../shared/storage/types.js';
import { call, folderWithHistory, openFolder, type FolderWithHistory } from './folder-fixture.js';

type Damage = (file: string) => Promise<void>;

async function editJson(file: string, edit: (data: Record<string, unknown>) => void): Promise<void> {
  const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  edit(data);
  await writeFile(file, JSON.stringify(data));
}

const COMMON: Array<{ name: string; reason: StorageIncident['reason']; damage: Damage }> = [
  { name: 'truncated', reason: 'invalid_json', damage: async (file) => truncate(file, Math.floor((await readFile(file)).length * 0.6)) },
  { name: 'zero-length', reason: 'invalid_json', damage: (file) => truncate(file, 0) },
  { name: 'garbage', reason: 'invalid_json', damage: (file) => writeFile(file, Buffer.from([0x00, 0xff, 0xfe, 0x7b, 0x22, 0x9c, 0x13, 0x37])) },
];

const SHARD_DAMAGES = [
  ...COMMON,
  {
    name: 'valid JSON, schema-invalid (a 31 February issue date)',
    reason: 'invalid_data' as const,
    damage: (file: string) =>
      editJson(file, (data) => {
        const [first] = data.items as Array<Record<string, unknown>>;
        if (first) first.issueDate = '2024-02-31';
      }),
  },
];

const PACKET_DAMAGES = [
  ...COMMON,
  {
    name: 'valid JSON, schema-invalid (an unknown node type in a section)',
    reason: 'invalid_data' as const,
    damage: (file: string) =>
      editJson(file, (data) => {
        const [section] = data.sections as Array<Record<string, unknown>>;
        if (section) section.content = { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] };
      }),
  },
];

const folders: string[] = [];
afterEach(async () => {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function freshFolder(): Promise<{ dir: string; history: FolderWithHistory }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-damage-'));
  folders.push(dir);
  return { dir, history: await folderWithHistory(dir) };
}

/** Opens the damaged folder and checks recovery, the incident, and that every document is as expected. */
async function expectRecovered(dir: string, history: FolderWithHistory, victim: string, reason: StorageIncident['reason'], damagedBytes: Buffer) {
  const { services, events } = await openFolder(dir);
  let quarantined = '';
  try {
    const incidents = await call(services, 'system', 'storageIncidents', {});
    const pattern = new RegExp(`^${victim.replace(/[.]/g, '\\.')}\\.corrupt-[0-9TZ-]+$`);
    expect(incidents).toEqual([{ file: victim, quarantinedAs: expect.stringMatching(pattern), restoredFrom: history.newestBackupId, reason, at: expect.any(String) }]);
    expect(events.filter((e) => e.event === 'storageIncident').map((e) => e.payload)).toEqual(incidents);
    quarantined = incidents[0]?.quarantinedAs ?? '';
    expect(await readFile(path.join(dir, quarantined)), 'the damaged file is kept as it was').toEqual(damagedBytes);
    expect(await readFile(path.join(dir, victim)), 'the newest good copy is back').toEqual(await readFile(path.join(dir, 'backups', history.newestBackupId, victim)));

    expect(await call(services, 'directives', 'list', {})).toEqual(history.directives);
    const summaries = await call(services, 'packets', 'list', {});
    expect(summaries.map((s) => s.id).sort()).toEqual(history.packets.map((p) => p.id).sort());
    for (const packet of history.packets) expect(await call(services, 'packets', 'get', { id: packet.id })).toEqual(packet);
    expect(await call(services, 'settings', 'get', {})).toEqual(history.settings);
  } finally {
    await services.close();
  }
  const corrupt = (await readdir(dir, { recursive: true })).filter((n) => n.includes('.corrupt-') && !n.startsWith('backups'));
  expect(corrupt, 'only the victim was quarantined').toEqual([quarantined]);
  const again = await openFolder(dir);
  expect(await call(again.services, 'system', 'storageIncidents', {}), 'the restored file opens cleanly next time').toEqual([]);
  await again.services.close();
}

describe('a damaged library shard', () => {
  it.each(SHARD_DAMAGES)('($name) is quarantined and restored from the newest good backup; nothing else is lost', async ({ reason, damage }) => {
    const { dir, history } = await freshFolder();
    await damage(path.join(dir, history.victimShard));
    await expectRecovered(dir, history, history.victimShard, reason, await readFile(path.join(dir, history.victimShard)));
  });
});

describe('a damaged packet file', () => {
  it.each(PACKET_DAMAGES)('($name) is quarantined and restored from the newest good backup; nothing else is lost', async ({ reason, damage }) => {
    const { dir, history } = await freshFolder();
    await damage(path.join(dir, history.victimPacket));
    await expectRecovered(dir, history, history.victimPacket, reason, await readFile(path.join(dir, history.victimPacket)));
  });

  it('whose newest backup copy is damaged too is restored from the older backup, which the incident names', async () => {
    const { dir, history } = await freshFolder();
    await truncate(path.join(dir, history.victimPacket), 10);
    await truncate(path.join(dir, 'backups', history.newestBackupId, history.victimPacket), 10);
    const { services } = await openFolder(dir);
    try {
      const [incident] = await call(services, 'system', 'storageIncidents', {});
      expect(incident).toMatchObject({ file: history.victimPacket, restoredFrom: history.olderBackupId, reason: 'invalid_json' });
      const restored = await call(services, 'packets', 'get', { id: path.basename(history.victimPacket, '.json') });
      expect(restored.sections[0]?.content).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Họp báo định kỳ tháng 11: bản đầu.' }] }] });
    } finally {
      await services.close();
    }
  });
});
