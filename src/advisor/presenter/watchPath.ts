/**
 * The units a lesson's « Je regarde » run goes through for its persona, in order: the lesson
 * machine fed with the right event of each unit, as the demonstration does (a branch on the
 * persona or on a value the demonstration types goes the same way). Where the walk cannot go on
 * (a value only the running sites know), every unit in document order instead.
 */
import { createActor } from 'xstate';
import { createLessonMachine } from '../../engine/lessonMachine.ts';
import { rightEvents } from '../../engine/lessonPaths.ts';
import type { CompiledLesson } from '../../lesson/types.ts';
import { createWorld } from '../../lesson/world.ts';

/** The indexes in `lesson.units` of the units the Watch run goes through, in order. */
export function watchPath(lesson: Pick<CompiledLesson, 'machine' | 'units' | 'persona'>): number[] {
  const everyUnit = lesson.units.map((_, index) => index);
  // The one-time code the sites send is not known here: any code stands for it.
  const world = { ...createWorld(0), otp: '000000' };
  const actor = createActor(createLessonMachine(lesson), {
    input: { mode: 'watch', persona: lesson.persona, world, startedAt: 0 },
  });
  actor.start();
  const path: number[] = [];
  try {
    for (let walked = 0; walked <= lesson.units.length; walked += 1) {
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'done') return path;
      const index = lesson.units.findIndex((unit) => unit.id === snapshot.context.current);
      const unit = lesson.units[index];
      const [event] = unit ? rightEvents(unit, lesson.persona, world) : [];
      if (!unit || !event) return everyUnit;
      path.push(index);
      actor.send({ ...event, at: 0 });
      const after = actor.getSnapshot();
      if (after.status !== 'done' && after.context.current === unit.id) return everyUnit;
    }
    return everyUnit;
  } finally {
    actor.stop();
  }
}
