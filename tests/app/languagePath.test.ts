/** Addresses per language: French without a prefix, English under `/en` (issue 13's prerendered pages). */
import { describe, expect, it } from 'vitest';
import { languagePath, pathIn } from '../../src/i18n/languagePath.ts';

describe('languagePath', () => {
  it('reads French addresses without a prefix', () => {
    expect(languagePath('/lecons/caf-se-connecter')).toEqual({
      language: 'fr',
      base: '',
      path: '/lecons/caf-se-connecter',
    });
    expect(languagePath('/')).toEqual({ language: 'fr', base: '', path: '/' });
  });

  it('reads English addresses under /en, the home page with or without its slash', () => {
    expect(languagePath('/en/lecons/caf-se-connecter')).toEqual({
      language: 'en',
      base: '/en',
      path: '/lecons/caf-se-connecter',
    });
    expect(languagePath('/en/')).toEqual({ language: 'en', base: '/en', path: '/' });
    expect(languagePath('/en')).toEqual({ language: 'en', base: '/en', path: '/' });
  });

  it('takes neither /fr nor an unknown code for a prefix', () => {
    expect(languagePath('/fr/lecons')).toEqual({ language: 'fr', base: '', path: '/fr/lecons' });
    expect(languagePath('/xx/lecons')).toEqual({ language: 'fr', base: '', path: '/xx/lecons' });
  });

  it('gives the address of a page in each language, and reads it back', () => {
    expect(pathIn('fr', '/carnet')).toBe('/carnet');
    expect(pathIn('en', '/carnet')).toBe('/en/carnet');
    expect(pathIn('en', '/')).toBe('/en/');
    for (const path of ['/', '/carnet', '/lecons/x'])
      for (const language of ['fr', 'en'] as const)
        expect(languagePath(pathIn(language, path))).toMatchObject({ language, path });
  });
});
