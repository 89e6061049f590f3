/** The levels a progress code is made of. Kept out of the home page: it needs the learner model. */
import { levelOf, learnerModel } from '../engine/learner/learnerModel.ts';
import type { Baseline, Level, RunRecord } from '../engine/learner/types.ts';

/** The level of every skill of the catalogue, as the learner model gives it. */
export function codeLevels(
  runs: readonly RunRecord[],
  baseline: Baseline | undefined,
  skillIds: readonly string[],
): Record<string, Level> {
  const model = learnerModel(runs, baseline);
  return Object.fromEntries(skillIds.map((id) => [id, levelOf(model, id)]));
}
