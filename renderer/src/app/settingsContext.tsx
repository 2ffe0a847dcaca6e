// The user's settings for the whole UI: loaded once at start, saved as a full record, language applied on change.
import i18next from 'i18next';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Settings, SettingsFields } from '../../../shared/model/settings';
import { call } from '../api/client';

interface SettingsApi {
  settings: Settings;
  /** Saves `changes` on top of the current settings; rejects with a BridgeCallError. */
  save(changes: Partial<SettingsFields>): Promise<Settings>;
  /** Unsaved edits of the settings form, kept while the user visits other screens (null when there are none). */
  draft(): Partial<SettingsFields> | null;
  keepDraft(draft: Partial<SettingsFields> | null): void;
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
  const draftRef = useRef<Partial<SettingsFields> | null>(null);
  const draft = useCallback(() => draftRef.current, []);
  const keepDraft = useCallback((next: Partial<SettingsFields> | null) => {
    draftRef.current = next;
  }, []);

  const save = useCallback(
    async (changes: Partial<SettingsFields>) => {
      const saved = await call('settings', 'update', { fields: { ...fieldsOf(settings), ...changes } });
      setSettings(saved);
      if (saved.language !== i18next.language) await i18next.changeLanguage(saved.language);
      return saved;
    },
    [settings],
  );

  const api = useMemo(() => ({ settings, save, draft, keepDraft }), [settings, save, draft, keepDraft]);
  return <SettingsContext.Provider value={api}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings outside SettingsProvider');
  return api;
}
