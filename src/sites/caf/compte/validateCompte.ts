/**
 * The checks of the account pages, with the messages the CAF site shows: the numéro de sécurité
 * sociale (the login's rule), the date of birth, and a new password typed twice.
 */
import { birthDateError } from '../../../french/index.ts';
import { validateLoginNir } from '../validateLoginNir.ts';
import type { FormError } from '../ui/ErrorSummary.tsx';
import { meetsCafPasswordRules } from './cafPasswordRules.ts';

/** The login's message for a typed number, without counting the digits typed. */
export function compteNirError(value: string): string | null {
  const message = validateLoginNir(value);
  if (message?.startsWith('Le numéro de sécurité sociale doit comporter 13 chiffres'))
    return 'Le numéro de sécurité sociale doit comporter 13 chiffres, sans la clé.';
  return message;
}

/** The message for a date of birth (`JJ/MM/AAAA`, a real day, not in the future), or `null`. */
export function compteBirthDateError(value: string, today: Date): string | null {
  return birthDateError(value, today, 0);
}

/**
 * The errors of a new password and its confirmation (fields `<prefix>-mot-de-passe` and
 * `<prefix>-confirmation`); `old` is refused as the new one.
 */
export function newPasswordErrors(password: string, confirmation: string, prefix: string, old?: string): FormError[] {
  const errors: FormError[] = [];
  const field = `${prefix}-mot-de-passe`;
  if (password === '') errors.push({ field, message: 'Saisissez un mot de passe.' });
  else if (!meetsCafPasswordRules(password))
    errors.push({ field, message: 'Votre mot de passe ne respecte pas les règles indiquées.' });
  else if (old !== undefined && password === old)
    errors.push({ field, message: 'Votre nouveau mot de passe doit être différent de l’ancien.' });
  const again = `${prefix}-confirmation`;
  if (confirmation === '') errors.push({ field: again, message: 'Confirmez votre mot de passe.' });
  else if (password !== '' && confirmation !== password)
    errors.push({ field: again, message: 'Les deux mots de passe ne sont pas identiques.' });
  return errors;
}
