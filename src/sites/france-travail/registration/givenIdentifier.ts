/**
 * The identifiant France Travail the site gives when a personal space is created: the persona's
 * `france_travail.nouvel_identifiant`, else 7 digits and a letter drawn from its NIR, so that the
 * same persona always gets the same identifier (docs/procedures.md section 2: 7 digits, then a
 * letter or a digit).
 */
import type { FranceTravailPersona } from '../franceTravailPersona.ts';

const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** The identifier a new space of `p` gets: `3081946K`. */
export function givenIdentifier(p: FranceTravailPersona): string {
  const chosen = p.france_travail?.nouvel_identifiant;
  if (chosen) return chosen;
  let hash = 7;
  for (const char of p.nir) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
  const digits = String(hash % 10_000_000).padStart(7, '0');
  return `${digits}${letters[hash % letters.length]}`;
}
