/** The targets of a lesson's steps before a unit, latest first (the way back prefers them). */
import type { CompiledLesson } from '../lesson/types.ts';

export function earlierTargets(lesson: Pick<CompiledLesson, 'units'>, unit: string | null): string[] {
  const index = lesson.units.findIndex((u) => u.id === unit);
  return lesson.units
    .slice(0, Math.max(index, 0))
    .flatMap((u) => (u.kind === 'step' ? [u.target] : []))
    .reverse();
}
