/**
 * The NIR (numéro de sécurité sociale): 13 characters, then a 2-digit key
 * `97 − (N mod 97)`, where Corsica's department 2A counts as 19 and 2B as 18
 * (docs/procedures.md section 2).
 */

/** Strips spaces, dots and dashes and upper-cases, as the real sites do before checking. */
export function normaliseIdentifier(value: string): string {
  return value.replace(/[\s.\-\u00a0\u202f]/g, '').toUpperCase();
}

const nir13Pattern = /^[1-478]\d{2}(0[1-9]|1[0-2]|20|3\d|4[0-2]|[5-9]\d)(\d{2}|2A|2B)\d{3}\d{3}$/;

/** Whether 13 characters have the shape of a NIR without its key (sex, year, month, place, order). */
export function isNir13Shape(value: string): boolean {
  const n = normaliseIdentifier(value);
  return nir13Pattern.test(n) && n.slice(7, 10) !== '000' && n.slice(10, 13) !== '000';
}

/** The 2-digit key of a 13-character NIR, e.g. `nirKey('2951099126111') === '93'`. */
export function nirKey(nir13: string): string {
  const n = normaliseIdentifier(nir13)
    .replace(/^(\d{5})2A/, '$119')
    .replace(/^(\d{5})2B/, '$118');
  if (!/^\d{13}$/.test(n)) throw new Error(`nirKey needs 13 characters, got "${nir13}"`);
  const key = 97 - Number(BigInt(n) % 97n);
  return String(key).padStart(2, '0');
}

/** Whether a 15-character NIR (13 + key) is well formed and its key is right. */
export function isValidNir15(value: string): boolean {
  const n = normaliseIdentifier(value);
  return n.length === 15 && isNir13Shape(n.slice(0, 13)) && nirKey(n.slice(0, 13)) === n.slice(13);
}

/** Whether a NIR is temporary (NIA, starting with 7 or 8): it cannot be used to log in. */
export function isTemporaryNir(value: string): boolean {
  return /^[78]/.test(normaliseIdentifier(value));
}
