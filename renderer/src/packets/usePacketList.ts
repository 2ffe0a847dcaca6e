// The packet list screen's data: packet summaries and the briefing schedule, reloaded after every change.
import type { Schedule } from '../../../shared/ipc/features/packets';
import type { PacketSummary } from '../../../shared/model/packet';
import { call } from '../api/client';
import { useBridgeLoad } from '../library/useBridgeLoad';

export interface PacketListData {
  packets: PacketSummary[] | null;
  schedule: Schedule | null;
  loadError: unknown;
  reload(): void;
}

async function loadPackets(): Promise<{ packets: PacketSummary[]; schedule: Schedule }> {
  const [packets, schedule] = await Promise.all([call('packets', 'list', {}), call('packets', 'schedule', {})]);
  return { packets, schedule };
}

export function usePacketList(): PacketListData {
  const { data, loadError, reload } = useBridgeLoad(loadPackets);
  return { packets: data?.packets ?? null, schedule: data?.schedule ?? null, loadError, reload };
}
