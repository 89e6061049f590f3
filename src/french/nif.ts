/**
 * The numéro fiscal (SPI): 13 digits, first digit 0–3, last 3 digits = first 10 digits mod 511
 * (docs/procedures.md section 2).
 */
import { normaliseIdentifier } from './nir.ts';

/** Whether a numéro fiscal is well formed and its check digits are right. */
export function isValidNif(value: string): boolean {
  const n = normaliseIdentifier(value);
  return /^[0-3]\d{12}$/.test(n) && Number(n.slice(0, 10)) % 511 === Number(n.slice(10));
}
