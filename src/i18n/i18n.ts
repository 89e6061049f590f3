/**
 * i18next set-up: French bundled (the reference, and the language most learners start in), each
 * other language a lazy chunk loaded when it is chosen (`i18next-resources-to-backend`), so a
 * learner's first page does not carry four languages it does not show; French by default, the
 * chosen language remembered for the browser session only (a public computer forgets it when
 * closed). Nothing here touches `window` at import time: call `initI18n()` from the entry point.
 */
import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { fr, type Messages } from './locales/fr.ts';
import { isLanguage, languages, type Language } from './languages.ts';

/** The UI strings of each language but French, each its own chunk. */
const otherLocales: Record<Exclude<Language, 'fr'>, () => Promise<Messages>> = {
  en: () => import('./locales/en.ts').then((module) => module.en),
  ar: () => import('./locales/ar.ts').then((module) => module.ar),
  uk: () => import('./locales/uk.ts').then((module) => module.uk),
  es: () => import('./locales/es.ts').then((module) => module.es),
};

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
 * Initialises i18next once and returns it: at once in French; in another language once its chunk
 * has loaded (await `i18nReady(language)` before the first render).
 * @param language the language to start in (default: the one remembered for the session, else French)
 */
export function initI18n(language: Language | undefined = rememberedLanguage()) {
  if (i18n.isInitialized) return i18n;
  void i18n
    .use(initReactI18next)
    .use(
      resourcesToBackend((language: string) =>
        isLanguage(language) && language !== 'fr' ? otherLocales[language]() : Promise.resolve({}),
      ),
    )
    .init({
      resources: { fr: { translation: fr } },
      partialBundledLanguages: true,
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

/**
 * Resolves once the UI strings of `language` are loaded and it is the UI's language (at once for
 * French). Strings a chunk that failed to load would have given show in French (`fallbackLng`).
 */
export async function i18nReady(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
}

export { i18n };
