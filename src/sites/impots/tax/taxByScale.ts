/**
 * The progressive scale applied to one part: each slice of the quotient taxed at its bracket's
 * rate, as service-public.fr F1419 lays it out (« (29 579 € − 11 600 €) × 11 % = 1 977,69 € »).
 */
import type { TaxBracket } from './incomeTaxFigures.ts';
import { roundCents } from './roundEuro.ts';

/**
 * The tax of one part whose income is `quotient` euros, to the cent (30 000 € with the scale of
 * income 2025 → 2 103,99 €).
 */
export function taxByScale(quotient: number, scale: readonly TaxBracket[]): number {
  let tax = 0;
  let lower = 0;
  for (const { upTo, rate } of scale) {
    const top = upTo === null ? quotient : Math.min(quotient, upTo);
    if (top > lower) tax += ((top - lower) * rate) / 100;
    if (upTo === null || quotient <= upTo) break;
    lower = upTo;
  }
  return roundCents(tax);
}

/**
 * The tax of a household of `parts` parts: the tax of one part of the income, times the parts,
 * rounded to the euro (F2705: « 1 507,33 € × 2,5 = 3 768,33 €, arrondi à 3 768 € »).
 */
export function taxForParts(income: number, parts: number, scale: readonly TaxBracket[]): number {
  return Math.round(roundCents(taxByScale(income / parts, scale) * parts));
}
