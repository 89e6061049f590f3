/**
 * The claim's messages for what the learner typed or left out, worded as the CAF's forms word
 * them; `null` when the value is right.
 */
import { isValidBic, isValidIban, normaliseBic, normaliseIban, readTypedAmount } from '../../../french/index.ts';

/** An amount of one month's line; an empty field means nothing was received. */
export function resourceError(text: string): string | null {
  return text.trim() === '' ? null : readTypedAmount(text).error;
}

/** An IBAN: French (FR), 27 characters, its check digits right. */
export function ibanError(text: string): string | null {
  if (text.trim() === '') return 'Saisissez votre IBAN.';
  const iban = normaliseIban(text);
  if (!/^[A-Z0-9]+$/.test(iban)) return 'L’IBAN ne doit contenir que des lettres et des chiffres.';
  if (!iban.startsWith('FR')) return 'Saisissez l’IBAN d’un compte ouvert en France : il commence par FR.';
  if (iban.length !== 27) return 'L’IBAN saisi est incomplet ou trop long. Un IBAN français comporte 27 caractères.';
  return isValidIban(iban) ? null : 'Cet IBAN n’est pas valide. Vérifiez-le sur votre RIB.';
}

/** A BIC: 8 or 11 characters. */
export function bicError(text: string): string | null {
  if (text.trim() === '') return 'Saisissez le BIC de votre banque.';
  return isValidBic(normaliseBic(text))
    ? null
    : 'Le BIC n’est pas valide. Il comporte 8 ou 11 caractères et figure sur votre RIB.';
}
