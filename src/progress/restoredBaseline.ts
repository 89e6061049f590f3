/** What the store keeps of a decoded progress code. */
import type { Baseline, Level } from '../engine/learner/types.ts';

/**
 * The baseline of decoded `levels`, restored at `restoredAt`. Découverte is left out: in a code
 * it also stands for « never tried », and a restored Découverte would list every skill of the
 * catalogue in the carnet as met.
 */
export function restoredBaseline(levels: Readonly<Record<string, Level>>, restoredAt: number): Baseline {
  return {
    levels: Object.fromEntries(Object.entries(levels).filter(([, level]) => level !== 'decouverte')),
    restoredAt,
  };
}
