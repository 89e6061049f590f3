/**
 * The language a page opens in: `?lang=xx` (a link or QR code an advisor hands out), else the
 * address's prefix (`/ar/…`), else the one chosen earlier in this browser session, else French;
 * with the address to show instead, in that language and without `lang`, when it differs.
 */
import { isLanguage, type Language } from './i18n.ts';
import { languagePath, pathIn } from './languagePath.ts';

export interface OpeningLanguage {
  language: Language;
  /** Whether `?lang=` chose it (to remember for the session). */
  asked: boolean;
  /** The address to replace the current one with (path, search and hash), or `null` to keep it. */
  address: string | null;
}

/** Reads `url` (and the session's `remembered` language) as the entry point starts. */
export function openingLanguage(url: URL, remembered: Language | undefined): OpeningLanguage {
  const addressed = languagePath(url.pathname);
  const param = url.searchParams.get('lang');
  const asked = isLanguage(param);
  const language = asked ? param : addressed.base ? addressed.language : (remembered ?? 'fr');
  const search = new URLSearchParams(url.searchParams);
  search.delete('lang');
  const query = search.size > 0 ? `?${search}` : '';
  const address = `${pathIn(language, addressed.path)}${query}${url.hash}`;
  return { language, asked, address: address === `${url.pathname}${url.search}${url.hash}` ? null : address };
}
