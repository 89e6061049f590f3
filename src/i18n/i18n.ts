/**
 * i18next set-up: bundled resources (the UI strings are small), French by default, the chosen
 * language remembered for the browser session only (a public computer forgets it when closed).
 * Nothing here touches `window` at import time: call `initI18n()` from the entry point.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './locales/ar.ts';
import { en } from './locales/en.ts';
import { es } from './locales/es.ts';
import { fr } from './locales/fr.ts';
import { uk } from './locales/uk.ts';
import { isLanguage, languages, type Language } from './languages.ts';

export { isLanguage, languageNames, languages, type Language } from './languages.ts';

/** The sessionStorage key of the chosen language. */
export const languageStorageKey = 'pas-a-pas.language';

/** The language chosen earlier in this browser session, if any. */
export function rememberedLanguage(): Language | undefined {
  try {
    const value = globalThis.sessionStorage?.getItem(languageStorageKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage disabled: stay in French
  }
}

/** Remembers the language for this browser session only. */
export function rememberLanguage(language: Language): void {
  try {
    globalThis.sessionStorage?.setItem(languageStorageKey, language);
  } catch {
    // storage disabled: the choice lasts until the page is reloaded
  }
}

/** Throws in development when a key is missing from every locale (types catch most of them first). */
function missingKey(_languages: readonly string[], _namespace: string, key: string): void {
  throw new Error(`Missing UI string "${key}": add it to src/i18n/locales/fr.ts (and every other locale).`);
}

/**
 * Initialises i18next once (synchronously: resources are bundled) and returns it.
 * @param language the language to start in (default: the one remembered for the session, else French)
 */
export function initI18n(language: Language | undefined = rememberedLanguage()) {
  if (i18n.isInitialized) return i18n;
  void i18n.use(initReactI18next).init({
    resources: {
      fr: { translation: fr },
      en: { translation: en },
      ar: { translation: ar },
      uk: { translation: uk },
      es: { translation: es },
    },
    lng: language ?? 'fr',
    fallbackLng: 'fr',
    supportedLngs: [...languages],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: import.meta.env.DEV ? missingKey : false,
    react: { useSuspense: false },
  });
  return i18n;
}

export { i18n };
