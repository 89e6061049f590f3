/**
 * The income-tax estimate of the impots.gouv practice site: `estimateIncomeTax` and the pieces it
 * is made of, with the published figures per year of income.
 */
export { estimateIncomeTax, type TaxEstimate, type TaxHousehold, type TaxLine } from './estimateIncomeTax.ts';
export {
  figuresForIncomeYear,
  incomeTaxFigures,
  type IncomeTaxFigures,
  type TaxBracket,
  type TenPercentDeduction,
} from './incomeTaxFigures.ts';
export { baseParts, householdParts, type PartsSituation } from './householdParts.ts';
export { netTaxableIncome, type DeclarantIncome, type NetTaxableIncome } from './netTaxableIncome.ts';
export { cappedGrossTax, familyQuotientCapAmount, type CappedTax } from './familyQuotientCap.ts';
export { decote } from './decote.ts';
export { taxByScale, taxForParts } from './taxByScale.ts';
export { roundCents, roundEuro } from './roundEuro.ts';
