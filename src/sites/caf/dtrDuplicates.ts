/**
 * The site's flags for lines added twice: `dtr-<member>-<month>-<key>-en-double` when the line
 * `key` was added by the learner and a later added line of the same month has the same kind and
 * payer (a resource typed wrong, then added again instead of modified). The map's way back
 * removes the earlier one with its « Supprimer » (navigation.ts).
 */
import type { DtrState } from './dtrReducer.ts';
import { dtrMembers, dtrMonths } from './targets.ts';

export function duplicateFlags(state: DtrState): string[] {
  return dtrMembers.flatMap((member) =>
    dtrMonths.flatMap((month) => {
      const added = state.lines[member][month].filter((line) => line.prefilled === null);
      return added
        .filter((line, i) => added.slice(i + 1).some((later) => later.type === line.type && later.payer === line.payer))
        .map((line) => `dtr-${member}-${month}-${line.key}-en-double`);
    }),
  );
}
