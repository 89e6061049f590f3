/**
 * Checks the « Numéro de sécurité sociale » of the CAF login form as the real site does, and
 * answers with the message the site shows (procedures.md 1.1 A and section 2).
 */
import { isNir13Shape, isTemporaryNir, isValidNir15, normaliseIdentifier } from '../../french/index.ts';

/** The digits-only shape, Corsica's `2A`/`2B` allowed in the department. */
const digits = /^\d{5}(\d{2}|2A|2B)\d*$/;

/** The error message for a typed NIR, or `null` when it has the right shape. */
export function validateLoginNir(value: string): string | null {
  const n = normaliseIdentifier(value);
  if (n === '') return 'Saisissez votre numéro de sécurité sociale.';
  if (!/^\d+$/.test(n) && !digits.test(n)) return 'Le numéro de sécurité sociale ne doit contenir que des chiffres.';
  if (n.length === 15) {
    // The key is checked (2A counts as 19, 2B as 18): a wrong key means a mistyped number.
    if (!isValidNir15(n))
      return 'Ce numéro de sécurité sociale n’est pas valide : vérifiez-le sur votre carte Vitale. Tapez seulement les 13 premiers chiffres.';
    return 'Vous avez saisi 15 chiffres : ne saisissez pas la clé. Tapez seulement les 13 premiers chiffres de votre numéro.';
  }
  if (n.length !== 13)
    return `Le numéro de sécurité sociale doit comporter 13 chiffres (vous en avez saisi ${n.length}).`;
  if (isTemporaryNir(n)) {
    return 'Ce numéro est un numéro provisoire (il commence par 7 ou 8) : il ne permet pas de vous connecter. Contactez votre Caf.';
  }
  if (!isNir13Shape(n)) return 'Ce numéro de sécurité sociale n’est pas valide. Vérifiez-le sur votre carte Vitale.';
  return null;
}
