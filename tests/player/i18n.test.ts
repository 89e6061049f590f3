/**
 * The UI strings: every locale has the reference's keys (with the plural forms its own language
 * needs), a missing key is loud in development, and the remembered language is used at start.
 */
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/i18n.ts';
import { languages } from '../../src/i18n/languages.ts';
import { fr } from '../../src/i18n/locales/fr.ts';

const keys = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The keys a locale of `language` must have: French's, each plural with the language's own forms. */
function expectedKeys(language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const plain = keys(fr).filter((k) => !pluralSuffix.test(k));
  const plurals = new Set(keys(fr).flatMap((k) => (pluralSuffix.test(k) ? [k.replace(pluralSuffix, '')] : [])));
  return [...plain, ...[...plurals].flatMap((base) => categories.map((c) => `${base}_${c}`))].sort();
}

describe('i18n', () => {
  const i18n = initI18n('fr');

  it.each(languages.filter((l) => l !== 'fr'))(
    'has every key of the French reference in %s, with that language’s plural forms',
    (language) => {
      const bundle = i18n.getResourceBundle(language, 'translation') as object;
      expect(keys(bundle).sort()).toEqual(expectedKeys(language));
    },
  );

  it('throws in development on a key that no locale has', () => {
    expect(() => i18n.t('player.nothing-here' as never)).toThrow(/Missing UI string "player.nothing-here"/);
  });

  it('uses each language’s plural rules (French: 0 and 1 singular; Arabic: a dual for 2)', () => {
    expect(i18n.t('completion.alone', { count: 0, lng: 'fr' })).toBe('0 étape faite sans aide');
    expect(i18n.t('completion.alone', { count: 2, lng: 'fr' })).toBe('2 étapes faites sans aide');
    expect(i18n.t('completion.alone', { count: 0, lng: 'en' })).toBe('0 steps done without help');
    const ar = i18n.getResourceBundle('ar', 'translation') as { completion: Record<string, string> };
    expect(i18n.t('completion.alone', { count: 2, lng: 'ar' })).toBe(
      ar.completion.alone_two!.replace('{{count}}', '2'),
    );
    expect(ar.completion.alone_two).not.toBe(ar.completion.alone_other);
  });
});
