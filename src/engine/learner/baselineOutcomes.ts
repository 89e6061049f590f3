/**
 * A baseline (levels restored from a progress code) as past outcomes: the fewest, latest
 * outcomes that give exactly its level, so that new runs build on it (docs/independence.md,
 * « A progress code »).
 */
import { noonOfDayBefore } from './dayKey.ts';
import type { OutcomeEntry } from './skillLevel.ts';
import type { Baseline, Level } from './types.ts';

/**
 * The outcomes that stand for `level` restored at `restoredAt`, all before it:
 * Découverte → none; Avec aide → one `guided`; Presque seul → one `alone`; Autonome → two
 * `alone`, the day before and just before `restoredAt` (two calendar days).
 */
export function levelOutcomes(level: Level, restoredAt: number): OutcomeEntry[] {
  const last = restoredAt - 1;
  const entry = (outcome: OutcomeEntry['outcome'], at: number): OutcomeEntry => ({
    outcome,
    at,
    lessonId: '',
    watched: false,
    restored: true,
  });
  switch (level) {
    case 'avec-aide':
      return [entry('guided', last)];
    case 'presque-seul':
      return [entry('alone', last)];
    case 'autonome':
      return [entry('alone', noonOfDayBefore(last)), entry('alone', last)];
    default:
      return []; // Découverte (and anything a damaged store holds): nothing done yet
  }
}

/** The outcomes of every skill of `baseline`, by skill id. */
export function baselineOutcomes(baseline: Baseline): Map<string, OutcomeEntry[]> {
  return new Map(
    Object.entries(baseline.levels).map(([skill, level]) => [skill, levelOutcomes(level, baseline.restoredAt)]),
  );
}
