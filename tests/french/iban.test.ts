// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  bicCountry,
  formatIban,
  hasRightRibKey,
  ibanCheckDigits,
  isValidBic,
  isValidIban,
  ribKey,
} from '../../src/french/index.ts';

describe('IBAN (ISO 13616, mod 97)', () => {
  it('accepts the examples banks and ISO 13616 publish, typed with or without spaces', () => {
    // The French example of docs/procedures.md, the British and German examples of the ISO
    // 13616 registry, and a French account number with a letter.
    for (const iban of [
      'FR76 3000 6000 0112 3456 7890 189',
      'FR7630006000011234567890189',
      'fr76 3000 6000 0112 3456 7890 189',
      'GB82 WEST 1234 5698 7654 32',
      'DE89 3704 0044 0532 0130 00',
      'BE68 5390 0754 7034',
      'FR14 2004 1010 0505 0001 3M02 606',
    ])
      expect(isValidIban(iban), iban).toBe(true);
  });

  it('refuses a wrong check, a typo, a wrong length and letters in place of digits', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false); // last digit changed
    expect(isValidIban('FR76 3000 6000 0112 3456 7809 189')).toBe(false); // two digits swapped
    expect(isValidIban('GB82 TEST 1234 5698 7654 32')).toBe(false); // the registry's invalid example
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 18')).toBe(false); // 26 characters
    expect(isValidIban('FR7A 3000 6000 0112 3456 7890 189')).toBe(false);
    expect(isValidIban('')).toBe(false);
  });

  it('computes the check digits and prints in groups of 4', () => {
    expect(ibanCheckDigits('FR', '30006000011234567890189')).toBe('76');
    expect(ibanCheckDigits('GB', 'WEST12345698765432')).toBe('82');
    expect(formatIban('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });

  it('checks the French RIB key, letters of the account replaced per the RIB table', () => {
    expect(ribKey('30006', '00001', '12345678901')).toBe('89');
    expect(ribKey('20041', '01005', '0500013M026')).toBe('06');
    expect(hasRightRibKey('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(hasRightRibKey('FR14 2004 1010 0505 0001 3M02 606')).toBe(true);
    expect(hasRightRibKey('GB82 WEST 1234 5698 7654 32')).toBe(false);
  });

  it('the practice personas’ IBANs pass both keys', () => {
    expect(isValidIban('FR76 1789 9009 1200 0451 8726 393')).toBe(true);
    expect(hasRightRibKey('FR76 1789 9009 1200 0451 8726 393')).toBe(true);
  });
});

describe('BIC (ISO 9362)', () => {
  it('takes 8 or 11 characters: bank, country, location, optional branch', () => {
    expect(isValidBic('BNPAFRPP')).toBe(true);
    expect(isValidBic('BNPAFRPPXXX')).toBe(true);
    expect(isValidBic('deut de ff 500')).toBe(true);
    expect(bicCountry('DEUTDEFF500')).toBe('DE');
  });
  it('refuses another length, digits in the bank or country code', () => {
    expect(isValidBic('BNPAFRP')).toBe(false);
    expect(isValidBic('BNPAFRPPXX')).toBe(false);
    expect(isValidBic('BNP1FRPP')).toBe(false);
    expect(isValidBic('BNPAF1PP')).toBe(false);
    expect(bicCountry('BNPA')).toBeNull();
  });
});
