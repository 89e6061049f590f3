/**
 * The UI strings: every locale has the reference's keys, a missing key is loud in development,
 * and the remembered language is used at start.
 */
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/i18n.ts';
import { en } from '../../src/i18n/locales/en.ts';
import { fr } from '../../src/i18n/locales/fr.ts';

const keys = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );

describe('i18n', () => {
  const i18n = initI18n('fr');

  it('has the same keys in English as in the French reference', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('throws in development on a key that no locale has', () => {
    expect(() => i18n.t('player.nothing-here' as never)).toThrow(/Missing UI string "player.nothing-here"/);
  });

  it('uses French plural rules (0 and 1 are singular)', () => {
    expect(i18n.t('completion.alone', { count: 0, lng: 'fr' })).toBe('0 étape faite sans aide');
    expect(i18n.t('completion.alone', { count: 2, lng: 'fr' })).toBe('2 étapes faites sans aide');
    expect(i18n.t('completion.alone', { count: 0, lng: 'en' })).toBe('0 steps done without help');
  });
});
