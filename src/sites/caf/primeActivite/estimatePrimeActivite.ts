/**
 * The estimated prime d'activité the CAF's simulator shows (docs/procedures.md section 2b): the
 * household's montant forfaitaire, plus 59,85 % of its professional income and each worker's
 * bonification, minus its resources (never counted below the montant forfaitaire) and the forfait
 * logement. Resources are the monthly average of the last three months, as the CAF counts them for
 * the next quarter; the figures are those in force on the day of the estimate. Not paid under 15 €.
 */
import { bonification, bonificationScale } from './bonification.ts';
import { forfaitLogement, type Housing } from './forfaitLogement.ts';
import { householdAmount } from './householdAmount.ts';
import { figuresOn, hourlySmicOn } from './primeActiviteFigures.ts';
import { primeLines, type PrimeLine } from './primeLines.ts';
import { roundCents } from './roundCents.ts';

export type { PrimeLine } from './primeLines.ts';

/** One adult of the household: three months of income, in euros, oldest month first. */
export interface PrimeAdult {
  /** Net salaries and other professional income, per month. */
  professional: readonly [number, number, number];
  /** Other resources (unemployment benefit, pensions, allowances…), per month. */
  other: readonly [number, number, number];
  /** A student or apprentice (who must earn more than a floor every month). */
  student?: boolean;
}

/** The household of one estimate. */
export interface PrimeHousehold {
  /** When the estimate is made (ms since the epoch, the practice clock): it picks the figures. */
  at: number;
  couple: boolean;
  /** Dependent children. */
  children: number;
  /** A person alone with a child under 3, or expecting one: the single-parent increase. */
  singleParent?: boolean;
  housing: Housing;
  /** The aide au logement received each month, in euros (0 without one). */
  housingBenefit: number;
  /** The claimant, then the partner of a couple. */
  adults: readonly PrimeAdult[];
}

/** Why an estimate is 0. */
export type NotEligibleReason = 'no-professional-income' | 'student-income' | 'too-high' | 'under-minimum';

/** The estimate, amounts in euros. */
export interface PrimeEstimate {
  /** The monthly amount to expect, to the cent (0 when not eligible). */
  amount: number;
  eligible: boolean;
  /** Why the amount is 0; absent when eligible. */
  reason?: NotEligibleReason;
  /** The amount as computed, before the 15 € minimum (0 when negative). */
  computed: number;
  /** The lines a detailed result shows, in order, in French. */
  lines: readonly PrimeLine[];
  /** The scale used (« Barème en vigueur au 1er avril 2026 »). */
  scale: string;
}

const average = (months: readonly number[]) => months.reduce((a, b) => a + b, 0) / months.length;

/** Throws at once, with the fix, on a household the estimate cannot read. */
function checkHousehold(household: PrimeHousehold): void {
  const { couple, children, singleParent, adults, housingBenefit } = household;
  if (!Number.isInteger(children) || children < 0)
    throw new Error(`children must be a whole number of dependent children (0 or more), not ${children}.`);
  if (couple && singleParent) throw new Error('singleParent is for a person alone: a couple cannot have it.');
  if (adults.length !== (couple ? 2 : 1))
    throw new Error(
      `adults has ${adults.length} entries: give ${couple ? '2 (the claimant, then the partner)' : '1'}.`,
    );
  const amounts = [housingBenefit, ...adults.flatMap((a) => [...a.professional, ...a.other])];
  if (!amounts.every((n) => Number.isFinite(n) && n >= 0))
    throw new Error('Incomes and the aide au logement are monthly amounts in euros, 0 or more.');
}

/** The estimated monthly prime d'activité of a household, with its lines and whether it is paid. */
export function estimatePrimeActivite(household: PrimeHousehold): PrimeEstimate {
  checkHousehold(household);
  const figures = figuresOn(household.at);
  const smic = hourlySmicOn(household.at);
  const { couple, children, adults } = household;
  const singleParent = !couple && !!household.singleParent;

  const professional = adults.map((a) => average(a.professional));
  const professionalTotal = professional.reduce((a, b) => a + b, 0);
  const other = adults.map((a) => average(a.other)).reduce((a, b) => a + b, 0);
  const forfait = householdAmount({ couple, children, singleParent }, figures);
  const scale = bonificationScale(figures, smic);
  const bonifications = professional.reduce((sum, income) => sum + bonification(income, scale), 0);
  const housing = forfaitLogement(
    { couple, children, housing: household.housing, housingBenefit: household.housingBenefit },
    figures,
  );
  const share = figures.professionalIncomeRate * professionalTotal;
  const resources = professionalTotal + other + housing;
  const computed = Math.max(0, roundCents(forfait + share + bonifications - Math.max(forfait, resources)));

  const studentFloor = figures.studentFloorRate * 169 * smic;
  const studentShort = adults.some(
    (a) => a.student && !singleParent && a.professional.some((month) => month <= studentFloor),
  );
  const reason: NotEligibleReason | undefined =
    professionalTotal <= 0
      ? 'no-professional-income'
      : studentShort
        ? 'student-income'
        : computed <= 0
          ? 'too-high'
          : computed < figures.minimumPaid
            ? 'under-minimum'
            : undefined;
  const amount = reason ? 0 : computed;
  const lines = primeLines({
    forfait,
    share,
    rate: figures.professionalIncomeRate,
    bonifications,
    resources: professionalTotal + other,
    housing,
    amount,
  });
  return { amount, eligible: !reason, ...(reason ? { reason } : {}), computed, lines, scale: figures.label };
}
