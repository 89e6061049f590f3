/**
 * French phone numbers as people type them: 10 digits starting with 0 (`06 12 34 56 78`,
 * `06.12.34.56.78`, `0612345678`), or `+33` followed by the 9 digits after the 0.
 */

/** The 10 digits of a French number (`0612345678`), or `null` when it is not one. */
export function normalisePhone(value: string): string | null {
  const compact = value.replace(/[\s.\-\u00a0\u202f()]/g, '');
  const national = compact.replace(/^(?:\+33|0033)(?=[1-9])/, '0');
  return /^0[1-9]\d{8}$/.test(national) ? national : null;
}

/** Whether `value` is a French phone number. */
export function isValidPhone(value: string): boolean {
  return normalisePhone(value) !== null;
}

/** A French number in pairs, as it is printed: `06 12 34 56 78` (as typed when it is not one). */
export function formatPhone(value: string): string {
  const digits = normalisePhone(value);
  return digits === null ? value : digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}
