// Follows the interface language from the settings handlers, so main's own strings (menu, dialogs) switch with the UI.
import type { Handlers } from '../../shared/ipc/contract.js';
import type { Language } from '../../shared/model/index.js';

/**
 * The same handlers, except that a successful settings update or backup restore (which may bring other settings
 * back) reports the language now in force.
 */
export function observeLanguage(handlers: Handlers, onLanguage: (language: Language) => void): Handlers {
  const { update } = handlers.settings;
  const { restoreBackup } = handlers.system;
  return {
    ...handlers,
    settings: {
      ...handlers.settings,
      update: async (input) => {
        const settings = await update(input);
        onLanguage(settings.language);
        return settings;
      },
    },
    system: {
      ...handlers.system,
      restoreBackup: async (input) => {
        const safetyBackup = await restoreBackup(input);
        onLanguage(await currentLanguage(handlers));
        return safetyBackup;
      },
    },
  };
}

/** The saved language, or Vietnamese when the settings cannot be read yet. */
export async function currentLanguage(handlers: Handlers): Promise<Language> {
  try {
    return (await handlers.settings.get({})).language;
  } catch {
    return 'vi';
  }
}
