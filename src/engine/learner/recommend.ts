/**
 * What the learner model drives: the recommended mode of a lesson, fading in Guided mode, and
 * the next lessons to try (docs/independence.md, « Recommended mode », « Fading », « Next lessons »).
 */
import type { LessonEntry, Mode } from '../../lesson/types.ts';
import { levelOf, type LearnerModel } from './learnerModel.ts';
import { levelIndex } from './levelIndex.ts';
import type { ExplanationKey } from './skillLevel.ts';
import type { RunRecord } from './types.ts';

/** The modes, from the most help to none: the advisors' « faire à la place », « faire avec », « laisser faire ». */
export const modes: readonly Mode[] = ['watch', 'guided', 'alone'];

/**
 * The mode that takes a skill one rung further than the last time, from the explanation of its
 * level: never seen → watch; seen but never done → guided; done guided → alone; done, then
 * shown again (« Montre-moi », an advisor) → guided; done alone, with or without help → alone.
 */
const modeAfter: Readonly<Record<ExplanationKey, Mode>> = {
  decouverte: 'watch',
  decouverteVu: 'guided',
  avecAide: 'alone',
  avecAideRevu: 'guided',
  avecAideErreur: 'guided',
  presqueSeul: 'alone',
  presqueSeulAide: 'alone',
  autonome: 'alone',
};

/** The mode that takes `skill` one rung further than the last time (watch when never met). */
export function skillMode(skill: string, model: LearnerModel): Mode {
  const state = model.skills[skill];
  return state ? modeAfter[state.explanation.key] : 'watch';
}

/**
 * The recommended mode of a lesson: the skill that needs the most help decides
 * (`skillMode` of each skill, the least independent wins). So a first lesson, all of whose
 * skills are new, is watched first; once watched, guided; once guided, done alone.
 * With no skills (never the case for a checked lesson), watch.
 */
export function recommendedMode(lessonSkills: readonly string[], model: LearnerModel): Mode {
  if (lessonSkills.length === 0) return 'watch';
  return modes[Math.min(...lessonSkills.map((skill) => modes.indexOf(skillMode(skill, model))))] ?? 'watch';
}

/**
 * Whether Guided mode fades for `skill`: it is Autonome, so its steps show a short
 * instruction and no highlight.
 */
export function isFaded(skill: string, model: LearnerModel): boolean {
  return levelOf(model, skill) === 'autonome';
}

/** A lesson to try next, with the mode to try it in. */
export interface NextLesson {
  lessonId: string;
  mode: Mode;
  /** `new`: not done yet; `practise`: done, but not yet alone without help. */
  reason: 'new' | 'practise';
}

/** The catalogue fields `nextLessons()` reads. */
export type CatalogueEntry = Pick<LessonEntry, 'id' | 'skills' | 'requires' | 'level'>;

/** A run done in Alone mode with no hint, no « Montre-moi » and no advisor on any step. */
function aloneWithoutHelp(run: RunRecord): boolean {
  return (
    run.mode === 'alone' &&
    run.steps.every(
      (s) => s.mode === 'alone' && s.hintRung === 0 && !s.shown && !s.advisorHelped && s.leftWrong !== true,
    )
  );
}

/**
 * The next lessons to try, at most `limit` (default: 3):
 * 1. new lessons — not done yet, whose required lessons the learner has done themselves (in
 *    Guided or Alone mode, not only watched) or whose skills are all Presque seul or better
 *    (as after a progress code) — those a lesson done opens first, then the easiest level, then
 *    catalogue order;
 * 2. lessons to practise — done, but never in Alone mode without help — most recent first; the
 *    most recent always has a place, however many new lessons there are (doing it alone is the
 *    way to independence).
 * Each with its `recommendedMode`. `doneBefore` lists lessons done on another computer (from a
 * progress code's QR code): they count as done, not new.
 */
export function nextLessons(
  catalogue: readonly CatalogueEntry[],
  runs: readonly RunRecord[],
  model: LearnerModel,
  limit = 3,
  doneBefore: readonly string[] = [],
): NextLesson[] {
  const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
  const lastRun = new Map<string, number>();
  for (const run of runs) lastRun.set(run.lessonId, Math.max(run.completedAt, lastRun.get(run.lessonId) ?? -Infinity));
  const doneThemselves = (id: string) =>
    doneBefore.includes(id) || runs.some((run) => run.lessonId === id && run.mode !== 'watch');
  const skillsKnown = (id: string) => {
    const entry = byId.get(id);
    return (
      entry !== undefined &&
      entry.skills.every((skill) => levelIndex(levelOf(model, skill)) >= levelIndex('presque-seul'))
    );
  };
  const open = (entry: CatalogueEntry) =>
    entry.requires.every((id) => !byId.has(id) || doneThemselves(id) || skillsKnown(id));
  /** 1 when a lesson the learner did themselves leads to it (its `requires`). */
  const opened = (entry: CatalogueEntry) => (entry.requires.some((id) => doneThemselves(id)) ? 1 : 0);
  const fresh = catalogue
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => !lastRun.has(entry.id) && !doneBefore.includes(entry.id) && open(entry))
    .sort((a, b) => opened(b.entry) - opened(a.entry) || a.entry.level - b.entry.level || a.index - b.index)
    .map(({ entry }): NextLesson => ({
      lessonId: entry.id,
      mode: recommendedMode(entry.skills, model),
      reason: 'new',
    }));
  const practise = catalogue
    .filter((entry) => lastRun.has(entry.id) && !runs.some((run) => run.lessonId === entry.id && aloneWithoutHelp(run)))
    .sort((a, b) => (lastRun.get(b.id) ?? 0) - (lastRun.get(a.id) ?? 0))
    .map((entry): NextLesson => ({
      lessonId: entry.id,
      mode: recommendedMode(entry.skills, model),
      reason: 'practise',
    }));
  const newOnes = fresh.slice(0, practise.length > 0 && limit > 1 ? limit - 1 : limit);
  return [...newOnes, ...practise].slice(0, limit);
}
