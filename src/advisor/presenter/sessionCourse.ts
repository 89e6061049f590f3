/**
 * The presenter's course through a session: each segment in order, and inside a lesson segment
 * each unit of the lesson, then its end (the lesson played to « Bravo ! »). Pure: positions in,
 * positions out; `null` past either end.
 */
import type { SyncPosition } from '../sync/syncProtocol.ts';

/** What the course needs of each segment: how many units its lesson has (none: not a lesson segment, or not loaded). */
export interface CourseSegment {
  units?: number;
}

/** The last step of segment `index`: the lesson's end (its unit count), or 0. */
export function lastStep(segments: readonly CourseSegment[], index: number): number {
  return segments[index]?.units ?? 0;
}

/** The position after `at`: the next step of the lesson, else the next segment's start. */
export function nextPosition(segments: readonly CourseSegment[], at: SyncPosition): SyncPosition | null {
  if (at.step < lastStep(segments, at.segment)) return { segment: at.segment, step: at.step + 1 };
  if (at.segment + 1 < segments.length) return { segment: at.segment + 1, step: 0 };
  return null;
}

/** The position before `at`: the previous step, else the previous segment's last step. */
export function previousPosition(segments: readonly CourseSegment[], at: SyncPosition): SyncPosition | null {
  if (at.step > 0) return { segment: at.segment, step: Math.min(at.step - 1, lastStep(segments, at.segment)) };
  if (at.segment > 0) return { segment: at.segment - 1, step: lastStep(segments, at.segment - 1) };
  return null;
}

/** `at` brought inside the course (a kept position from an older script, a step past a shorter lesson). */
export function clampPosition(segments: readonly CourseSegment[], at: SyncPosition): SyncPosition {
  const segment = Math.min(Math.max(0, at.segment), Math.max(0, segments.length - 1));
  return { segment, step: Math.min(Math.max(0, at.step), lastStep(segments, segment)) };
}
