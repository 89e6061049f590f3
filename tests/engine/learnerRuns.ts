/**
 * Builds run records for learner-model tests: each step says how it went, in words
 * (`alone`, `corrected`, `hinted`, `tries`, `guided`, `watched`, `showMe`, `advisor`, `leftWrong`).
 */
import type { Mode } from '../../src/lesson/types.ts';
import type { RunRecord, StepRecord } from '../../src/engine/learner/types.ts';

/** How one step went. */
export type How =
  'alone' | 'corrected' | 'hinted' | 'tries' | 'guided' | 'watched' | 'showMe' | 'advisor' | 'leftWrong';

const stepOf: Record<How, Partial<StepRecord>> = {
  alone: { mode: 'alone' },
  /** Alone, two wrong actions corrected by reading the site. */
  corrected: { mode: 'alone', wrongActions: 2 },
  hinted: { mode: 'alone', hintRung: 1 },
  tries: { mode: 'alone', wrongActions: 3 },
  guided: { mode: 'guided' },
  watched: { mode: 'watch', shown: true },
  showMe: { mode: 'alone', hintRung: 2, shown: true },
  advisor: { mode: 'alone', advisorHelped: true },
  /** Alone, without help; its value was changed to a wrong one later and left so at the end. */
  leftWrong: { mode: 'alone', leftWrong: true },
};

/** Ms since the epoch of day `d` of October 2026 at `hour`, local time. */
export const day = (d: number, hour = 10) => new Date(2026, 9, d, hour).getTime();

/** A step record of `skill`, done `how`. */
export function step(skill: string, how: How, extra: Partial<StepRecord> = {}): StepRecord {
  return {
    unit: `${skill}-${how}`,
    skill,
    mode: 'alone',
    hintRung: 0,
    wrongActions: 0,
    shown: false,
    advisorHelped: false,
    durationMs: 1000,
    ...stepOf[how],
    ...extra,
  };
}

/** The mode a run was started in, from how its steps went. */
function modeOf(hows: How[]): Mode {
  if (hows.every((h) => h === 'watched')) return 'watch';
  if (hows.some((h) => h === 'guided')) return 'guided';
  return 'alone';
}

/** A run of `lessonId` ending at `at`, with one step of each skill done as said. */
export function run(
  at: number,
  skills: Record<string, How | How[]>,
  lessonId = 'caf-se-connecter',
  mode?: Mode,
): RunRecord {
  const steps = Object.entries(skills).flatMap(([skill, how]) =>
    (Array.isArray(how) ? how : [how]).map((h, i) => step(skill, h, { unit: `${skill}-${i}` })),
  );
  const hows = Object.values(skills).flat();
  return { lessonId, mode: mode ?? modeOf(hows), startedAt: at - 60_000, completedAt: at, steps };
}
