/**
 * Checks the « Numéro de sécurité sociale » of the CAF login form as the real site does, and
 * answers with the message the site shows (procedures.md 1.1 A and section 2).
 */
import { isNir13Shape, isTemporaryNir, normaliseIdentifier } from '../../french/index.ts';

/** The digits-only shape, Corsica's `2A`/`2B` allowed in the department. */
const digits = /^\d{5}(\d{2}|2A|2B)\d*$/;

/** The error message for a typed NIR, or `null` when it has the right shape; the messages name what is wrong, never count. */
export function validateLoginNir(value: string): string | null {
  const n = normaliseIdentifier(value);
  if (n === '') return 'Saisissez votre numéro de sécurité sociale.';
  if (!/^\d+$/.test(n) && !digits.test(n)) return 'Le numéro de sécurité sociale ne doit contenir que des chiffres.';
  // 15 digits (the key typed too) or any other length: the same message, as a real form gives.
  if (n.length !== 13) return 'Le numéro de sécurité sociale doit comporter 13 chiffres.';
  if (isTemporaryNir(n)) return 'Ce numéro ne permet pas de vous connecter à Mon Compte. Contactez votre Caf.';
  if (!isNir13Shape(n)) return 'Le numéro de sécurité sociale saisi n’est pas valide.';
  return null;
}
