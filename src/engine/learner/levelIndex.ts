/** The order of the levels of independence. */
import { levels, type Level } from './types.ts';

/**
 * The rank of `level`, from 0 (Découverte) to 3 (Autonome), so that levels compare with `<`;
 * -1 for a value that is not a level (such as one read back from storage).
 */
export function levelIndex(level: Level): number {
  return levels.indexOf(level);
}
