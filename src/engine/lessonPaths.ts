/**
 * Every path through a lesson, from XState's graph utilities: for each state, the events a
 * learner who does the right thing can send. Model-based tests replay them through the sites.
 */
import { getSimplePaths } from 'xstate/graph';
import { demoValue, parseExpect } from '../lesson/expect.ts';
import type { CompiledLesson, Persona, Unit } from '../lesson/types.ts';
import type { PracticeWorld } from '../lesson/world.ts';
import { createLessonMachine, type LessonEvent } from './lessonMachine.ts';
import type { LessonSnapshot } from './createLessonActor.ts';

/** The right events for a unit: one per value that fits (every option of a free `choose`, as the compiler copied them from the registry). */
export function rightEvents(unit: Unit, persona: Persona, world: PracticeWorld): LessonEvent[] {
  if (unit.kind === 'question') {
    const correct = unit.answers.filter((a) => a.correct);
    return (correct.length > 0 ? correct : unit.answers).map((a) => ({ type: 'ANSWER', value: a.value }));
  }
  const { action, target } = unit;
  if (action === 'click' || action === 'check') return [{ type: 'SITE', action, target }];
  const expect = unit.expect ? parseExpect(unit.expect) : undefined;
  const value = unit.value ?? (expect ? demoValue(expect, persona, world) : undefined);
  if (value !== undefined) return [{ type: 'SITE', action, target, value }];
  return (unit.options ?? []).map((option) => ({ type: 'SITE', action, target, value: option }));
}

/** A step of a path: the unit the learner is on and the event that completes it. */
export interface PathStep {
  unit: Unit;
  event: LessonEvent;
}

/** Every simple path from the start to the end of the lesson, for this persona. */
export function lessonPaths(
  lesson: Pick<CompiledLesson, 'machine' | 'units' | 'persona'>,
  world: PracticeWorld,
): PathStep[][] {
  const machine = createLessonMachine(lesson);
  const input = { mode: 'guided' as const, persona: lesson.persona, world, startedAt: 0 };
  const unitOf = (snapshot: LessonSnapshot) =>
    snapshot.context.current ? snapshot.context.units[snapshot.context.current] : undefined;
  const paths = getSimplePaths(machine, {
    input,
    events: (snapshot) => {
      const unit = unitOf(snapshot);
      return unit ? rightEvents(unit, lesson.persona, world) : [];
    },
    serializeState: (snapshot) =>
      JSON.stringify([snapshot.value, snapshot.context.answers, snapshot.context.siteValues]),
    toState: (snapshot) => snapshot.status === 'done',
  });
  return paths.map((path) => {
    const steps: PathStep[] = [];
    let previous: LessonSnapshot | undefined;
    for (const step of path.steps) {
      const unit = previous ? unitOf(previous) : undefined;
      if (unit) steps.push({ unit, event: step.event });
      previous = step.state;
    }
    return steps;
  });
}
