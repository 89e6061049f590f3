/**
 * The simulator's messages for what the learner typed or left out, worded as the CAF's forms
 * word them; `null` when the answer is right.
 */
import { ageOn, birthDateError, normalisePostcode, parseFrenchDate, readTypedAmount } from '../../../french/index.ts';

/** A code postal: 5 digits. */
export function postcodeError(text: string): string | null {
  if (text.trim() === '') return 'Saisissez votre code postal.';
  return normalisePostcode(text) ? null : 'Le code postal doit comporter 5 chiffres, par exemple 93200.';
}

/** A date of birth `JJ/MM/AAAA`, a real day in the past, at least 18 years before `today`. */
export function birthError(text: string, today: Date): string | null {
  const error = birthDateError(text, today, 0);
  if (error) return error;
  const date = parseFrenchDate(text);
  if (date && ageOn(date, today) < 18) return 'La prime d’activité est réservée aux personnes de 18 ans ou plus.';
  return null;
}

/** A question left without an answer. */
export function choiceError(value: string): string | null {
  return value === '' ? 'Sélectionnez une réponse.' : null;
}

/** An amount in euros (`1 012,40`; `0` when nothing was received). */
export function amountError(text: string): string | null {
  return readTypedAmount(text).error;
}
