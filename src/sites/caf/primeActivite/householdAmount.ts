/**
 * The montant forfaitaire of a household (CSS art. D843-1): the base amount of a person alone,
 * increased for each other person, or the single-parent amount (majoration pour isolement).
 */
import type { PrimeActiviteFigures } from './primeActiviteFigures.ts';

/** Who the household is made of, as the montant forfaitaire counts them. */
export interface HouseholdMembers {
  couple: boolean;
  /** Dependent children. */
  children: number;
  /** A person alone who gets the single-parent increase (a child under 3, or expecting one). */
  singleParent: boolean;
}

/** The multiple of the base amount for `persons` persons, `couple` or not (no single-parent increase). */
export function householdRate(persons: number, couple: boolean, figures: PrimeActiviteFigures): number {
  const inc = figures.householdIncrease;
  let rate = 1;
  if (persons >= 2) rate += inc.second;
  if (persons >= 3) rate += inc.third;
  // The fourth person of a couple is its second child; of a person alone, the third dependent child.
  if (persons >= 4) rate += couple ? inc.fourthOfCouple : inc.fromThirdDependent;
  if (persons > 4) rate += (persons - 4) * inc.fromThirdDependent;
  return rate;
}

/** The household's montant forfaitaire, in euros (not rounded). */
export function householdAmount(members: HouseholdMembers, figures: PrimeActiviteFigures): number {
  const { couple, children, singleParent } = members;
  if (singleParent && !couple)
    return figures.baseAmount * (figures.singleParent.base + figures.singleParent.perChild * children);
  return figures.baseAmount * householdRate((couple ? 2 : 1) + children, couple, figures);
}
