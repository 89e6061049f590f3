/**
 * The published figures of the prime d'activité, one record per period (each 1 April the
 * montant forfaitaire is revalued), and the hourly SMIC the bonification is measured in
 * (docs/procedures.md, « Figures used by the prime d'activité estimate »). Each figure names its
 * source: a key of docs/procedures.md section 4, then the official text it comes from.
 *
 * From 1 April 2026 only the montant forfaitaire was found (décret n° 2026-222); the bonification
 * was reshaped that day (a higher maximum, reached further above the SMIC), but its new
 * parameters were not found: the period keeps the latest ones found (décret n° 2018-1197), and
 * the docs say so.
 */

/** The figures in force during one period. */
export interface PrimeActiviteFigures {
  /** The first day of the period, `YYYY-MM-DD`. */
  from: string;
  /** The montant forfaitaire of a person alone, in euros (CSS art. D843-1). */
  baseAmount: number;
  /** The share of the household's professional income added to the montant forfaitaire (CSS art. D843-3). */
  professionalIncomeRate: number;
  /**
   * The montant forfaitaire's increases for the household (CSS art. D843-1), as fractions of the
   * base amount: the second person, the third, the fourth of a couple, and each dependent
   * person from the third (the fourth person of a person alone, and every person after the fourth).
   */
  householdIncrease: { second: number; third: number; fourthOfCouple: number; fromThirdDependent: number };
  /** The single-parent amount (majoration pour isolement, CSS art. D843-1): the base share, plus one per child. */
  singleParent: { base: number; perChild: number };
  /**
   * The bonification individuelle (CSS art. D843-2), per worker: none up to `startHours` × the
   * hourly gross SMIC of professional income, rising in a straight line to its maximum,
   * `maximumRate` × the base amount (rounded to the cent), reached at `fullHours` × the SMIC.
   */
  bonification: { startHours: number; fullHours: number; maximumRate: number };
  /** The forfait logement, as a share of the montant forfaitaire of 1, 2, or 3 persons and more. */
  housingFlatRate: { one: number; two: number; threeOrMore: number };
  /** Below this monthly amount, in euros, the prime is not paid (the décret CSS art. L842-3 calls for). */
  minimumPaid: number;
  /**
   * A student or apprentice must earn, each month, more than this share of 169 hours at the hourly
   * gross SMIC (CSS art. L842-2 and D842-1, the threshold of the allocations familiales).
   */
  studentFloorRate: number;
  /** How the result page names the scale (« Barème en vigueur au 1er avril 2026 »). */
  label: string;
}

/** The increases, shares and thresholds that did not change over the periods below. */
const unchanged = {
  // [S73] décret n° 2015-1710 (CSS art. D843-1), as OpenFisca-France's ppa parameters give them;
  // [S74] moneyvox 2025 quotes them: « 50 % pour la première personne supplémentaire, puis 30 % …,
  // 40 % à partir de la troisième personne » and « 128,412 % pour un parent isolé ».
  householdIncrease: { second: 0.5, third: 0.3, fourthOfCouple: 0.3, fromThirdDependent: 0.4 },
  singleParent: { base: 1.28412, perChild: 0.42804 },
  // [S73] décret n° 2018-1197 du 21 décembre 2018 (CSS art. D843-2): from 59 to 120 times the
  // hourly SMIC, up to 29,101 % of the base amount; [S75] service-public.fr A13125 describes it
  // (« supérieurs à … 59 fois le Smic horaire … fonction croissante de ces revenus jusqu'à un Smic »).
  bonification: { startHours: 59, fullHours: 120, maximumRate: 0.29101 },
  // [S73] OpenFisca-France ppa_forfait_logement (the RSA's rates, CASF art. R262-9):
  // 12 %, 16 %, 16,5 % of the montant forfaitaire of 1, 2, 3 persons (never more than 3).
  housingFlatRate: { one: 0.12, two: 0.16, threeOrMore: 0.165 },
  // [S73] OpenFisca-France seuil_non_versement; [S76] « Prime non versée si montant calculé < 15 € ».
  minimumPaid: 15,
  // [S73] OpenFisca-France ppa_plancher_revenu_activite_etudiant (169 h × SMIC × 55 %); [S76] quotes
  // 1 104,25 € for 2025 (169 × 11,88 € × 0,55).
  studentFloorRate: 0.55,
} as const;

/** The periods this estimate has figures for, newest first. */
export const primeActiviteFigures: readonly PrimeActiviteFigures[] = [
  {
    from: '2026-04-01',
    // [S73] décret n° 2026-222 du 30 mars 2026, art. 2 (+0,8 %), as OpenFisca-France's montant_de_base gives it.
    baseAmount: 638.28,
    // [S74] the 59,85 % of 1 April 2025; no later change was found.
    professionalIncomeRate: 0.5985,
    ...unchanged,
    label: 'Barème en vigueur au 1er avril 2026',
  },
  {
    from: '2025-04-01',
    // [S74] décret n° 2025-294 du 29 mars 2025, art. 1 (+1,7 %): « 633,21 euros par mois ».
    baseAmount: 633.21,
    // [S74] décret of March 2025 changing CSS art. D843-3: « abaissée à 59,85 % ».
    professionalIncomeRate: 0.5985,
    ...unchanged,
    label: 'Barème en vigueur au 1er avril 2025',
  },
  {
    from: '2024-04-01',
    // [S73] décret n° 2024-403 du 1er mai 2024, art. 1: 622,63 €; [S74] « contre 622,63 euros auparavant ».
    baseAmount: 622.63,
    // [S74] « Jusqu'à présent, 61 % des revenus professionnels » (CSS art. D843-3 before April 2025).
    professionalIncomeRate: 0.61,
    ...unchanged,
    label: 'Barème en vigueur au 1er avril 2024',
  },
];

/** The hourly gross SMIC, in euros, by the day it took effect, newest first. */
export const hourlySmic: readonly { from: string; euros: number }[] = [
  // [S77] décret of December 2025: +1,18 %, « de 11,88 € à 12,02 € » on 1 January 2026.
  { from: '2026-01-01', euros: 12.02 },
  // [S75] the 59 × SMIC threshold of 700,92 € quoted for 2025 is 59 × 11,88 €; in force since 1 November 2024.
  { from: '2024-11-01', euros: 11.88 },
  // [S73] OpenFisca-France smic_b_horaire (décret n° 2023-1216).
  { from: '2024-01-01', euros: 11.65 },
];

/** `YYYY-MM-DD` of a time in ms since the epoch, in local time (the practice clock's day). */
export function dayOf(at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

function latestFrom<T extends { from: string }>(list: readonly T[], day: string, what: string): T {
  const found = list.find((entry) => entry.from <= day);
  if (!found) {
    const oldest = list.at(-1)?.from ?? '?';
    throw new Error(
      `No ${what} for ${day}: the prime d'activité estimate knows the periods from ${oldest}. Add that period's published figures to src/sites/caf/primeActivite/primeActiviteFigures.ts (with their sources).`,
    );
  }
  return found;
}

/** The figures in force on the day of `at` (ms since the epoch); throws before the oldest period. */
export function figuresOn(at: number): PrimeActiviteFigures {
  return latestFrom(primeActiviteFigures, dayOf(at), 'prime d’activité figures');
}

/** The hourly gross SMIC in force on the day of `at`, in euros. */
export function hourlySmicOn(at: number): number {
  return latestFrom(hourlySmic, dayOf(at), 'hourly SMIC').euros;
}
