// @vitest-environment node
/**
 * Which typed numbers the practice sites erase as someone's real identifier, against the amina
 * persona's practice numbers (hers: NIR 2 86 03 75 114 023 63; her partner's: 1 83 01 99 350 017 72).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { looksLikeRealIdentifier, practiceIdentifiers } from '../../src/french/index.ts';

const practice = practiceIdentifiers(parse(readFileSync('content/personas/amina.yaml', 'utf8')));

describe('looksLikeRealIdentifier, against the persona’s practice numbers', () => {
  it.each([
    ['the persona’s 13 digits', '2860375114023', 'kept'],
    ['the persona’s 13 digits, spaced as on the card', '2 86 03 75 114 023', 'kept'],
    ['the persona’s 15 digits', '286037511402363', 'kept'],
    ['her partner’s 13 digits (a practice number at another depth)', '1830199350017', 'kept'],
    ['one typo of the persona’s number', '2860375114024', 'kept'],
    ['two typos of the persona’s number', '2860375115024', 'kept'],
    ['two neighbours swapped in the persona’s number', '2860357114023', 'kept'],
    ['one typo of her partner’s number', '1830199350018', 'kept'],
    ['a temporary number one digit from the persona’s (the site explains it)', '7860375114023', 'kept'],
    ['three typos of the persona’s number', '2860375777023', 'erased'],
    ['an unrelated 13-digit number with the shape of a NIR', '2951099126111', 'erased'],
    ['the same, typed with spaces', '2 95 10 99 126 111', 'erased'],
    ['a Corsican 13-digit NIR (2B)', '253072B073004', 'erased'],
    ['a 15-digit NIR with the right key, not a practice one', '255081416802538', 'erased'],
    ['a numéro fiscal with the right check digits', '3023217600053', 'erased'],
    ['13 digits whose month cannot be (13): not a NIR', '2951399126111', 'kept'],
    ['13 digits whose first digit cannot be a sex (5): not a NIR', '5951099126111', 'kept'],
    ['a 15-digit number with a wrong key (a typo)', '255081416802539', 'kept'],
    ['an amount', '1012,40', 'kept'],
    ['a telephone number', '06 12 34 56 78', 'kept'],
  ])('%s (%s): %s', (_, typed, expected) => {
    expect(looksLikeRealIdentifier(typed, practice) ? 'erased' : 'kept').toBe(expected);
  });

  it('treats a NIR-shaped number as real when a persona holds no practice number', () => {
    expect(looksLikeRealIdentifier('2860375114023', new Set())).toBe(true);
  });
});

describe('IBANs, against the practice IBAN of a persona', () => {
  const lucas = practiceIdentifiers(parse(readFileSync('content/personas/lucas.yaml', 'utf8')));

  it.each([
    ['his IBAN, as printed on his RIB', 'FR76 1789 9009 1200 0451 8726 393', 'kept'],
    ['his IBAN, typed without spaces', 'fr7617899009120004518726393', 'kept'],
    [
      'his IBAN with one wrong digit (its key catches it: the site says so)',
      'FR76 1789 9009 1200 0451 8726 394',
      'kept',
    ],
    ['another French IBAN with the right key (the published example)', 'FR76 3000 6000 0112 3456 7890 189', 'erased'],
    ['a German IBAN with the right key (the published example)', 'DE89 3704 0044 0532 0130 00', 'erased'],
  ])('%s (%s): %s', (_, typed, expected) => {
    expect(looksLikeRealIdentifier(typed, lucas) ? 'erased' : 'kept').toBe(expected);
  });
});
