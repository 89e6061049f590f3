/**
 * Reads persona fields as text for the practice card, and formats them the way real papers
 * print them.
 */
import { formatAmount, parseAmount } from '../../french/index.ts';
import { readPath } from '../../lesson/readPath.ts';
import type { Persona } from '../../lesson/types.ts';

/** The field at a dotted `path` as text (empty when absent or not a scalar). */
export function text(persona: Persona, path: string): string {
  const value = readPath(persona, path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** A 15-character NIR spaced as on a carte Vitale: `2 86 03 75 114 023 63`. */
export function spacedNir(nir: string): string {
  const groups = [1, 2, 2, 2, 3, 3, 2];
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= nir.length) break;
    parts.push(nir.slice(at, at + size));
    at += size;
  }
  if (at < nir.length) parts.push(nir.slice(at));
  return parts.join(' ');
}

/** A persona's amount as printed on a paper: `1 012,40 €` from `"1012,40"` (as typed when it is not an amount). */
export function euros(amount: string): string {
  const cents = parseAmount(amount);
  return cents === null ? amount : formatAmount(cents);
}
