/**
 * The checks of the providers' login forms, with the kind of messages the real pages give
 * (impots.gouv: numéro fiscal, 13 digits, its key; ameli: numéro de sécurité sociale, 13 characters).
 */
import { isValidNif, normaliseIdentifier } from '../../french/index.ts';

/** The message for a numéro fiscal as typed, or `null` when it is well formed. */
export function numeroFiscalError(value: string): string | null {
  const n = normaliseIdentifier(value);
  if (n === '') return 'Veuillez saisir votre numéro fiscal.';
  if (!/^\d{13}$/.test(n)) return 'Le numéro fiscal doit comporter 13 chiffres.';
  if (!isValidNif(n)) return 'Le numéro fiscal saisi n’est pas valide. Vérifiez votre saisie.';
  return null;
}

/** The message for a numéro de sécurité sociale (13 characters, no key), or `null`. */
export function ameliNirError(value: string): string | null {
  const n = normaliseIdentifier(value);
  if (n === '') return 'Veuillez saisir votre numéro de sécurité sociale.';
  if (!/^[12378]\d{12}$/.test(n) && !/^[12378]\d{4}2[AB]\d{6}$/.test(n))
    return 'Le numéro de sécurité sociale doit comporter 13 caractères, sans la clé.';
  return null;
}

/** The message for an empty password, or `null`. */
export const passwordError = (value: string): string | null =>
  value === '' ? 'Veuillez saisir votre mot de passe.' : null;
