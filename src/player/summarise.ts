/**
 * Sums up a lesson run for the completion screen: how many steps the learner did without
 * help, with help, or watched being done.
 */
import type { UnitEvidence } from '../engine/evidence.ts';

/** Step counts by how they were done (questions are not steps). */
export interface RunSummary {
  /** Done without a hint, a demonstration or an advisor. */
  alone: number;
  /** Done after hints or with an advisor. */
  helped: number;
  /** Performed by « Montre-moi » (or Watch mode). */
  shown: number;
}

/** Counts the finished steps of a run's evidence. */
export function summarise(evidence: Readonly<Record<string, UnitEvidence>>): RunSummary {
  const summary: RunSummary = { alone: 0, helped: 0, shown: 0 };
  for (const e of Object.values(evidence)) {
    if (!e.done || e.skill === undefined) continue;
    if (e.shown || e.mode === 'watch') summary.shown += 1;
    else if (e.hintRung > 0 || e.advisorHelped) summary.helped += 1;
    else summary.alone += 1;
  }
  return summary;
}
