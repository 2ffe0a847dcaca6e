// Watches the handlers main serves for what main itself shows: the language (menu, dialogs) and the recent packets and their titles (File menu).
import type { Handlers } from '../../shared/ipc/contract.js';
import type { Settings } from '../../shared/model/index.js';

export interface Observers {
  /** The settings now in force after an update or a backup restore (which may bring other settings back). */
  onSettings(settings: Settings): void;
  /** A packet was deleted, restored from a backup or imported: the recent list may name packets that changed. */
  onPacketsChanged(): void;
  /** A packet was saved or a version of it restored: its title may have changed. */
  onPacketSaved(packet: { id: string; title: string }): void;
}

/** The same handlers, reporting what a successful call changed; a failed call reports nothing. */
export function observeHandlers(handlers: Handlers, observers: Observers): Handlers {
  const { update, recordRecentPacket } = handlers.settings;
  const { restoreBackup } = handlers.system;
  const { delete: deletePacket, save: savePacket } = handlers.packets;
  const { restore: restoreVersion } = handlers.versions;
  const { applyImport } = handlers.exchange;
  return {
    ...handlers,
    settings: {
      ...handlers.settings,
      update: async (input) => {
        const settings = await update(input);
        observers.onSettings(settings);
        return settings;
      },
      recordRecentPacket: async (input) => {
        const settings = await recordRecentPacket(input);
        observers.onSettings(settings);
        return settings;
      },
    },
    system: {
      ...handlers.system,
      restoreBackup: async (input) => {
        const safetyBackup = await restoreBackup(input);
        const settings = await currentSettings(handlers);
        if (settings) observers.onSettings(settings);
        observers.onPacketsChanged();
        return safetyBackup;
      },
    },
    packets: {
      ...handlers.packets,
      delete: async (input) => {
        const deleted = await deletePacket(input);
        observers.onPacketsChanged();
        return deleted;
      },
      save: async (input) => {
        const saved = await savePacket(input);
        observers.onPacketSaved(saved);
        return saved;
      },
    },
    versions: {
      ...handlers.versions,
      restore: async (input) => {
        const outcome = await restoreVersion(input);
        observers.onPacketSaved(outcome.packet);
        return outcome;
      },
    },
    exchange: {
      ...handlers.exchange,
      applyImport: async (input) => {
        const result = await applyImport(input);
        observers.onPacketsChanged();
        return result;
      },
    },
  };
}

/** The saved settings, or null when they cannot be read (main then keeps Vietnamese and an empty recent list). */
export async function currentSettings(handlers: Handlers): Promise<Settings | null> {
  try {
    return await handlers.settings.get({});
  } catch {
    return null;
  }
}
