// Settings handlers: read, update some fields (backup policy changes take effect at once), record an opened packet in the recent list.
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { withRecentPacket, type Settings } from '../../../shared/model/index.js';
import type { SettingsStore } from '../storage/settings-store.js';

export interface SettingsDeps {
  settings: () => SettingsStore;
  /** Whether a packet with this id is in the library now (the recent list keeps only those). */
  packetExists: (id: string) => boolean;
  /** Told after every successful update (re-arms the backup timer, changes the number of backups kept). */
  onChange: (settings: Settings) => void;
}

export function settingsApi(deps: SettingsDeps) {
  return {
    async get() {
      return deps.settings().get();
    },

    async update({ fields }) {
      const updated = await deps.settings().update(fields);
      deps.onChange(updated);
      return updated;
    },

    /**
     * Read, change and write happen here in one step (no await between reading the list and handing the new one to
     * the store): two packets opened in quick succession, or a settings save in flight, never overwrite each other.
     */
    async recordRecentPacket({ id }) {
      if (!deps.packetExists(id)) throw new AppError('not_found', { id });
      const store = deps.settings();
      const recent = store.get().recentPacketIds;
      const updated = await store.update({ recentPacketIds: withRecentPacket(recent, id, new Set(recent.filter(deps.packetExists))) });
      deps.onChange(updated);
      return updated;
    },
  } satisfies FeatureHandlers<'settings'>;
}

/** The packet handlers, with a deleted packet also leaving the recent list (File ▸ Open Recent, "Gần đây"). */
export function forgettingDeletedPackets(
  packets: FeatureHandlers<'packets'>,
  deps: SettingsDeps & { log: (message: string, error: unknown) => void },
): FeatureHandlers<'packets'> {
  return {
    ...packets,
    delete: async (input) => {
      const deleted = await packets.delete(input);
      const store = deps.settings();
      if (store.get().recentPacketIds.includes(input.id)) {
        // The packet is gone either way: a failed settings write is logged (the lists show only existing packets).
        try {
          deps.onChange(await store.update({ recentPacketIds: store.get().recentPacketIds.filter((known) => known !== input.id) }));
        } catch (error) {
          deps.log('the deleted packet stayed in the recent list', error);
        }
      }
      return deleted;
    },
  };
}
