// File ▸ Open Recent: the remembered packet ids (settings) turned into titles; packets deleted since drop out.
import type { Handlers } from '../../shared/ipc/contract.js';
import type { RecentPacketEntry } from './menu.js';

export async function recentPacketEntries(handlers: Handlers, ids: readonly string[]): Promise<RecentPacketEntry[]> {
  if (ids.length === 0) return [];
  const titles = new Map((await handlers.packets.list({})).map((packet) => [packet.id, packet.title]));
  return ids.flatMap((id) => {
    const title = titles.get(id);
    return title === undefined ? [] : [{ id, title }];
  });
}
