// i18next set-up: Vietnamese by default, English on request; <html lang> and the typed keys follow the resources.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/model/common';
import { en } from './en';
import { vi } from './vi';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    /** Keys such as errors.not_found contain "_": contexts (unused) get another separator so the typed keys stay whole. */
    contextSeparator: '|';
    resources: { translation: typeof vi };
  }
}

export const LANGUAGES = ['vi', 'en'] as const satisfies readonly Language[];

/** Initialises i18next in `language`; resolves once strings are usable. */
export async function initI18n(language: Language): Promise<typeof i18next> {
  if (i18next.isInitialized) {
    await i18next.changeLanguage(language);
    return i18next;
  }
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'vi',
    supportedLngs: [...LANGUAGES],
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
    contextSeparator: '|',
  });
  applyDocumentLanguage(language);
  return i18next;
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'vi';
}

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}
