/**
 * The independence record's data: what a finished lesson run leaves behind (how each step was
 * done, never what was typed), and the learner model computed from it (DESIGN.md section 4).
 */
import type { Mode } from '../../lesson/types.ts';
import type { UnitEvidence } from '../evidence.ts';

/** How one step (or question) of a run was done: its evidence, without times of day. */
export type StepRecord = Pick<
  UnitEvidence,
  'unit' | 'skill' | 'mode' | 'hintRung' | 'wrongActions' | 'shown' | 'advisorHelped' | 'leftWrong' | 'route'
> & {
  /** Time spent on the step, in milliseconds. */
  durationMs: number;
};

/** One finished lesson run. */
export interface RunRecord {
  lessonId: string;
  /** The mode chosen on the start screen. */
  mode: Mode;
  startedAt: number;
  /** Milliseconds since the epoch. */
  completedAt: number;
  steps: StepRecord[];
}

/** The four levels of independence, from the least to the most independent. */
export const levels = ['decouverte', 'avec-aide', 'presque-seul', 'autonome'] as const;
export type Level = (typeof levels)[number];

/** Levels restored from a progress code: they count as past runs (docs/independence.md). */
export interface Baseline {
  levels: Record<string, Level>;
  /** When the code was typed (ms since the epoch). */
  restoredAt: number;
}
