// @vitest-environment node
/**
 * The tax estimate against the worked examples of the official pages (sources: the keys of
 * docs/procedures.md section 4). Where no official page works the case through, the expected
 * amounts are derived by hand from that year's published figures, step by step in a comment.
 */
import { describe, expect, it } from 'vitest';
import {
  cappedGrossTax,
  estimateIncomeTax,
  figuresForIncomeYear,
  taxByScale,
  taxForParts,
  type TaxHousehold,
} from '../../../../src/sites/impots/tax/index.ts';

const income2025 = figuresForIncomeYear(2025);
const income2024 = figuresForIncomeYear(2024);

/** A household of the return filed in spring 2026 (income 2025). */
function household(h: Partial<TaxHousehold> & Pick<TaxHousehold, 'declarants'>): TaxHousehold {
  return { incomeYear: 2025, couple: false, children: 0, ...h };
}

const salaries = (amount: number) => ({ salaries: amount, pensions: 0 });
const pensions = (amount: number) => ({ salaries: 0, pensions: amount });

describe('the scale (service-public.fr F1419, income 2025 [S60])', () => {
  it('taxes a single person with 30 000 € of net taxable income 2 103,99 € before the décote', () => {
    // « (29 579 € - 11 600 €) × 11 % = 1 977,69 € » + « (30 000 € - 29 579 €) × 30 % = 126,30 € ».
    expect(taxByScale(30_000, income2025.scale)).toBe(2103.99);
    expect(taxByScale(29_579, income2025.scale)).toBe(1977.69);
    expect(taxByScale(11_600, income2025.scale)).toBe(0);
  });

  it('multiplies the tax of one part by the parts of a couple without children', () => {
    // F1419's single-person line, doubled (worked by hand, not an official example): a couple, 2 parts,
    // 60 000 € → 30 000 € a part → 2 × 2 103,99 € = 4 207,98 €, 4 208 €.
    expect(taxForParts(60_000, 2, income2025.scale)).toBe(4208);
    // The same by hand: a couple, 2 parts, 90 000 € → 45 000 € a part: 1 977,69 € + 15 421 € × 30 % = 6 603,99 €.
    expect(taxByScale(45_000, income2025.scale)).toBe(6603.99);
    expect(taxForParts(90_000, 2, income2025.scale)).toBe(13_208);
  });

  it('gives a single person the whole estimate with its lines', () => {
    // 33 334 € of salaries − 10 % (3 333 €) = 30 001 € → 1 977,69 € + 422 € × 30 % = 2 104,29 € → 2 104 €,
    // above the décote threshold (1 982 €) [S66].
    const estimate = estimateIncomeTax(household({ declarants: [salaries(33_334)] }));
    expect(estimate).toMatchObject({ parts: 1, netTaxableIncome: 30_001, grossTax: 2104, decote: 0, tax: 2104 });
    expect(estimate.lines).toEqual([
      { label: 'Salaires, pensions et rentes déclarés', amount: 33_334 },
      { label: 'Déduction de 10 %', amount: 3_333 },
      { label: 'Revenu net imposable', amount: 30_001 },
      { label: 'Nombre de parts', amount: 1, unit: 'parts' },
      { label: 'Impôt brut', amount: 2104 },
      { label: 'Impôt sur le revenu net', amount: 2104 },
      { label: 'Impôt à payer', amount: 2104 },
    ]);
  });
});

describe('the family quotient and its cap (service-public.fr F2705 of 10 April 2025, income 2024 [S71])', () => {
  it('taxes a couple without children on 2 parts, rounded to the euro', () => {
    // F2705: 63 000 € → « 5 230,96 €, arrondi à 5 231 € »; 80 000 € → « 10 330,96 €, arrondi à 10 331 € ».
    expect(taxForParts(63_000, 2, income2024.scale)).toBe(5231);
    expect(taxForParts(80_000, 2, income2024.scale)).toBe(10_331);
  });

  it('keeps the whole advantage of a child when it stays under the cap', () => {
    // F2705: 63 000 €, 2,5 parts → « 1 507,33 € × 2,5 = 3 768,33 €, arrondi à 3 768 € »; the child lowers
    // the tax by 1 463 € (5 231 € − 3 768 €), under the 1 791 € cap.
    expect(cappedGrossTax(63_000, { couple: true, children: 1 }, income2024)).toEqual({
      uncapped: 3768,
      grossTax: 3768,
      capIncrease: 0,
    });
  });

  it('caps the advantage of a child at 1 791 € when it would be more', () => {
    // F2705: 80 000 €, 2,5 parts → 6 914 €; without the child 10 331 €; the child would lower the tax by
    // 3 417 €, 1 626 € over the cap: « L'impôt brut du couple […] est donc de 8 540 € ».
    expect(cappedGrossTax(80_000, { couple: true, children: 1 }, income2024)).toEqual({
      uncapped: 6914,
      grossTax: 8540,
      capIncrease: 1626,
    });
    // The same couple through the whole estimate: 88 889 € of salaries − 8 889 € = 80 000 €.
    const estimate = estimateIncomeTax({
      incomeYear: 2024,
      couple: true,
      children: 1,
      declarants: [salaries(88_889)],
    });
    expect(estimate).toMatchObject({ parts: 2.5, netTaxableIncome: 80_000, grossTax: 8540, decote: 0, tax: 8540 });
    expect(estimate.lines.map((l) => [l.label, l.amount])).toEqual([
      ['Salaires, pensions et rentes déclarés', 88_889],
      ['Déduction de 10 %', 8_889],
      ['Revenu net imposable', 80_000],
      ['Nombre de parts', 2.5],
      ['Impôt avant plafonnement du quotient familial', 6914],
      ['Plafonnement du quotient familial', 1626],
      ['Impôt brut', 8540],
      ['Impôt sur le revenu net', 8540],
      ['Impôt à payer', 8540],
    ]);
  });

  it('caps a high-income couple with two children in 2025 at 2 × 1 807 €', () => {
    // Income 2025 [S60][S66], derived by hand: 160 000 € of salaries − 16 000 € = 144 000 €.
    // 3 parts: 48 000 € a part → 1 977,69 € + 18 421 € × 30 % = 7 503,99 € → × 3 = 22 511,97 €, 22 512 €.
    // 2 parts: 72 000 € a part → 1 977,69 € + 42 421 € × 30 % = 14 703,99 € → × 2 = 29 407,98 €, 29 408 €.
    // Advantage 6 896 € > 2 × 1 807 € = 3 614 € → 29 408 € − 3 614 € = 25 794 €.
    const estimate = estimateIncomeTax(
      household({ couple: true, children: 2, declarants: [salaries(90_000), salaries(70_000)] }),
    );
    expect(estimate).toMatchObject({ parts: 3, netTaxableIncome: 144_000, grossTax: 25_794, decote: 0 });
    expect(estimate.tax).toBe(25_794);
  });
});

describe('a couple with two children (income 2025)', () => {
  it('takes the 10 % off each salary, shares the income in 3 parts and applies the couple décote', () => {
    // No official worked example: derived by hand from [S60][S66][S67] (docs/procedures.md section 2b,
    // « How the tests check the tax estimate »): 38 000 € − 3 800 € and 29 000 € − 2 900 € → 60 300 €.
    // 3 parts: 20 100 € a part → 8 500 € × 11 % = 935 € → × 3 = 2 805 €. On 2 parts it would be
    // 2 × 2 148,99 € = 4 298 €: the children lower the tax by 1 493 €, under 2 × 1 807 €: no cap.
    // 2 805 € < 3 277 €: décote = 1 483 € − 45,25 % × 2 805 € (1 269,26 €) = 213,74 € → 214 €; tax 2 591 €.
    const estimate = estimateIncomeTax(
      household({ couple: true, children: 2, declarants: [salaries(38_000), salaries(29_000)] }),
    );
    expect(estimate).toMatchObject({ parts: 3, netTaxableIncome: 60_300, grossTax: 2805, decote: 214, tax: 2591 });
    expect(estimate.lines.map((l) => l.label)).toEqual([
      'Salaires, pensions et rentes déclarés',
      'Déduction de 10 %',
      'Revenu net imposable',
      'Nombre de parts',
      'Impôt brut',
      'Décote',
      'Impôt sur le revenu net',
      'Impôt à payer',
    ]);
  });
});

describe('a retiree (income 2025)', () => {
  it('takes 10 % off the pension and lowers a small tax by the décote', () => {
    // No official worked example: derived by hand from [S60][S66][S67] (docs/procedures.md section 2b):
    // 24 000 € of pension − 2 400 € = 21 600 €.
    // 1 part: 10 000 € × 11 % = 1 100 € < 1 982 €: décote = 897 € − 45,25 % × 1 100 € (497,75 €) = 399,25 €
    // → 399 €; tax 701 €.
    const estimate = estimateIncomeTax(household({ declarants: [pensions(24_000)] }));
    expect(estimate).toMatchObject({ parts: 1, netTaxableIncome: 21_600, grossTax: 1100, decote: 399, tax: 701 });
    expect(estimate.lines).toContainEqual({ label: 'Décote', amount: 399 });
  });

  it('lets the décote wipe out a smaller tax, never below zero', () => {
    // 19 000 € − 1 900 € = 17 100 € → 5 500 € × 11 % = 605 €; 897 € − 273,76 € = 623 € > 605 €.
    const estimate = estimateIncomeTax(household({ declarants: [pensions(19_000)] }));
    expect(estimate).toMatchObject({ netTaxableIncome: 17_100, grossTax: 605, decote: 605, tax: 0 });
  });

  it('gives a small pension the minimum deduction and a couple of pensioners the household maximum', () => {
    // [S67]: at least 454 € per pensioner; at most 4 439 € for the household.
    expect(estimateIncomeTax(household({ declarants: [pensions(3_000)] })).netTaxableIncome).toBe(3_000 - 454);
    const couple = estimateIncomeTax(household({ couple: true, declarants: [pensions(30_000), pensions(28_000)] }));
    expect(couple.netTaxableIncome).toBe(58_000 - 4_439);
  });
});

describe('the 10 % deduction on salaries (income 2025 [S67])', () => {
  it('is at least 509 € and at most 14 555 € per declarant, never more than the salaries', () => {
    expect(estimateIncomeTax(household({ declarants: [salaries(3_000)] })).netTaxableIncome).toBe(3_000 - 509);
    expect(estimateIncomeTax(household({ declarants: [salaries(300)] })).netTaxableIncome).toBe(0);
    expect(estimateIncomeTax(household({ declarants: [salaries(200_000)] })).netTaxableIncome).toBe(200_000 - 14_555);
    // Each partner has their own maximum.
    const couple = estimateIncomeTax(household({ couple: true, declarants: [salaries(200_000), salaries(200_000)] }));
    expect(couple.netTaxableIncome).toBe(400_000 - 2 * 14_555);
  });
});

describe('the 61 € threshold (CGI art. 1657 [S68])', () => {
  it('does not collect a tax under 61 €, and says so in the lines', () => {
    // 19 356 € − 1 936 € = 17 420 € → 5 820 € × 11 % = 640,20 € → 640 €; décote 897 € − 289,60 € = 607 €;
    // 33 € is left: under 61 €, not collected.
    const estimate = estimateIncomeTax(household({ declarants: [salaries(19_356)] }));
    expect(estimate).toMatchObject({ netTaxableIncome: 17_420, grossTax: 640, decote: 607, tax: 0 });
    expect(estimate.lines.slice(-3)).toEqual([
      { label: 'Impôt sur le revenu net', amount: 33 },
      { label: 'Impôt non mis en recouvrement (inférieur à 61 €)', amount: 33 },
      { label: 'Impôt à payer', amount: 0 },
    ]);
  });

  it('collects a tax of 61 € or more', () => {
    // 17 500 € → 5 900 € × 11 % = 649 €; décote 897 € − 293,67 € = 603 €; 46 € left, not collected.
    // 17 600 € → 6 000 € × 11 % = 660 €; décote 897 € − 298,65 € = 598 €; 62 € left: collected.
    expect(estimateIncomeTax(household({ declarants: [salaries(19_445)] }))).toMatchObject({
      netTaxableIncome: 17_500,
      tax: 0,
    });
    expect(estimateIncomeTax(household({ declarants: [salaries(19_556)] }))).toMatchObject({
      netTaxableIncome: 17_600,
      grossTax: 660,
      decote: 598,
      tax: 62,
    });
  });
});

describe('a single parent (case T, income 2025)', () => {
  it('gets 2 parts with one child and the décote of a person alone', () => {
    // Derived by hand from [S66]: 30 000 € − 3 000 € = 27 000 € on 2 parts → 13 500 € a part →
    // 1 900 € × 11 % = 209 € → × 2 = 418 €; décote 897 € − 189,15 € = 708 € > 418 €: no tax.
    const estimate = estimateIncomeTax(household({ children: 1, singleParent: true, declarants: [salaries(30_000)] }));
    expect(estimate).toMatchObject({ parts: 2, netTaxableIncome: 27_000, grossTax: 418, decote: 418, tax: 0 });
  });

  it('caps the first child’s part at 4 262 €', () => {
    // 90 000 € − 9 000 € = 81 000 €. 2 parts: 40 500 € a part → 1 977,69 € + 10 921 € × 30 % = 5 253,99 €
    // → × 2 = 10 508 €. 1 part: 1 977,69 € + 51 421 € × 30 % = 17 403,99 € → 17 404 €.
    // Advantage 6 896 € > 4 262 € → 17 404 € − 4 262 € = 13 142 €.
    const estimate = estimateIncomeTax(household({ children: 1, singleParent: true, declarants: [salaries(90_000)] }));
    expect(estimate).toMatchObject({ parts: 2, grossTax: 13_142, tax: 13_142 });
    expect(estimate.lines).toContainEqual({ label: 'Plafonnement du quotient familial', amount: 2634 });
  });
});

describe('what the estimate refuses', () => {
  it('names the fix for a year without figures or a household it cannot read', () => {
    expect(() => estimateIncomeTax(household({ incomeYear: 2019, declarants: [salaries(1)] }))).toThrow(
      /No income-tax figures for income 2019: the estimate knows 2025, 2024/,
    );
    expect(() => estimateIncomeTax(household({ declarants: [salaries(1), salaries(2)] }))).toThrow(
      /give exactly 1 entry for a person alone/,
    );
    expect(() => estimateIncomeTax(household({ couple: true, singleParent: true, declarants: [salaries(1)] }))).toThrow(
      /singleParent \(case T\) is only for a person alone/,
    );
    expect(() => estimateIncomeTax(household({ children: 1.5, declarants: [salaries(1)] }))).toThrow(/whole number/);
    expect(() => estimateIncomeTax(household({ declarants: [salaries(-5)] }))).toThrow(/0 or more/);
  });
});
