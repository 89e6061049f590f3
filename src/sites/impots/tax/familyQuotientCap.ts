/**
 * The cap on the family quotient (CGI art. 197, I, 2; BOFiP BOI-IR-LIQ-20-20-20): the tax is
 * computed with all the parts, then with the base parts only (1, or 2 for a couple); the extra
 * half-parts may not lower the tax by more than the cap per half-part (for a single parent, the
 * part of the first child has its own cap). Service-public.fr F2705 works it so: « L'enfant
 * réduit donc l'imposition de 3 417 € […] Le dépassement est de 1 626 € […] 8 540 € ».
 */
import { baseParts, householdParts, type PartsSituation } from './householdParts.ts';
import type { IncomeTaxFigures } from './incomeTaxFigures.ts';
import { taxForParts } from './taxByScale.ts';

/** The gross tax of a household, with what the cap did. */
export interface CappedTax {
  /** The tax with all the parts, before the cap, in euros. */
  uncapped: number;
  /** The gross tax: the tax with all the parts, raised by the cap when it bites. */
  grossTax: number;
  /** How much the cap added (0 when it does not bite). */
  capIncrease: number;
}

/** The greatest advantage the parts above the base parts may give, in euros. */
export function familyQuotientCapAmount(situation: PartsSituation, figures: IncomeTaxFigures): number {
  const extraHalfParts = (householdParts(situation) - baseParts(situation)) * 2;
  const caseT = situation.singleParent === true && !situation.couple && situation.children > 0;
  if (!caseT) return extraHalfParts * figures.halfPartCap;
  // The first child of a single parent gives a whole part (½ for the child, ½ for case T).
  return figures.singleParentFirstChildCap + (extraHalfParts - 2) * figures.halfPartCap;
}

/** The gross tax of a household whose net taxable income is `income` euros. */
export function cappedGrossTax(income: number, situation: PartsSituation, figures: IncomeTaxFigures): CappedTax {
  const uncapped = taxForParts(income, householdParts(situation), figures.scale);
  const withoutExtraParts = taxForParts(income, baseParts(situation), figures.scale);
  const floor = withoutExtraParts - familyQuotientCapAmount(situation, figures);
  const grossTax = Math.max(uncapped, floor);
  return { uncapped, grossTax, capIncrease: grossTax - uncapped };
}
