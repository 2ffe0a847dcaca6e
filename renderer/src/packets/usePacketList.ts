// The packet list screen's data: packet summaries and the briefing schedule, reloaded after every change.
import { useCallback, useEffect, useState } from 'react';
import type { Schedule } from '../../../shared/ipc/features/packets';
import type { PacketSummary } from '../../../shared/model/packet';
import { call } from '../api/client';

export interface PacketListData {
  packets: PacketSummary[] | null;
  schedule: Schedule | null;
  loadError: unknown;
  reload(): void;
}

export function usePacketList(): PacketListData {
  const [packets, setPackets] = useState<PacketSummary[] | null>(null);
  const [schedule, setSchedule] = useState<Schedule | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    Promise.all([call('packets', 'list', {}), call('packets', 'schedule', {})]).then(
      ([list, due]) => {
        if (!current) return;
        setPackets(list);
        setSchedule(due);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { packets, schedule, loadError, reload };
}
