// The recently opened packets, kept in the settings on disk by main (File ▸ Open Recent reads the same list).
import { useCallback, useEffect, useRef } from 'react';
import { withRecentPacket } from '../../../shared/model/settings';
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

/** Puts the packet first in the recent list once it is open (`opened`: it loaded). */
export function useRecordRecentPacket(packetId: string, opened: boolean): void {
  const { settings, save } = useSettings();
  const latest = useRef({ ids: settings.recentPacketIds, save });
  useEffect(() => {
    latest.current = { ids: settings.recentPacketIds, save };
  });
  // Only when a packet opens: the list itself changes because of this save.
  useEffect(() => {
    if (!opened) return;
    const { ids, save: saveSettings } = latest.current;
    if (ids[0] !== packetId) saveSettings({ recentPacketIds: withRecentPacket(ids, packetId) }).catch(report);
  }, [packetId, opened]);
}
