/**
 * Amounts as French people type them: `1 012,40`, `1012.40`, `1012`, `1.012,40`, `1 012,40 €`.
 * Amounts are handled in cents so that sums are exact.
 */

const spaces = /[\s\u00a0\u202f]/g;
const plain = /^(\d+)(?:[.,](\d{1,2}))?$/;
const withDots = /^(\d{1,3}(?:\.\d{3})+),(\d{1,2})$/;
/** Amounts must stay below this (100 000 €), in cents. */
const ceiling = 100_000_00;

function clean(text: string): string {
  return text.replace(spaces, '').replace(/€$/, '');
}

/** The amount in cents, or `null` when it is not a well-formed amount (see `amountError`). */
export function parseAmount(text: string): number | null {
  const t = clean(text);
  const m = plain.exec(t) ?? withDots.exec(t);
  if (!m) return null;
  const cents = Number(m[1]!.replace(/\./g, '')) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return cents < ceiling ? cents : null;
}

/** The message the site shows for a typed amount, or `null` when it is right. */
export function amountError(text: string): string | null {
  const t = clean(text);
  if (t === '') return 'Saisissez un montant.';
  if (parseAmount(t) !== null) return null;
  if (/^-/.test(t)) return 'Le montant ne peut pas être négatif.';
  if (/^\d+[.,]\d{3,}$/.test(t)) return 'Saisissez 2 chiffres au plus après la virgule, par exemple 1 250,50.';
  if (plain.test(t) || withDots.test(t)) return 'Le montant doit être inférieur à 100 000 €.';
  return 'Le montant doit être un nombre, sans lettres, par exemple 1 250,50.';
}
