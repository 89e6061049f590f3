/**
 * Checks « Mon numéro de sécurité sociale » as ameli's forms do (13 characters, the NIR without
 * its key; a temporary number cannot be used: docs/procedures.md 1.4 and section 2), and answers
 * with the message the site shows.
 */
import { isNir13Shape, isTemporaryNir, normaliseIdentifier } from '../../french/index.ts';

/** Digits, Corsica's `2A`/`2B` allowed in the département. */
const shape = /^\d{5}(\d{2}|2A|2B)\d*$/;

/** The error message for a typed number, or `null` when it can be used. */
export function validateAmeliNir(value: string): string | null {
  const n = normaliseIdentifier(value);
  if (n === '') return 'Veuillez saisir votre numéro de sécurité sociale.';
  if (!/^\d+$/.test(n) && !shape.test(n)) return 'Votre numéro de sécurité sociale ne doit comporter que des chiffres.';
  if (n.length === 15)
    return 'Saisissez uniquement les 13 premiers caractères de votre numéro de sécurité sociale, sans la clé.';
  if (n.length !== 13)
    return `Votre numéro de sécurité sociale doit comporter 13 caractères (vous en avez saisi ${n.length}).`;
  if (isTemporaryNir(n))
    return 'Ce numéro est un numéro provisoire : il ne permet pas d’accéder au compte ameli. Contactez votre caisse d’assurance maladie au 3646.';
  if (!isNir13Shape(n)) return 'Ce numéro de sécurité sociale n’est pas valide. Vérifiez-le sur votre carte Vitale.';
  return null;
}
