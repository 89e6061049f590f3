/**
 * Evidence: what the engine records for each step or question of a lesson run
 * (DESIGN.md section 4). The learner model turns it into levels per skill
 * (`src/engine/learner/outcome.ts`).
 */
import type { Mode } from '../lesson/types.ts';

export interface UnitEvidence {
  /** Step or question id. */
  unit: string;
  /** The step's skill (questions have none). */
  skill?: string;
  /** The mode the learner was in when the unit ended (or is now). */
  mode: Mode;
  /** Highest hint rung used: 0 for none, n for the n-th `<Hint>`. */
  hintRung: number;
  /** Wrong actions on the site (or wrong answers). */
  wrongActions: number;
  /** Whether « Montre-moi » (or Watch mode) performed the step. */
  shown: boolean;
  /** Whether the learner said an advisor helped. */
  advisorHelped: boolean;
  /**
   * Whether the value this step committed was later changed to a wrong one and left so at the
   * end of the lesson (set by the engine; absent when not).
   */
  leftWrong?: boolean;
  /**
   * The other route the learner took to the step's place, when it was not the step's own target
   * (one of its `also` targets: the space's alert rather than its menu); absent otherwise.
   */
  route?: string;
  /** Milliseconds since the epoch. */
  startedAt: number;
  endedAt?: number;
  done: boolean;
}
