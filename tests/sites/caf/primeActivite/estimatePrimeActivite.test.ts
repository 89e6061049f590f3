// @vitest-environment node
/**
 * The prime d'activité estimate against worked examples (sources: the keys of docs/procedures.md
 * section 4). Where no official page works the case through, the expected amount is derived by
 * hand from that period's published figures, step by step in a comment.
 */
import { describe, expect, it } from 'vitest';
import {
  bonification,
  bonificationScale,
  estimatePrimeActivite,
  figuresOn,
  forfaitLogement,
  householdAmount,
  hourlySmicOn,
  type PrimeAdult,
  type PrimeHousehold,
} from '../../../../src/sites/caf/primeActivite/index.ts';

/** A day of the practice clock, at noon local time. */
const on = (day: string) => new Date(`${day}T12:00:00`).getTime();
const june2025 = on('2025-06-15');
const november2026 = on('2026-11-12');

/** The same income three months running. */
const steady = (professional: number, other = 0): PrimeAdult => ({
  professional: [professional, professional, professional],
  other: [other, other, other],
});

function household(h: Partial<PrimeHousehold> & Pick<PrimeHousehold, 'adults'>): PrimeHousehold {
  return { at: june2025, couple: false, children: 0, housing: 'locataire', housingBenefit: 0, ...h };
}

describe('the figures of each period', () => {
  it('takes the figures in force on the day of the estimate', () => {
    // [S74] 633,21 € and 59,85 % from 1 April 2025; 622,63 € and 61 % before; [S73] 638,28 € from 1 April 2026.
    expect(figuresOn(on('2025-03-31'))).toMatchObject({ baseAmount: 622.63, professionalIncomeRate: 0.61 });
    expect(figuresOn(on('2025-04-01'))).toMatchObject({ baseAmount: 633.21, professionalIncomeRate: 0.5985 });
    expect(figuresOn(november2026)).toMatchObject({ baseAmount: 638.28, professionalIncomeRate: 0.5985 });
    expect(hourlySmicOn(june2025)).toBe(11.88);
    expect(hourlySmicOn(november2026)).toBe(12.02);
  });

  it('names the period to add when the day is older than every period', () => {
    expect(() => figuresOn(on('2023-12-31'))).toThrow(/primeActiviteFigures\.ts/);
  });
});

describe('the montant forfaitaire of each household (the CAF’s table of April 2025 [S78])', () => {
  const figures = figuresOn(june2025);
  const amount = (couple: boolean, children: number) =>
    householdAmount({ couple, children, singleParent: false }, figures);

  it('matches the published amount of each household, to the cent the CAF rounds each one on its own', () => {
    // « Aucun | 633,21 € | 949,83 € », « 1 enfant | 949,83 € | 1 139,79 € », « 2 enfants | 1 139,79 € | 1 329,76 € »,
    // « 3 enfants | 1 393,08 € | 1 583,04 € », « Part pour chaque enfant supplémentaire | 253,28 € ».
    const table: [boolean, number, number][] = [
      [false, 0, 633.21],
      [true, 0, 949.83],
      [false, 1, 949.83],
      [true, 1, 1139.79],
      [false, 2, 1139.79],
      [true, 2, 1329.76],
      [false, 3, 1393.08],
      [true, 3, 1583.04],
    ];
    for (const [couple, children, published] of table)
      expect(Math.abs(amount(couple, children) - published)).toBeLessThanOrEqual(0.025);
    expect(amount(true, 4) - amount(true, 3)).toBeCloseTo(253.28, 1);
  });

  it('gives a single parent 128,412 % of the base amount, plus 42,804 % per child [S74]', () => {
    // 633,21 € × (1,28412 + 0,42804) = 1 084,16 €.
    expect(householdAmount({ couple: false, children: 1, singleParent: true }, figures)).toBeCloseTo(1084.16, 2);
  });
});

describe('the bonification individuelle (CSS art. D843-2 [S73][S75])', () => {
  const scale = bonificationScale(figuresOn(june2025), hourlySmicOn(june2025));

  it('starts at 59 times the hourly SMIC and reaches its maximum at 120 times', () => {
    // [S75]: « supérieurs à … 59 fois le Smic horaire »; 59 × 11,88 € = 700,92 €, 120 × 11,88 € = 1 425,60 €;
    // maximum 29,101 % × 633,21 € = 184,27 € (the « 184 € » and « 700 € » quoted for 2025).
    expect(scale.start).toBeCloseTo(700.92, 2);
    expect(scale.full).toBeCloseTo(1425.6, 2);
    expect(scale.maximum).toBe(184.27);
    expect(bonification(700.92, scale)).toBe(0);
    expect(bonification(1425.6, scale)).toBeCloseTo(184.27, 2);
    expect(bonification(2000, scale)).toBe(184.27);
  });
});

describe('the forfait logement', () => {
  const figures = figuresOn(june2025);
  const flat = (h: Partial<Parameters<typeof forfaitLogement>[0]>) =>
    forfaitLogement({ couple: false, children: 0, housing: 'locataire', housingBenefit: 0, ...h }, figures);

  it('counts 12 %, 16 %, 16,5 % of the montant forfaitaire of 1, 2, 3 persons for an owner or a person housed free', () => {
    // [S61] the DREES example: 75,99 € for a person alone (12 % × 633,21 € = 75,985 €).
    expect(flat({ housing: 'heberge' })).toBeCloseTo(75.99, 2);
    // 16 % × 949,815 € = 151,97 €; 16,5 % × 1 139,778 € = 188,06 €, for 3 persons and more alike.
    expect(flat({ housing: 'proprietaire', couple: true })).toBeCloseTo(151.97, 2);
    expect(flat({ housing: 'proprietaire', couple: true, children: 3 })).toBeCloseTo(188.06, 2);
  });

  it('counts nothing for a tenant without aide au logement or an owner repaying a loan', () => {
    expect(flat({})).toBe(0);
    expect(flat({ housing: 'accedant' })).toBe(0);
  });

  it('counts the aide au logement up to the forfait', () => {
    expect(flat({ housingBenefit: 40 })).toBe(40);
    expect(flat({ housingBenefit: 250 })).toBeCloseTo(75.99, 2);
  });
});

describe('the estimate', () => {
  it('gives the DREES example: a person alone, 800 € of salary, housed free → 261,22 € [S61]', () => {
    // 633,21 € + 59,85 % × 800 € (478,80 €) + 25,19 € − 800 € − 75,99 € = 261,22 € (the unrounded
    // bonification, 25,1938 €, and forfait, 75,9852 €, give the cent the DREES gives).
    const estimate = estimatePrimeActivite(household({ housing: 'heberge', adults: [steady(800)] }));
    expect(estimate).toMatchObject({ amount: 261.22, eligible: true, scale: 'Barème en vigueur au 1er avril 2025' });
    expect(estimate.lines).toEqual([
      { label: 'Montant forfaitaire', amount: 633.21, sign: '+' },
      { label: '59,85 % des revenus professionnels', amount: 478.8, sign: '+' },
      { label: 'Bonification individuelle', amount: 25.19, sign: '+' },
      { label: 'Ressources du foyer', amount: 800, sign: '-' },
      { label: 'Forfait logement', amount: 75.99, sign: '-' },
      { label: 'Prime d’activité estimée', amount: 261.22, sign: '=' },
    ]);
  });

  it('averages the three months, as the CAF does for the next quarter', () => {
    // 700 €, 800 €, 900 €: 800 € a month on average, so the DREES example again.
    const adult: PrimeAdult = { professional: [700, 800, 900], other: [0, 0, 0] };
    expect(estimatePrimeActivite(household({ housing: 'heberge', adults: [adult] })).amount).toBe(261.22);
  });

  it('gives a single parent with one child the single-parent amount (derived by hand)', () => {
    // April 2025 figures. 1 200 € of salary, aide au logement 250 €:
    // montant forfaitaire 633,21 € × 1,71216 = 1 084,1568 €; 59,85 % × 1 200 € = 718,20 €;
    // bonification 184,27 € × (1 200 − 700,92) / (1 425,60 − 700,92) = 126,9049 €;
    // forfait logement min(250 €, 16 % × 949,815 €) = 151,9704 €;
    // 1 084,1568 + 718,20 + 126,9049 − max(1 084,1568, 1 200 + 151,9704) = 577,29 €.
    const estimate = estimatePrimeActivite(
      household({ children: 1, singleParent: true, housingBenefit: 250, adults: [steady(1200)] }),
    );
    expect(estimate.amount).toBe(577.29);
  });

  it('gives a couple with two children, two workers, on the figures of November 2026 (derived by hand)', () => {
    // April 2026 figures, SMIC 12,02 €: montant forfaitaire 638,28 € × 2,1 = 1 340,388 €;
    // 59,85 % × (1 500 + 600) € = 1 256,85 €; bonification: 1 500 € ≥ 120 × 12,02 € → maximum
    // 29,101 % × 638,28 € = 185,75 €; 600 € ≤ 59 × 12,02 € (709,18 €) → 0;
    // forfait logement min(300 €, 16,5 % × 638,28 € × 1,8 = 189,5692 €) = 189,5692 €;
    // 1 340,388 + 1 256,85 + 185,75 − max(1 340,388, 2 100 + 189,5692) = 493,42 €.
    const estimate = estimatePrimeActivite(
      household({
        at: november2026,
        couple: true,
        children: 2,
        housingBenefit: 300,
        adults: [steady(1500), steady(600)],
      }),
    );
    expect(estimate).toMatchObject({ amount: 493.42, scale: 'Barème en vigueur au 1er avril 2026' });
  });

  it('counts other resources, and never the resources below the montant forfaitaire', () => {
    // A person alone, 300 € of salary and 200 € of chômage (April 2025): resources 500 € < 633,21 €, so
    // 633,21 + 179,55 + 0 − 633,21 = 179,55 € (the part of the RSA is not the prime's).
    const estimate = estimatePrimeActivite(household({ adults: [steady(300, 200)] }));
    expect(estimate.amount).toBe(179.55);
  });

  it('pays nothing without professional income', () => {
    const estimate = estimatePrimeActivite(household({ adults: [steady(0, 900)] }));
    expect(estimate).toMatchObject({ amount: 0, eligible: false, reason: 'no-professional-income' });
  });

  it('pays nothing under 15 € a month', () => {
    // April 2026, a person alone, 1 980 € (derived by hand): 638,28 + 1 185,03 + 185,75 − 1 980 = 29,06 €;
    // 2 010 €: 638,28 + 1 202,985 + 185,75 − 2 010 = 17,015 € → 17,02 €; 2 020 €: 638,28 + 1 208,97 + 185,75 − 2 020 = 13,00 € → not paid.
    const at = november2026;
    expect(estimatePrimeActivite(household({ at, adults: [steady(1980)] })).amount).toBe(29.06);
    expect(estimatePrimeActivite(household({ at, adults: [steady(2010)] })).amount).toBe(17.02);
    const under = estimatePrimeActivite(household({ at, adults: [steady(2020)] }));
    expect(under).toMatchObject({ amount: 0, eligible: false, reason: 'under-minimum', computed: 13 });
  });

  it('pays nothing when resources are too high', () => {
    const estimate = estimatePrimeActivite(household({ at: november2026, adults: [steady(3000)] }));
    expect(estimate).toMatchObject({ amount: 0, eligible: false, reason: 'too-high' });
  });

  it('asks a student to earn more than 55 % of 169 hours at the SMIC every month [S73][S76]', () => {
    // [S76]: 1 104,25 € in 2025 (169 × 11,88 € × 0,55).
    const student = (months: [number, number, number]): PrimeAdult => ({
      professional: months,
      other: [0, 0, 0],
      student: true,
    });
    const short = estimatePrimeActivite(household({ adults: [student([1200, 1100, 1200])] }));
    expect(short).toMatchObject({ eligible: false, reason: 'student-income' });
    expect(estimatePrimeActivite(household({ adults: [student([1200, 1200, 1200])] })).eligible).toBe(true);
  });

  it('refuses a household it cannot read, with the fix', () => {
    expect(() => estimatePrimeActivite(household({ couple: true, adults: [steady(800)] }))).toThrow(/2 \(the claimant/);
    expect(() => estimatePrimeActivite(household({ children: -1, adults: [steady(800)] }))).toThrow(/children/);
  });
});
