/**
 * The published figures of the income tax, one record per year of income (docs/procedures.md
 * section 2b, « Figures used by the tax estimate »). Each figure names its source: a key of
 * docs/procedures.md section 4, then the official text it comes from.
 *
 * Income 2025 is the return filed in spring 2026 (finance law for 2026: +0.9 % on every limit);
 * income 2024 the return filed in spring 2025 (finance law for 2025: +1.8 %), for a persona who
 * looks at last year's notice. Every 2025 figure was found; none had to fall back on 2024's.
 */

/** One bracket of the scale: the rate (in %) of the part of the quotient up to `upTo` euros. */
export interface TaxBracket {
  /** The bracket's upper limit per part, in euros (`null` for the last bracket). */
  upTo: number | null;
  /** The rate, in percent (`11` for 11 %). */
  rate: number;
}

/** A 10 % deduction with its yearly limits, in euros. */
export interface TenPercentDeduction {
  /** The least deduction (never more than the income itself). */
  minimum: number;
  /** The greatest deduction. */
  maximum: number;
}

/** The figures of one year of income. */
export interface IncomeTaxFigures {
  /** The year the income was earned. */
  incomeYear: number;
  /** The progressive scale per part, brackets in increasing order. */
  scale: readonly TaxBracket[];
  /** The 10 % deduction on salaries, per declarant (CGI art. 83, 3°). */
  salaryDeduction: TenPercentDeduction;
  /** The 10 % deduction on pensions: `minimum` per pensioner, `maximum` for the household (CGI art. 158, 5 a). */
  pensionDeduction: TenPercentDeduction;
  /** The greatest tax advantage of each half-part above 1 or 2 parts, in euros (CGI art. 197, I, 2). */
  halfPartCap: number;
  /** The same for a quarter-part (a child in shared custody). */
  quarterPartCap: number;
  /** The greatest advantage of the part a single parent (case T) gets for the first child. */
  singleParentFirstChildCap: number;
  /** The décote (CGI art. 197, I, 4, a): `amount − rate × gross tax`, when the gross tax is under `threshold`. */
  decote: {
    single: { amount: number; threshold: number };
    couple: { amount: number; threshold: number };
    /** The rate, in percent (`45.25`). */
    rate: number;
  };
  /** A tax under this many euros is not collected (CGI art. 1657, 1 bis). */
  collectionThreshold: number;
}

/** Income 2025, the return of spring 2026. */
const income2025: IncomeTaxFigures = {
  incomeYear: 2025,
  // [S60] service-public.fr F1419 and [S66] the finance law for 2026 (loi n° 2026-103 du 19 février
  // 2026, CGI art. 197, I, 1), its scale as BOFiP BOI-IR-LIQ-20-10 of 7 April 2026 gives it.
  scale: [
    { upTo: 11_600, rate: 0 },
    { upTo: 29_579, rate: 11 },
    { upTo: 84_577, rate: 30 },
    { upTo: 181_917, rate: 41 },
    { upTo: null, rate: 45 },
  ],
  // [S67] décret n° 2026-562 du 29 juin 2026, art. 2 (CGI art. 83, 3°).
  salaryDeduction: { minimum: 509, maximum: 14_555 },
  // [S67] BOFiP ACTU-2026-00022 (limits raised by 0.9 %; CGI art. 158, 5 a): the 10 % on pensions was
  // kept, the 2 000 € flat deduction of the bill for 2026 having been struck out.
  pensionDeduction: { minimum: 454, maximum: 4_439 },
  // [S66] finance law for 2026, as BOFiP BOI-IR-LIQ-20-20-20 of 7 April 2026 gives it.
  halfPartCap: 1_807,
  // [S66] half the half-part cap (903,50 €), as the law states it: 904 €.
  quarterPartCap: 904,
  // [S66] BOI-IR-LIQ-20-20-20 of 7 April 2026.
  singleParentFirstChildCap: 4_262,
  // [S66] BOFiP BOI-IR-LIQ-20-20-30 of 7 April 2026.
  decote: {
    single: { amount: 897, threshold: 1_982 },
    couple: { amount: 1_483, threshold: 3_277 },
    rate: 45.25,
  },
  // [S68] CGI art. 1657, 1 bis.
  collectionThreshold: 61,
};

/** Income 2024, the return of spring 2025. */
const income2024: IncomeTaxFigures = {
  incomeYear: 2024,
  // [S69] finance law for 2025 (loi n° 2025-127 du 14 février 2025), as [S71] service-public.fr F2705
  // (10 April 2025) applies it in its worked examples.
  scale: [
    { upTo: 11_497, rate: 0 },
    { upTo: 29_315, rate: 11 },
    { upTo: 83_823, rate: 30 },
    { upTo: 180_294, rate: 41 },
    { upTo: null, rate: 45 },
  ],
  // [S70] OpenFisca-France's parameters for 2024 (CGI art. 83, 3°).
  salaryDeduction: { minimum: 504, maximum: 14_426 },
  // [S70] OpenFisca-France's parameters for 2024 (CGI art. 158, 5 a).
  pensionDeduction: { minimum: 450, maximum: 4_399 },
  // [S69] finance law for 2025; [S71] F2705 (10 April 2025) applies it.
  halfPartCap: 1_791,
  // [S66] the quarter-part cap of income 2024, which the finance law for 2026 raised to 904 €.
  quarterPartCap: 896,
  // [S69] finance law for 2025, as the press quoted it.
  singleParentFirstChildCap: 4_224,
  // [S69] finance law for 2025, as the press quoted the ministry.
  decote: {
    single: { amount: 889, threshold: 1_964 },
    couple: { amount: 1_470, threshold: 3_248 },
    rate: 45.25,
  },
  // [S68] CGI art. 1657, 1 bis.
  collectionThreshold: 61,
};

/** The years of income this estimate has figures for, newest first. */
export const incomeTaxFigures: readonly IncomeTaxFigures[] = [income2025, income2024];

/**
 * The figures of a year of income. Throws for a year without figures: add that year's record
 * above (with its sources) rather than reuse another year's.
 */
export function figuresForIncomeYear(incomeYear: number): IncomeTaxFigures {
  const figures = incomeTaxFigures.find((f) => f.incomeYear === incomeYear);
  if (!figures) {
    const known = incomeTaxFigures.map((f) => f.incomeYear).join(', ');
    throw new Error(
      `No income-tax figures for income ${incomeYear}: the estimate knows ${known}. Add that year's published figures to src/sites/impots/tax/incomeTaxFigures.ts (with their sources).`,
    );
  }
  return figures;
}
