/**
 * The forfait logement: a flat amount counted as a resource when the household pays no rent
 * (owner without a loan to repay, housed free of charge) or gets an aide au logement — then never
 * more than that aide. It is a share of the montant forfaitaire of 1, 2, or 3 persons and more
 * (without the single-parent increase).
 */
import { householdRate } from './householdAmount.ts';
import type { PrimeActiviteFigures } from './primeActiviteFigures.ts';

/** Where the household lives. */
export type Housing = 'locataire' | 'proprietaire' | 'accedant' | 'heberge';

/** The household's housing, as the forfait logement reads it. */
export interface HousingSituation {
  couple: boolean;
  children: number;
  /** `proprietaire`: owner with no loan to repay; `accedant`: owner repaying a loan; `heberge`: housed free. */
  housing: Housing;
  /** The aide au logement received each month, in euros (0 without one). */
  housingBenefit: number;
}

/** The forfait logement of the household, in euros a month (not rounded; 0 when none applies). */
export function forfaitLogement(situation: HousingSituation, figures: PrimeActiviteFigures): number {
  const persons = (situation.couple ? 2 : 1) + situation.children;
  const rates = figures.housingFlatRate;
  const rate = persons === 1 ? rates.one : persons === 2 ? rates.two : rates.threeOrMore;
  const flat = figures.baseAmount * householdRate(Math.min(persons, 3), situation.couple, figures) * rate;
  const inKind = situation.housing === 'proprietaire' || situation.housing === 'heberge' ? flat : 0;
  const fromBenefit = situation.housingBenefit > 0 ? Math.min(situation.housingBenefit, flat) : 0;
  return Math.max(inKind, fromBenefit);
}
