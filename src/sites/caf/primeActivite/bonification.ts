/**
 * The bonification individuelle (CSS art. D843-2), computed for each worker of the household on
 * their own professional income: nothing up to 59 times the hourly SMIC, then rising in a straight
 * line to its maximum, reached at 120 times the hourly SMIC, and constant beyond.
 */
import type { PrimeActiviteFigures } from './primeActiviteFigures.ts';
import { roundCents } from './roundCents.ts';

/** The bonification's threshold, full point and maximum, in euros a month. */
export interface BonificationScale {
  start: number;
  full: number;
  maximum: number;
}

/** The scale of the bonification for the figures and the hourly SMIC in force. */
export function bonificationScale(figures: PrimeActiviteFigures, smicHourly: number): BonificationScale {
  const { startHours, fullHours, maximumRate } = figures.bonification;
  return {
    start: startHours * smicHourly,
    full: fullHours * smicHourly,
    // The maximum is a published amount: the rate of the base amount, to the cent.
    maximum: roundCents(maximumRate * figures.baseAmount),
  };
}

/** The bonification of one worker earning `professionalIncome` euros a month (not rounded). */
export function bonification(professionalIncome: number, scale: BonificationScale): number {
  const { start, full, maximum } = scale;
  if (professionalIncome <= start) return 0;
  if (professionalIncome >= full) return maximum;
  return (maximum * (professionalIncome - start)) / (full - start);
}
