/**
 * The estimated income tax the impots.gouv practice site shows before « Signer », computed from
 * the published figures of the year of income (docs/procedures.md section 2b): the 10 %
 * deductions, the family quotient and its cap, the décote, the 61 € threshold. Salaries (with
 * unemployment benefits) and pensions only: no other income, deduction, reduction or credit, and
 * no withholding.
 */
import { decote as decoteOf } from './decote.ts';
import { cappedGrossTax } from './familyQuotientCap.ts';
import { householdParts } from './householdParts.ts';
import { figuresForIncomeYear } from './incomeTaxFigures.ts';
import { netTaxableIncome } from './netTaxableIncome.ts';
import { taxLines, type TaxLine } from './taxLines.ts';

export type { TaxLine } from './taxLines.ts';

/** The household of one return. */
export interface TaxHousehold {
  /** The year the income was earned (2025 for the return filed in spring 2026). */
  incomeYear: number;
  /** Married or PACS, one joint return. */
  couple: boolean;
  /** Dependent children. */
  children: number;
  /** Single parent living alone with the children (case T). */
  singleParent?: boolean;
  /**
   * One entry per declarant (1 or 2), whole euros: yearly salaries (1AJ/1BJ, with the unemployment
   * benefits of 1AP/1BP, which take the same 10 % deduction) and pensions (1AS/1BS).
   */
  declarants: readonly { salaries: number; pensions: number }[];
}

/** The estimate, amounts in euros. */
export interface TaxEstimate {
  parts: number;
  /** Revenu net imposable (after the 10 % deductions). */
  netTaxableIncome: number;
  grossTax: number;
  decote: number;
  /** The tax to pay (0 under the 61 € threshold). */
  tax: number;
  /** The lines a summary shows, in order, in French. */
  lines: readonly TaxLine[];
}

/** Throws at once, with the fix, on a household the estimate cannot read. */
function checkHousehold(household: TaxHousehold): void {
  const { couple, children, singleParent, declarants } = household;
  if (!Number.isInteger(children) || children < 0)
    throw new Error(`children must be a whole number of dependent children (0 or more), not ${children}.`);
  if (couple && singleParent)
    throw new Error('A couple files one joint return: singleParent (case T) is only for a person alone.');
  if (declarants.length < 1 || declarants.length > (couple ? 2 : 1)) {
    const expected = couple ? '1 or 2 entries (one per partner) for a couple' : 'exactly 1 entry for a person alone';
    throw new Error(`declarants has ${declarants.length} entries: give ${expected}.`);
  }
  for (const { salaries, pensions } of declarants)
    if (![salaries, pensions].every((n) => Number.isFinite(n) && n >= 0))
      throw new Error(
        `Salaries and pensions are yearly amounts in euros, 0 or more (got ${salaries} and ${pensions}).`,
      );
}

/** The estimated income tax of a household, with the lines of its summary. */
export function estimateIncomeTax(household: TaxHousehold): TaxEstimate {
  checkHousehold(household);
  const figures = figuresForIncomeYear(household.incomeYear);
  const income = netTaxableIncome(household.declarants, figures);
  const parts = householdParts(household);
  const capped = cappedGrossTax(income.netTaxableIncome, household, figures);
  const decote = decoteOf(capped.grossTax, household.couple, figures);
  const netTax = capped.grossTax - decote;
  const tax = netTax < figures.collectionThreshold ? 0 : netTax;
  const lines = taxLines({
    income,
    parts,
    capped,
    decote,
    netTax,
    tax,
    collectionThreshold: figures.collectionThreshold,
  });
  return { parts, netTaxableIncome: income.netTaxableIncome, grossTax: capped.grossTax, decote, tax, lines };
}
