/**
 * The language a page opens in: a link with `?lang=` (an advisor's QR code) wins and leaves the
 * address in that language without the parameter; then the address's prefix; then the session's choice.
 */
import { describe, expect, it } from 'vitest';
import { openingLanguage } from '../../src/i18n/openingLanguage.ts';

const open = (address: string, remembered?: 'fr' | 'en') =>
  openingLanguage(new URL(address, 'http://localhost'), remembered);

describe('openingLanguage', () => {
  it('opens a `?lang=en` link in English, at the English address, without the parameter', () => {
    expect(open('/?lang=en')).toEqual({ language: 'en', asked: true, address: '/en/' });
    expect(open('/lecons/caf-se-connecter?lang=en&mode=guided#etape')).toEqual({
      language: 'en',
      asked: true,
      address: '/en/lecons/caf-se-connecter?mode=guided#etape',
    });
  });

  it('lets `?lang=` override the address’s language and the session’s choice', () => {
    expect(open('/en/carnet?lang=fr', 'en')).toEqual({ language: 'fr', asked: true, address: '/carnet' });
  });

  it('ignores a language it does not have, and drops the parameter', () => {
    expect(open('/?lang=xx')).toEqual({ language: 'fr', asked: false, address: '/' });
  });

  it('keeps an address that already says its language', () => {
    expect(open('/en/lecons', 'fr')).toEqual({ language: 'en', asked: false, address: null });
    expect(open('/lecons')).toEqual({ language: 'fr', asked: false, address: null });
  });

  it('moves an address without a language to the one chosen earlier in this session', () => {
    expect(open('/carnet', 'en')).toEqual({ language: 'en', asked: false, address: '/en/carnet' });
  });
});
