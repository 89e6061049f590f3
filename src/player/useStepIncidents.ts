/**
 * Switches on, in the practice world, the incident of each step as it becomes the current one
 * (`StepData.incident`), and not before: the site then plays it (`useIncident`). A run taken up
 * again keeps its world as it was: the incident of the step it resumes on was switched on (or
 * already played) before the reload.
 */
import { useEffect } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { LessonMachine } from '../engine/createLessonActor.ts';
import { incidentOf, withIncident } from '../lesson/incidents.ts';
import type { Unit } from '../lesson/types.ts';
import type { PracticeWorld } from '../lesson/world.ts';

export function useStepIncidents(
  actor: ActorRefFrom<LessonMachine>,
  units: readonly Unit[],
  updateWorld: (change: (world: PracticeWorld) => PracticeWorld) => void,
  resumed: boolean,
) {
  useEffect(() => {
    const switchOn = (unitId: string | null) => {
      const incident = incidentOf(units.find((u) => u.id === unitId));
      if (incident) updateWorld((w) => withIncident(w, incident));
    };
    let current = actor.getSnapshot().context.current;
    // A fresh run starts on its first unit before this effect: its incident is switched on now.
    if (!resumed) switchOn(current);
    const subscription = actor.subscribe((snapshot) => {
      if (snapshot.context.current === current) return;
      current = snapshot.context.current;
      switchOn(current);
    });
    return () => subscription.unsubscribe();
  }, [actor, units, updateWorld, resumed]);
}
