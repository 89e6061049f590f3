/** French postcodes: 5 digits (`93200`); the department is their first 2 (3 overseas: `974`). */

/** The 5 digits of a postcode as typed (`93 200` → `93200`), or `null` when it is not 5 digits. */
export function normalisePostcode(value: string): string | null {
  const digits = value.replace(/[\s\u00a0\u202f]/g, '');
  return /^\d{5}$/.test(digits) ? digits : null;
}
