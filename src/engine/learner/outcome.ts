/**
 * The outcome of a skill in one run: how the learner did all the steps of that skill in that
 * lesson run, from the most help to none (docs/independence.md, « The outcome of a skill »).
 */
import type { StepRecord } from './types.ts';

/**
 * How a skill went in one run, from the most help to none:
 * - `shown`: Pas à pas or an advisor did at least one of its steps (Watch mode, « Montre-moi »,
 *   « Un animateur m'a aidé »);
 * - `leftWrong`: a value one of its steps had entered was changed to a wrong one later, and the
 *   lesson ended so (whatever the mode): at most Avec aide;
 * - `guided`: done with the instructions and highlight of Guided mode;
 * - `hinted`: done in Alone mode, but with a hint or after many wrong actions;
 * - `alone`: done in Alone mode, without a hint and with few wrong actions.
 */
export type Outcome = 'shown' | 'leftWrong' | 'guided' | 'hinted' | 'alone';

/** The outcomes from the most help to none. */
export const outcomes: readonly Outcome[] = ['shown', 'leftWrong', 'guided', 'hinted', 'alone'];

/**
 * Wrong actions a learner may make on one step and still count as alone: one or two slips,
 * corrected by reading the site, are part of doing it oneself; more is trial and error
 * (default: 2, so a third wrong action makes the step `hinted`).
 */
export const wrongActionsAlone = 2;

/** Whether a step needed help: shown, helped by an advisor, or done in Watch mode. */
function isShown(step: Pick<StepRecord, 'shown' | 'advisorHelped' | 'mode'>): boolean {
  return step.shown || step.advisorHelped || step.mode === 'watch';
}

/**
 * How a skill went in one run, from all its steps in that run: the step that needed the most
 * help decides. Any step shown (Watch mode, « Montre-moi ») or helped by an advisor → `shown`;
 * else any step whose value was left wrong at the end → `leftWrong`; else any step in Guided
 * mode → `guided`; else any step with a hint or with more than {@link wrongActionsAlone} wrong
 * actions → `hinted`; else `alone`.
 * Throws when `steps` is empty: a skill with no step in a run has no outcome there.
 */
export function skillOutcome(steps: readonly StepRecord[]): Outcome {
  if (steps.length === 0)
    throw new Error('skillOutcome() needs at least one step: call it with the steps of one skill in one run.');
  if (steps.some(isShown)) return 'shown';
  if (steps.some((step) => step.leftWrong === true)) return 'leftWrong';
  if (steps.some((step) => step.mode === 'guided')) return 'guided';
  if (steps.some((step) => step.hintRung > 0 || step.wrongActions > wrongActionsAlone)) return 'hinted';
  return 'alone';
}

/**
 * Whether a `shown` outcome only comes from Watch mode: every step was performed because the
 * learner chose « Je regarde », none because they asked « Montre-moi » or an advisor helped.
 */
export function onlyWatched(steps: readonly StepRecord[]): boolean {
  return steps.length > 0 && steps.every((step) => step.mode === 'watch' && !step.advisorHelped);
}

/**
 * How one step was done, by the most help it needed (the completion screen and the carnet):
 * - `shown`: shown (Watch mode, « Montre-moi ») or helped by an advisor;
 * - `hints`: else, done with at least one hint;
 * - `corrected`: else, done after a wrong action, or its value was left wrong at the end;
 * - `alone`: no wrong action, no hint, not shown.
 */
export type StepHelp = 'alone' | 'corrected' | 'hints' | 'shown';

/** The ways a step was done, from no help to the most help. */
export const stepHelps: readonly StepHelp[] = ['alone', 'corrected', 'hints', 'shown'];

/** The facts of a step that say how it was done. */
export type StepFacts = Pick<
  StepRecord,
  'mode' | 'hintRung' | 'wrongActions' | 'shown' | 'advisorHelped' | 'leftWrong'
>;

/** How `step` was done: the one {@link StepHelp} it belongs to. */
export function stepHelp(step: StepFacts): StepHelp {
  if (isShown(step)) return 'shown';
  if (step.hintRung > 0) return 'hints';
  if (step.wrongActions > 0 || step.leftWrong === true) return 'corrected';
  return 'alone';
}

/** Steps counted by how they were done, and how many values were left wrong at the end. */
export type StepCounts = Record<StepHelp, number> & {
  /** Steps whose value was left wrong at the end (also counted in one of the four). */
  leftWrong: number;
};

/** Counts `steps` by {@link stepHelp}; each step is in exactly one of the four. */
export function countSteps(steps: Iterable<StepFacts>): StepCounts {
  const counts: StepCounts = { alone: 0, corrected: 0, hints: 0, shown: 0, leftWrong: 0 };
  for (const step of steps) {
    counts[stepHelp(step)] += 1;
    if (step.leftWrong === true) counts.leftWrong += 1;
  }
  return counts;
}
