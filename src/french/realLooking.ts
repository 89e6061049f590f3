/**
 * Spots what looks like someone's real identifier — a NIR (13 characters of the right shape, or
 * 15 with the right key) or a numéro fiscal (right check digits) that is neither a practice one
 * nor a learner's typo of one, or an IBAN with the right key that is not a practice one (its key
 * catches every typo, so a right key on another number is someone's account) — so that it is
 * never kept (DESIGN.md section 5).
 */
import { isValidIban } from './iban.ts';
import { isValidNif } from './nif.ts';
import { isNir13Shape, isValidNir15, normaliseIdentifier } from './nir.ts';

const identifierFields = new Set(['nir', 'nir13', 'numero_fiscal', 'iban']);

/** Characters compared for a near miss: a NIR without its key, a whole numéro fiscal. */
const compared = 13;

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

/**
 * Whether the first 13 characters of `typed` and `practice` differ in at most two places: one or
 * two typos, or two neighbours swapped (a swap changes exactly two places).
 */
function isNearMiss(typed: string, practice: string): boolean {
  const a = typed.slice(0, compared);
  const b = practice.slice(0, compared);
  if (a.length !== compared || b.length !== compared) return false;
  let differences = 0;
  for (let i = 0; i < compared && differences <= 2; i++) if (a[i] !== b[i]) differences++;
  return differences <= 2;
}

/**
 * Whether `value` looks like a real IBAN, NIR or numéro fiscal: an IBAN with the right key, a NIR-shaped 13-character number, a
 * 15-character NIR with the right key or a numéro fiscal with the right check digits, that is
 * not a practice identifier nor a near miss of one (the site's own checks answer a typo).
 */
export function looksLikeRealIdentifier(value: string, practice: ReadonlySet<string>): boolean {
  const n = normaliseIdentifier(value);
  if (practice.has(n)) return false;
  if (isValidIban(n)) return true;
  if (!isNir13Shape(n) && !isValidNir15(n) && !isValidNif(n)) return false;
  return ![...practice].some((known) => isNearMiss(n, known));
}
