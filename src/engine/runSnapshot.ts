/**
 * A lesson actor's persisted snapshot, to keep a run in progress and take it up again: without
 * the lesson's units (they come back from the lesson), checked when it is restored.
 */
import type { Snapshot } from 'xstate';
import type { CompiledLesson } from '../lesson/types.ts';
import type { ActorRefFrom } from 'xstate';
import { createLessonActor, type LessonMachine } from './createLessonActor.ts';
import type { LessonInput } from './lessonMachine.ts';

type Persisted = Record<string, unknown> & { context?: Record<string, unknown> };

/** The actor's persisted snapshot, as plain JSON without `context.units`. */
export function keptSnapshot(actor: ActorRefFrom<LessonMachine>): Record<string, unknown> {
  const persisted = actor.getPersistedSnapshot() as Persisted;
  const context = { ...persisted.context };
  delete context.units;
  return JSON.parse(JSON.stringify({ ...persisted, context })) as Record<string, unknown>;
}

/**
 * The snapshot to restore `kept` into a lesson actor, units put back; throws (with what is wrong)
 * when it does not fit the lesson any more: a state or a unit it does not have.
 */
export function restoredSnapshot(
  lesson: Pick<CompiledLesson, 'machine' | 'units'>,
  kept: Record<string, unknown>,
  input: LessonInput,
): Snapshot<unknown> {
  const context = (kept as Persisted).context ?? {};
  const units = Object.fromEntries(lesson.units.map((u) => [u.id, u]));
  const snapshot = { ...kept, context: { ...context, units } } as unknown as Snapshot<unknown>;
  const current = context.current;
  if (current !== null && (typeof current !== 'string' || !lesson.units.some((u) => u.id === current)))
    throw new Error(`The kept run is on a step this lesson does not have (${String(current)}).`);
  // Restoring in a throwaway actor checks the state names against the machine.
  const probe = createLessonActor(lesson, input, snapshot);
  probe.start();
  const status = probe.getSnapshot().status;
  probe.stop();
  if (status === 'error') throw new Error('The kept run does not fit this lesson any more.');
  return snapshot;
}
