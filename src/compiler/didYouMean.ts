/**
 * Suggests the closest known name for a mistyped one, for "did you mean …" messages.
 */
import { distance } from 'fastest-levenshtein';

/** The closest candidate within a typo's reach, or `undefined`. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const reach = Math.max(2, Math.floor(name.length / 4));
  return bestDistance <= reach ? best : undefined;
}

/** ` Did you mean \`x\`?` or an empty string. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const match = closest(name, candidates);
  return match ? ` Did you mean \`${match}\`?` : '';
}
