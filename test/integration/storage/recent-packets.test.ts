// The recent-packets list kept in the settings by main: opened packets go first in one step, deleted ones drop out.
import { describe, expect, it } from 'vitest';
import { RECENT_PACKETS_MAX } from '../../../shared/model/index.js';
import type { Services } from '../../../electron/services/types.js';
import { call, failure, open, tempDir } from './helpers.js';

async function packet(services: Services, title: string): Promise<string> {
  const created = await call(services, 'packets', 'create', { fields: { title, period: { kind: 'month', year: 2026, month: 11 } } });
  return created.id;
}

describe('settings.recordRecentPacket', () => {
  it('keeps both of two packets opened at once, and a settings save made meanwhile', async () => {
    const { services } = await open(await tempDir());
    const first = await packet(services, 'Họp báo tháng 11');
    const second = await packet(services, 'Họp báo tháng 12');
    await Promise.all([
      call(services, 'settings', 'recordRecentPacket', { id: first }),
      call(services, 'settings', 'update', { fields: { agencyName: 'Bộ Ngoại giao' } }),
      call(services, 'settings', 'recordRecentPacket', { id: second }),
    ]);
    const settings = await call(services, 'settings', 'get', {});
    expect(settings.recentPacketIds).toEqual([second, first]);
    expect(settings.agencyName).toBe('Bộ Ngoại giao');
  });

  it('moves a packet opened again to the front, keeps at most the maximum and drops ids of packets that no longer exist', async () => {
    const { services } = await open(await tempDir());
    const ids: string[] = [];
    for (let n = 1; n <= RECENT_PACKETS_MAX + 1; n += 1) ids.push(await packet(services, `Gói ${n}`));
    for (const id of ids) await call(services, 'settings', 'recordRecentPacket', { id });
    const [oldestKept = ''] = ids.slice(1);
    const again = await call(services, 'settings', 'recordRecentPacket', { id: oldestKept });
    expect(again.recentPacketIds).toHaveLength(RECENT_PACKETS_MAX);
    expect(again.recentPacketIds[0]).toBe(oldestKept);
    // An id written by an older version or a restored backup, naming a packet that is gone, goes at the next open.
    await call(services, 'settings', 'update', { fields: { recentPacketIds: ['packetGone01', oldestKept] } });
    expect((await call(services, 'settings', 'recordRecentPacket', { id: ids[0] ?? '' })).recentPacketIds).toEqual([ids[0], oldestKept]);
  });

  it('refuses a packet that does not exist, leaving the list alone', async () => {
    const { services } = await open(await tempDir());
    const kept = await packet(services, 'Họp báo quý IV');
    await call(services, 'settings', 'recordRecentPacket', { id: kept });
    expect(await failure(call(services, 'settings', 'recordRecentPacket', { id: 'packetGone01' }))).toMatchObject({ code: 'not_found' });
    expect((await call(services, 'settings', 'get', {})).recentPacketIds).toEqual([kept]);
  });
});

describe('deleting a packet', () => {
  it('takes it out of the recent list at once, keeping the others in order', async () => {
    const { services } = await open(await tempDir());
    const kept = await packet(services, 'Họp báo tháng 10');
    const deleted = await packet(services, 'Họp báo tháng 11');
    const last = await packet(services, 'Họp báo tháng 12');
    for (const id of [kept, deleted, last]) await call(services, 'settings', 'recordRecentPacket', { id });
    await call(services, 'packets', 'delete', { id: deleted });
    expect((await call(services, 'settings', 'get', {})).recentPacketIds).toEqual([last, kept]);
  });
});
