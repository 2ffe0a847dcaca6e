// Settings handlers: read, and update some fields (backup policy changes take effect at once).
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import type { Settings } from '../../../shared/model/index.js';
import type { SettingsStore } from '../storage/settings-store.js';

export interface SettingsDeps {
  settings: () => SettingsStore;
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
  } satisfies FeatureHandlers<'settings'>;
}
