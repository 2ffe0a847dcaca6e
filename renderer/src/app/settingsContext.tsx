// The user's settings for the whole UI: loaded once at start, changed one call at a time (patches, recent packets), language applied on change.
import i18next from 'i18next';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Settings, SettingsFields } from '../../../shared/model/settings';
import { call } from '../api/client';

interface SettingsApi {
  settings: Settings;
  /** Saves `changes` (only those fields) on top of the settings main holds; rejects with a BridgeCallError. */
  save(changes: Partial<SettingsFields>): Promise<Settings>;
  /** Puts an opened packet first in the recent list: main reads, changes and writes the list in one step. */
  recordRecentPacket(id: string): Promise<Settings>;
  /** Unsaved edits of the settings form, kept while the user visits other screens (null when there are none). */
  draft(): Partial<SettingsFields> | null;
  keepDraft(draft: Partial<SettingsFields> | null): void;
}

const SettingsContext = createContext<SettingsApi | null>(null);

/** The editable fields of the settings (forms compare and validate these). */
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
  // One call at a time: each answer is the settings after that call, so answers arriving out of order cannot
  // put an older list or language back on screen.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const apply = useCallback((send: () => Promise<Settings>) => {
    const run = queue.current.then(async () => {
      const saved = await send();
      setSettings(saved);
      if (saved.language !== i18next.language) await i18next.changeLanguage(saved.language);
      return saved;
    });
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const save = useCallback((changes: Partial<SettingsFields>) => apply(() => call('settings', 'update', { fields: changes })), [apply]);
  const recordRecentPacket = useCallback((id: string) => apply(() => call('settings', 'recordRecentPacket', { id })), [apply]);

  const api = useMemo(() => ({ settings, save, recordRecentPacket, draft, keepDraft }), [settings, save, recordRecentPacket, draft, keepDraft]);
  return <SettingsContext.Provider value={api}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings outside SettingsProvider');
  return api;
}
