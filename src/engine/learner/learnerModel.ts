/**
 * The learner model: a level of independence per skill — Découverte, Avec aide, Presque seul,
 * Autonome — from the records of finished lesson runs and, optionally, the levels restored from
 * a progress code. Pure TypeScript; the rules and their reasons are in docs/independence.md.
 */
import { baselineOutcomes } from './baselineOutcomes.ts';
import { onlyWatched, skillOutcome, type Outcome } from './outcome.ts';
import { skillLevel, type Explanation, type OutcomeEntry } from './skillLevel.ts';
import type { Baseline, Level, RunRecord, StepRecord } from './types.ts';

export {
  countSteps,
  skillOutcome,
  stepHelp,
  stepHelps,
  wrongActionsAlone,
  type Outcome,
  type StepCounts,
  type StepFacts,
  type StepHelp,
} from './outcome.ts';
export { explanationLevel, type Explanation, type ExplanationKey, type OutcomeEntry } from './skillLevel.ts';
export {
  isFaded,
  modes,
  nextLessons,
  recommendedMode,
  skillMode,
  type CatalogueEntry,
  type NextLesson,
} from './recommend.ts';

/** Where a learner stands on one skill. */
export interface SkillState {
  /** The skill id (`content/skills.yaml`). */
  skill: string;
  level: Level;
  /** Why, as an i18n key under `levels.explanation.*` and its parameters. */
  explanation: Explanation;
  /** The skill's outcomes, oldest first (restored ones first of all). */
  outcomes: OutcomeEntry[];
}

/** Every skill that appears in the runs or the baseline, by skill id. */
export interface LearnerModel {
  skills: Record<string, SkillState>;
}

/** The steps of each skill in one run, by skill id (questions, which have no skill, aside). */
function stepsBySkill(run: RunRecord): Map<string, StepRecord[]> {
  const bySkill = new Map<string, StepRecord[]>();
  for (const step of run.steps) {
    if (!step.skill) continue;
    const steps = bySkill.get(step.skill) ?? [];
    steps.push(step);
    bySkill.set(step.skill, steps);
  }
  return bySkill;
}

/**
 * The learner model from finished runs (any order) and an optional baseline. A baseline's
 * levels count as past outcomes that give exactly those levels before `restoredAt`, so that
 * `learnerModel([], baseline)` has the baseline's levels; runs of a baseline skill that ended
 * before `restoredAt` are left out (the code already stands for them).
 */
export function learnerModel(runs: readonly RunRecord[], baseline?: Baseline): LearnerModel {
  const entries = baseline ? baselineOutcomes(baseline) : new Map<string, OutcomeEntry[]>();
  const restored = new Set(entries.keys());
  for (const run of runs) {
    for (const [skill, steps] of stepsBySkill(run)) {
      if (baseline && restored.has(skill) && run.completedAt < baseline.restoredAt) continue;
      const outcome: Outcome = skillOutcome(steps);
      const list = entries.get(skill) ?? [];
      list.push({
        outcome,
        at: run.completedAt,
        lessonId: run.lessonId,
        watched: outcome === 'shown' && onlyWatched(steps),
        restored: false,
      });
      entries.set(skill, list);
    }
  }
  const skills: Record<string, SkillState> = {};
  for (const [skill, list] of entries) {
    const outcomes = [...list].sort((a, b) => a.at - b.at);
    skills[skill] = { skill, ...skillLevel(outcomes), outcomes };
  }
  return { skills };
}

/** The level of `skill` in `model` (Découverte when the learner has not met it yet). */
export function levelOf(model: LearnerModel, skill: string): Level {
  return model.skills[skill]?.level ?? 'decouverte';
}
