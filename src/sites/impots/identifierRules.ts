/**
 * The checks of the impots.gouv forms on the identifiers typed: the numéro fiscal (13 digits,
 * its key), the numéro d'accès en ligne (7 digits), the revenu fiscal de référence (whole euros)
 * and the password chosen (docs/procedures.md sections 1.3 and 2), with the real site's kind of
 * messages.
 */
import { isValidNif, normaliseIdentifier } from '../../french/index.ts';

/** The message for a typed numéro fiscal, or `null` when it is well formed. */
export function nifError(typed: string): string | null {
  const n = normaliseIdentifier(typed);
  if (n === '') return 'Veuillez saisir votre numéro fiscal.';
  if (!/^\d+$/.test(n)) return 'Le numéro fiscal ne doit contenir que des chiffres.';
  if (n.length !== 13) return `Le numéro fiscal doit comporter 13 chiffres (vous en avez saisi ${n.length}).`;
  return isValidNif(n)
    ? null
    : 'Le numéro fiscal saisi est erroné. Vérifiez-le sur votre déclaration ou votre avis d’impôt.';
}

/** The message for a typed numéro d'accès en ligne, or `null`. */
export function accessNumberError(typed: string): string | null {
  const n = normaliseIdentifier(typed);
  if (n === '') return 'Veuillez saisir votre numéro d’accès en ligne.';
  return /^\d{7}$/.test(n) ? null : 'Le numéro d’accès en ligne doit comporter 7 chiffres.';
}

/** A revenu fiscal de référence typed (`24 310`, `24310 €`) in whole euros, or `null`. */
export function typedIncome(typed: string): number | null {
  const t = typed.replace(/[\s\u00a0\u202f.]/g, '').replace(/€$/, '');
  return /^\d{1,9}$/.test(t) ? Number(t) : null;
}

/** The message for a typed revenu fiscal de référence, or `null`. */
export function incomeError(typed: string): string | null {
  if (typed.trim() === '') return 'Veuillez saisir votre revenu fiscal de référence.';
  return typedIncome(typed) === null
    ? 'Le revenu fiscal de référence doit être un nombre entier, sans centimes, par exemple 24310.'
    : null;
}

/**
 * The password rules the copy states: at least 8 characters, with at least one letter and one
 * digit (the last published rule, [S17]; the current one is unverified).
 */
export const passwordRules = [
  { id: 'length', label: 'au moins 8 caractères', test: (p: string) => p.length >= 8 },
  { id: 'letter', label: 'au moins une lettre', test: (p: string) => /\p{L}/u.test(p) },
  { id: 'digit', label: 'au moins un chiffre', test: (p: string) => /\d/.test(p) },
] as const;

/** Whether `password` follows every rule. */
export const isStrongEnough = (password: string) => passwordRules.every((rule) => rule.test(password));
