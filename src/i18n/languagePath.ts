/**
 * Addresses per language: French pages at `/…`, the other languages under their code
 * (`/en/…`), so that a page's prerendered HTML is in the right language before any script runs,
 * and a link handed out in a language opens in it.
 */
import { isLanguage, type Language } from './i18n.ts';

/** The language an address is in, its base (`''` or `/en`) and the path within that base. */
export interface LanguagePath {
  language: Language;
  base: string;
  path: string;
}

/** Reads the language prefix of `pathname` (French without one). */
export function languagePath(pathname: string): LanguagePath {
  const [, first = '', ...rest] = pathname.split('/');
  if (first !== 'fr' && isLanguage(first)) return { language: first, base: `/${first}`, path: `/${rest.join('/')}` };
  return { language: 'fr', base: '', path: pathname || '/' };
}

/** The base of `language`'s addresses: `''` for French, `/en` for English. */
export function languageBase(language: Language): string {
  return language === 'fr' ? '' : `/${language}`;
}

/** The address of `path` (within a base) in `language`: `/lecons/x` in English is `/en/lecons/x`. */
export function pathIn(language: Language, path: string): string {
  const base = languageBase(language);
  return base && path === '/' ? `${base}/` : `${base}${path}`;
}
