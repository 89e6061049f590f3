/**
 * The references the site makes up when a declaration is signed: the « numéro de déclaration » of
 * the acknowledgement, the « référence de l'avis » of the avis de situation déclarative and that of
 * the avis d'impôt the declaration leads to (13 letters and digits, as on the real avis:
 * docs/procedures.md section 2). They are derived from the numéro fiscal, the address and the
 * practice time or the year, so a reload shows the same ones.
 */

/** The département of an address (`… 93100 Montreuil` → `93`), `75` when there is none. */
export function departementOf(address: string): string {
  return /\b(\d{2})\d{3}\b/.exec(address)?.[1] ?? '75';
}

const digits = (seed: number, count: number) => String(Math.abs(seed) % 10 ** count).padStart(count, '0');

/** « Numéro de déclaration »: 14 digits. */
export function declarationNumber(numeroFiscal: string, at: number): string {
  return `${digits(Number(numeroFiscal.slice(3, 10)) + Math.floor(at / 1000), 8)}${digits(Math.floor(at / 60000), 6)}`;
}

/** « Référence de l'avis » of the ASDIR: year (2 digits), département, `A`, 8 digits. */
export function asdirReference(numeroFiscal: string, at: number, address: string): string {
  const year = String(new Date(at).getFullYear()).slice(2);
  return `${year}${departementOf(address)}A${digits(Number(numeroFiscal.slice(2, 10)) * 7 + Math.floor(at / 86_400_000), 8)}`;
}

/** « Référence de l'avis » of the avis d'impôt on the income of `incomeYear`: its year, département, `A`, 8 digits. */
export function noticeReference(numeroFiscal: string, incomeYear: number, address: string): string {
  const year = String(incomeYear + 1).slice(2);
  return `${year}${departementOf(address)}A${digits(Number(numeroFiscal.slice(2, 10)) * 13 + incomeYear, 8)}`;
}
