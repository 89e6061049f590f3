/**
 * From the declared amounts to the « revenu net imposable »: the 10 % deductions on salaries
 * (per declarant, between the year's minimum and maximum, never more than the salaries) and on
 * pensions (at least the minimum per pensioner, never more than the pension, at most the maximum
 * for the whole household) (CGI art. 83, 3° and 158, 5 a; docs/procedures.md section 2b).
 */
import type { IncomeTaxFigures } from './incomeTaxFigures.ts';
import { roundEuro } from './roundEuro.ts';

/**
 * What one declarant received in the year, whole euros: salaries (1AJ/1BJ, with unemployment
 * benefits 1AP/1BP, taxed as salaries) and pensions (1AS/1BS).
 */
export interface DeclarantIncome {
  salaries: number;
  pensions: number;
}

/** The household's income before and after the deductions, in euros. */
export interface NetTaxableIncome {
  /** Salaries and pensions as declared, all declarants together. */
  declared: number;
  /** The 10 % deduction on salaries, all declarants together. */
  salaryDeduction: number;
  /** The 10 % deduction on pensions, for the household. */
  pensionDeduction: number;
  /** Revenu net imposable. */
  netTaxableIncome: number;
}

/** The 10 % deduction on one declarant's salaries. */
function salaryDeductionOf(salaries: number, figures: IncomeTaxFigures): number {
  if (salaries <= 0) return 0;
  const { minimum, maximum } = figures.salaryDeduction;
  return Math.min(salaries, Math.min(maximum, Math.max(minimum, roundEuro(salaries / 10))));
}

/** The 10 % deduction on one pensioner's pensions, before the household maximum. */
function pensionDeductionOf(pensions: number, figures: IncomeTaxFigures): number {
  if (pensions <= 0) return 0;
  return Math.min(pensions, Math.max(figures.pensionDeduction.minimum, roundEuro(pensions / 10)));
}

/** The declared income, the deductions and the net taxable income of a household. */
export function netTaxableIncome(declarants: readonly DeclarantIncome[], figures: IncomeTaxFigures): NetTaxableIncome {
  const declared = declarants.reduce((sum, d) => sum + d.salaries + d.pensions, 0);
  const salaryDeduction = declarants.reduce((sum, d) => sum + salaryDeductionOf(d.salaries, figures), 0);
  const pensionDeduction = Math.min(
    figures.pensionDeduction.maximum,
    declarants.reduce((sum, d) => sum + pensionDeductionOf(d.pensions, figures), 0),
  );
  return {
    declared,
    salaryDeduction,
    pensionDeduction,
    netTaxableIncome: roundEuro(declared - salaryDeduction - pensionDeduction),
  };
}
