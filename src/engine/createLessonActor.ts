/**
 * Creates the actor of one lesson run, and reads what the player needs from its snapshots.
 */
import { createActor, type Snapshot, type SnapshotFrom } from 'xstate';
import type { CompiledLesson, Unit } from '../lesson/types.ts';
import { createLessonMachine, type LessonInput } from './lessonMachine.ts';

export type LessonMachine = ReturnType<typeof createLessonMachine>;
export type LessonSnapshot = SnapshotFrom<LessonMachine>;

/**
 * Starts nothing: call `.start()` on the returned actor (or use it with `useActorRef`). Given a
 * persisted snapshot (`actor.getPersistedSnapshot()`, plain JSON), the run resumes where it was.
 */
export function createLessonActor(
  lesson: Pick<CompiledLesson, 'machine' | 'units'>,
  input: LessonInput,
  snapshot?: Snapshot<unknown>,
) {
  return createActor(createLessonMachine(lesson), { input, ...(snapshot ? { snapshot } : {}) });
}

/** The step or question the learner is on, or `undefined` once the lesson is over. */
export function currentUnit(snapshot: LessonSnapshot): Unit | undefined {
  const id = snapshot.context.current;
  return id ? snapshot.context.units[id] : undefined;
}
