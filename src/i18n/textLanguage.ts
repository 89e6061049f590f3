/**
 * The `lang` and `dir` of a text in `locale`, to spread on its element: a French lesson shown in
 * the Arabic interface stays left to right, an Arabic one in the French interface right to left.
 */
import { rightToLeft } from './rightToLeft.ts';

export function textLanguage(locale: string | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!locale) return {};
  return { lang: locale, dir: rightToLeft(locale) ? 'rtl' : 'ltr' };
}
