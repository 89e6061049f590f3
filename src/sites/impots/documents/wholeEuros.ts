/** Whole euros as tax papers print them: `47 520 €` (French spacing). */
const format = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** `47 520 €` for 47520. */
export function wholeEuros(euros: number): string {
  return format.format(euros);
}
