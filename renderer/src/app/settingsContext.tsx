// The user's settings for the whole UI: loaded once at start, saved as a full record, language applied on change.
import i18next from 'i18next';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Settings, SettingsFields } from '../../../shared/model/settings';
import { call } from '../api/client';

interface SettingsApi {
  settings: Settings;
  /** Saves `changes` on top of the current settings; rejects with a BridgeCallError. */
  save(changes: Partial<SettingsFields>): Promise<Settings>;
}

const SettingsContext = createContext<SettingsApi | null>(null);

/**
 * Every update sends all fields: the channel's input is `settingsFieldsSchema.partial()`, whose field defaults are
 * applied even to omitted keys, so a partial payload would reset the fields it leaves out.
 */
export function fieldsOf(settings: Settings): SettingsFields {
  const { id: _id, schemaVersion: _version, createdAt: _created, updatedAt: _updated, ...fields } = settings;
  return fields;
}

export function SettingsProvider({ initial, children }: { initial: Settings; children: ReactNode }) {
  const [settings, setSettings] = useState(initial);

  const save = useCallback(
    async (changes: Partial<SettingsFields>) => {
      const saved = await call('settings', 'update', { fields: { ...fieldsOf(settings), ...changes } });
      setSettings(saved);
      if (saved.language !== i18next.language) await i18next.changeLanguage(saved.language);
      return saved;
    },
    [settings],
  );

  const api = useMemo(() => ({ settings, save }), [settings, save]);
  return <SettingsContext.Provider value={api}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings outside SettingsProvider');
  return api;
}
