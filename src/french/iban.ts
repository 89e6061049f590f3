/**
 * The IBAN (ISO 13616): a country code, 2 check digits and the national account number (27
 * characters for France: bank 5, branch 5, account 11, RIB key 2). The check: the first 4
 * characters moved to the end, letters replaced by numbers (A = 10 … Z = 35), the result mod 97
 * is 1 (docs/procedures.md section 2). Printed in groups of 4: `FR76 3000 6000 0112 3456 7890 189`.
 */
import { normaliseIdentifier } from './nir.ts';

/** The length of an IBAN in a few countries the sites meet (ISO 13616 registry); others: 15 to 34. */
const lengths: Readonly<Record<string, number>> = {
  FR: 27,
  MC: 27,
  DE: 22,
  BE: 16,
  ES: 24,
  IT: 27,
  PT: 25,
  GB: 22,
  NL: 18,
  LU: 20,
  CH: 21,
};

/** `123` for `A` = 10 … `Z` = 35, digits unchanged. */
const toDigits = (text: string) => text.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));

/** The remainder of a long number written in decimal, by 97 (no BigInt needed). */
function mod97(digits: string): number {
  let rest = 0;
  for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97;
  return rest;
}

/** An IBAN without spaces, dots or dashes, upper-cased: `FR7630006000011234567890189`. */
export function normaliseIban(value: string): string {
  return normaliseIdentifier(value);
}

/** Whether an IBAN has its country's length and its check digits are right. */
export function isValidIban(value: string): boolean {
  const iban = normaliseIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = lengths[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  return mod97(toDigits(iban.slice(4) + iban.slice(0, 4))) === 1;
}

/** The 2 check digits an IBAN needs: `ibanCheckDigits('FR', '30006000011234567890189') === '76'`. */
export function ibanCheckDigits(country: string, account: string): string {
  const rest = mod97(toDigits(`${normaliseIban(account)}${country.toUpperCase()}00`));
  return String(98 - rest).padStart(2, '0');
}

/** An IBAN in groups of 4, as banks print it: `FR76 3000 6000 0112 3456 7890 189`. */
export function formatIban(value: string): string {
  return normaliseIban(value).replace(/(.{4})(?=.)/g, '$1 ');
}

/** The RIB table: the letters of a French account number as digits (A, J → 1; B, K, S → 2; …). */
const ribLetters = (text: string) =>
  text.replace(/[A-Z]/g, (letter) => String(((letter.charCodeAt(0) - 65 + (letter >= 'S' ? 1 : 0)) % 9) + 1));

/**
 * The 2-digit RIB key of a French bank account: 97 − ((89 × bank + 15 × branch + 3 × account)
 * mod 97), letters of the account replaced by digits per the RIB table.
 */
export function ribKey(bank: string, branch: string, account: string): string {
  const n = (text: string) => mod97(ribLetters(normaliseIban(text)));
  const sum = (89 * n(bank) + 15 * n(branch) + 3 * n(account)) % 97;
  return String(97 - sum).padStart(2, '0');
}

/** Whether a French IBAN's RIB key (its last 2 digits) is right too. */
export function hasRightRibKey(value: string): boolean {
  const iban = normaliseIban(value);
  if (!iban.startsWith('FR') || iban.length !== 27) return false;
  return ribKey(iban.slice(4, 9), iban.slice(9, 14), iban.slice(14, 25)) === iban.slice(25);
}
