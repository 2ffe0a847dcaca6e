// The recently opened packets, kept in the settings on disk by main (File ▸ Open Recent reads the same list).
import { useCallback, useEffect } from 'react';
import { useSettings } from './settingsContext';

export interface RecentPackets {
  /** Packet ids, most recent first; some may name packets deleted since (callers show only those that exist). */
  ids: readonly string[];
  clear(): void;
}

function report(error: unknown): void {
  console.warn('[spokesdesk] the recent packets were not saved', error);
}

export function useRecentPackets(): RecentPackets {
  const { settings, save } = useSettings();
  const clear = useCallback(() => {
    save({ recentPacketIds: [] }).catch(report);
  }, [save]);
  return { ids: settings.recentPacketIds, clear };
}

/** Puts the packet first in the recent list once it is open (`opened`: it loaded); main does the list's arithmetic. */
export function useRecordRecentPacket(packetId: string, opened: boolean): void {
  const { recordRecentPacket } = useSettings();
  useEffect(() => {
    if (opened) recordRecentPacket(packetId).catch(report);
  }, [packetId, opened, recordRecentPacket]);
}
