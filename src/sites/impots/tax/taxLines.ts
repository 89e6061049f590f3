/**
 * The lines of a tax summary, in order and in French, as the notice and the return's estimate
 * label them (« Revenu net imposable », « Nombre de parts », « Impôt brut », « Décote »,
 * « Impôt sur le revenu net »). Lines that would read 0 € (no cap, no décote) are left out.
 */
import type { NetTaxableIncome } from './netTaxableIncome.ts';
import type { CappedTax } from './familyQuotientCap.ts';

/** One line of the summary: an amount in euros, or a number of parts when `unit` is `'parts'`. */
export interface TaxLine {
  label: string;
  amount: number;
  /** `'parts'` for « Nombre de parts » (show `3`, not `3 €`); absent for euros. */
  unit?: 'parts';
}

/** The steps of one estimate, as `estimateIncomeTax` computed them. */
export interface TaxSteps {
  income: NetTaxableIncome;
  parts: number;
  capped: CappedTax;
  decote: number;
  /** The tax after the décote, before the collection threshold. */
  netTax: number;
  /** The tax to pay. */
  tax: number;
  /** The collection threshold of the year (61 €). */
  collectionThreshold: number;
}

/** The summary's lines for the steps of an estimate. */
export function taxLines(steps: TaxSteps): TaxLine[] {
  const { income, parts, capped, decote, netTax, tax, collectionThreshold } = steps;
  const deductions = income.salaryDeduction + income.pensionDeduction;
  const lines: TaxLine[] = [{ label: 'Salaires, pensions et rentes déclarés', amount: income.declared }];
  if (deductions > 0) lines.push({ label: 'Déduction de 10 %', amount: deductions });
  lines.push({ label: 'Revenu net imposable', amount: income.netTaxableIncome });
  lines.push({ label: 'Nombre de parts', amount: parts, unit: 'parts' });
  if (capped.capIncrease > 0) {
    lines.push({ label: 'Impôt avant plafonnement du quotient familial', amount: capped.uncapped });
    lines.push({ label: 'Plafonnement du quotient familial', amount: capped.capIncrease });
  }
  lines.push({ label: 'Impôt brut', amount: capped.grossTax });
  if (decote > 0) lines.push({ label: 'Décote', amount: decote });
  lines.push({ label: 'Impôt sur le revenu net', amount: netTax });
  if (netTax > 0 && tax === 0)
    lines.push({ label: `Impôt non mis en recouvrement (inférieur à ${collectionThreshold} €)`, amount: netTax });
  lines.push({ label: 'Impôt à payer', amount: tax });
  return lines;
}
