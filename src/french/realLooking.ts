/**
 * Spots what looks like someone's real identifier — a NIR (15 characters, right key) or a
 * numéro fiscal (right check digits) that is none of the practice ones — so that it is never
 * kept (DESIGN.md section 5).
 */
import { isValidNif } from './nif.ts';
import { isValidNir15, normaliseIdentifier } from './nir.ts';

const identifierFields = new Set(['nir', 'nir13', 'numero_fiscal']);

/** Every practice identifier a persona holds, at any depth (its own, a partner's…), normalised. */
export function practiceIdentifiers(persona: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (identifierFields.has(key) && (typeof child === 'string' || typeof child === 'number'))
        found.add(normaliseIdentifier(String(child)));
      else walk(child);
    }
  };
  walk(persona);
  return found;
}

/** Whether `value` looks like a real NIR or numéro fiscal that is not a practice one. */
export function looksLikeRealIdentifier(value: string, practice: ReadonlySet<string>): boolean {
  const n = normaliseIdentifier(value);
  if (practice.has(n)) return false;
  return isValidNir15(n) || isValidNif(n);
}
