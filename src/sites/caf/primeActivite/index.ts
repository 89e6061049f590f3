/**
 * The prime d'activité estimate of the CAF practice site's simulator: `estimatePrimeActivite`
 * and the pieces it is made of, with the published figures per period.
 */
export {
  estimatePrimeActivite,
  type NotEligibleReason,
  type PrimeAdult,
  type PrimeEstimate,
  type PrimeHousehold,
  type PrimeLine,
} from './estimatePrimeActivite.ts';
export {
  dayOf,
  figuresOn,
  hourlySmic,
  hourlySmicOn,
  primeActiviteFigures,
  type PrimeActiviteFigures,
} from './primeActiviteFigures.ts';
export { householdAmount, householdRate, type HouseholdMembers } from './householdAmount.ts';
export { bonification, bonificationScale, type BonificationScale } from './bonification.ts';
export { forfaitLogement, type Housing, type HousingSituation } from './forfaitLogement.ts';
export { primeLines, type PrimeSteps } from './primeLines.ts';
export { roundCents } from './roundCents.ts';
