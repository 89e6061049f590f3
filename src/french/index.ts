/**
 * French amounts, dates and identifiers, as the practice sites, the lesson engine, the persona
 * schema and the practice card all read and write them: one module, so that they agree.
 */
export { amountError, formatAmount, parseAmount, readTypedAmount, type TypedAmount } from './amount.ts';
export { ageOn, birthDateError, isAfterDay } from './birthDate.ts';
export { bicCountry, isValidBic, normaliseBic } from './bic.ts';
export { frenchDate, frenchTime, parseFrenchDate, type FrenchDate } from './date.ts';
export { isValidEmail, maskEmail } from './email.ts';
export { formatIban, hasRightRibKey, ibanCheckDigits, isValidIban, normaliseIban, ribKey } from './iban.ts';
export { compareMonths, parseMonthYear, type MonthYear } from './monthYear.ts';
export { isValidNif } from './nif.ts';
export { isNir13Shape, isTemporaryNir, isValidNir15, nirKey, normaliseIdentifier } from './nir.ts';
export { formatPhone, isValidPhone, normalisePhone } from './phone.ts';
export { normalisePostcode } from './postcode.ts';
export { looksLikeRealIdentifier, practiceIdentifiers } from './realLooking.ts';
