/**
 * Sums up a lesson run for the completion screen: how many steps the learner did without help,
 * corrected after a mistake, did with hints, or was shown — each step in exactly one, by the
 * most help it needed (`stepHelp`, docs/independence.md) — and how many values were left wrong.
 */
import type { UnitEvidence } from '../engine/evidence.ts';
import { countSteps, type StepCounts } from '../engine/learner/learnerModel.ts';

/**
 * Step counts by how they were done (questions are not steps): `alone`, `corrected`, `hints`,
 * `shown`, which add up to the finished steps, and `leftWrong`, the steps among them whose
 * value was left wrong at the end.
 */
export type RunSummary = StepCounts;

/** Counts the finished steps of a run's evidence. */
export function summarise(evidence: Readonly<Record<string, UnitEvidence>>): RunSummary {
  return countSteps(Object.values(evidence).filter((e) => e.done && e.skill !== undefined));
}
