/**
 * The BIC (ISO 9362, « code SWIFT »): 8 or 11 characters — bank (4 letters), country (2 letters),
 * location (2 letters or digits), then an optional branch (3 letters or digits). No check digit.
 */
import { normaliseIdentifier } from './nir.ts';

/** A BIC without spaces, upper-cased: `bnpa fr pp xxx` → `BNPAFRPPXXX`. */
export function normaliseBic(value: string): string {
  return normaliseIdentifier(value);
}

/** Whether a BIC has the right shape (8 or 11 characters). */
export function isValidBic(value: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(normaliseBic(value));
}

/** The country of a BIC (`FR`), or `null` when it is not a BIC. */
export function bicCountry(value: string): string | null {
  return isValidBic(value) ? normaliseBic(value).slice(4, 6) : null;
}
