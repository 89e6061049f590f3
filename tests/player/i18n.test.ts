/**
 * The UI strings: French at hand, each other language loaded only when asked (its own chunk);
 * every locale has the reference's keys (with the plural forms its own language needs), a
 * missing key is loud in development, and the remembered language is used at start.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/i18n.ts';
import { languages } from '../../src/i18n/languages.ts';
import { fr } from '../../src/i18n/locales/fr.ts';
import { uk } from '../../src/i18n/locales/uk.ts';

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

describe('i18n loading', () => {
  const i18n = initI18n('fr');

  it('has French at once, and loads another language only when it is asked for', async () => {
    expect(i18n.hasResourceBundle('fr', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('uk', 'translation')).toBe(false);
    await i18n.changeLanguage('uk');
    expect(i18n.hasResourceBundle('uk', 'translation')).toBe(true);
    expect(i18n.resolvedLanguage).toBe('uk');
    expect(i18n.t('app.language.label')).toBe(uk.app.language.label);
    expect(uk.app.language.label).not.toBe(fr.app.language.label);
    await i18n.changeLanguage('fr');
  });
});

describe('i18n', () => {
  const i18n = initI18n('fr');
  beforeAll(() => i18n.loadLanguages([...languages]));

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
