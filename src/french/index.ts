/**
 * French amounts, dates and identifiers, as the practice sites, the lesson engine, the persona
 * schema and the practice card all read and write them: one module, so that they agree.
 */
export { amountError, formatAmount, parseAmount, readTypedAmount, type TypedAmount } from './amount.ts';
export { frenchDate, frenchTime, parseFrenchDate, type FrenchDate } from './date.ts';
export { isValidNif } from './nif.ts';
export { isNir13Shape, isTemporaryNir, isValidNir15, nirKey, normaliseIdentifier } from './nir.ts';
export { looksLikeRealIdentifier, practiceIdentifiers } from './realLooking.ts';
