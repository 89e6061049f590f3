/**
 * The décote (CGI art. 197, I, 4, a; BOFiP BOI-IR-LIQ-20-20-30): when the gross tax is under the
 * year's threshold, it is lowered by `amount − 45,25 % × gross tax` (the single or the couple
 * amount), rounded to the euro, never below zero.
 */
import type { IncomeTaxFigures } from './incomeTaxFigures.ts';
import { roundEuro } from './roundEuro.ts';

/** The décote of a gross tax of `grossTax` euros, for a joint return (`couple`) or not. */
export function decote(grossTax: number, couple: boolean, figures: IncomeTaxFigures): number {
  const { amount, threshold } = couple ? figures.decote.couple : figures.decote.single;
  if (grossTax <= 0 || grossTax >= threshold) return 0;
  return Math.min(grossTax, Math.max(0, roundEuro(amount - (grossTax * figures.decote.rate) / 100)));
}
