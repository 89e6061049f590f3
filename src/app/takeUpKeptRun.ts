/**
 * The run kept for a lesson in this tab, if it can be taken up: it passes the store's schema and
 * its snapshot restores into the lesson's machine. Anything else is `damaged` (the start screen
 * says so, and the next run replaces it).
 */
import { restoredSnapshot } from '../engine/runSnapshot.ts';
import type { CompiledLesson } from '../lesson/types.ts';
import { readKeptRun, type KeptRunRead } from '../progress/runStore.ts';

export function takeUpKeptRun(lesson: CompiledLesson): KeptRunRead {
  const read = readKeptRun(lesson);
  if (read.status !== 'kept') return read;
  const { run } = read.kept;
  try {
    restoredSnapshot(lesson, run.snapshot, {
      mode: run.mode,
      persona: lesson.persona,
      world: run.world,
      startedAt: run.startedAt,
    });
    return read;
  } catch {
    return { status: 'damaged' };
  }
}
