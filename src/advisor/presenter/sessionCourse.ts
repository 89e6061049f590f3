/**
 * The presenter's course through a session: each segment in order, and inside a lesson segment
 * the steps its Watch run goes through (unit indexes in `lesson.units`, as `watchPath` gives
 * them), then the lesson's end (`units.length`: the lesson played to « Bravo ! »). Pure:
 * positions in, positions out; `null` past either end.
 */
import type { SyncPosition } from '../sync/syncProtocol.ts';

/** What the course needs of each segment: its lesson's steps, ending with the lesson's end (none: not a lesson segment, or not loaded). */
export interface CourseSegment {
  steps?: readonly number[];
}

const stepsOf = (segments: readonly CourseSegment[], index: number): readonly number[] => segments[index]?.steps ?? [0];

/** The first step of segment `index` (0 without a lesson). */
export function firstStep(segments: readonly CourseSegment[], index: number): number {
  return stepsOf(segments, index)[0] ?? 0;
}

/** The last step of segment `index`: the lesson's end, or 0. */
export function lastStep(segments: readonly CourseSegment[], index: number): number {
  return stepsOf(segments, index).at(-1) ?? 0;
}

/** The position after `at`: the next step of the lesson, else the next segment's start. */
export function nextPosition(segments: readonly CourseSegment[], at: SyncPosition): SyncPosition | null {
  const step = stepsOf(segments, at.segment).find((s) => s > at.step);
  if (step !== undefined) return { segment: at.segment, step };
  if (at.segment + 1 < segments.length) return { segment: at.segment + 1, step: firstStep(segments, at.segment + 1) };
  return null;
}

/** The position before `at`: the previous step, else the previous segment's last step. */
export function previousPosition(segments: readonly CourseSegment[], at: SyncPosition): SyncPosition | null {
  const step = stepsOf(segments, at.segment).findLast((s) => s < at.step);
  if (step !== undefined) return { segment: at.segment, step };
  if (at.segment > 0) return { segment: at.segment - 1, step: lastStep(segments, at.segment - 1) };
  return null;
}

/** `at` brought onto the course (a kept position from an older script, a step off the run's way): the nearest step at or before it. */
export function clampPosition(segments: readonly CourseSegment[], at: SyncPosition): SyncPosition {
  const segment = Math.min(Math.max(0, at.segment), Math.max(0, segments.length - 1));
  const step = stepsOf(segments, segment).findLast((s) => s <= at.step) ?? firstStep(segments, segment);
  return { segment, step };
}
