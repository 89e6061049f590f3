/**
 * Incidents a lesson switches on at a step (`<Step incident="france-travail.session-expiree">`):
 * the practice world lists those on and not yet played; the site plays one and clears it
 * (`useIncident`).
 */
import type { Unit } from './types.ts';
import type { PracticeWorld } from './world.ts';

/** The world with `incident` (qualified: `<site>.<incident>`) switched on; the same world when it already is. */
export function withIncident(world: PracticeWorld, incident: string): PracticeWorld {
  const on = world.incidents ?? [];
  return on.includes(incident) ? world : { ...world, incidents: [...on, incident] };
}

/** The world without `incident`: the site played it. */
export function withoutIncident(world: PracticeWorld, incident: string): PracticeWorld {
  const on = world.incidents ?? [];
  return on.includes(incident) ? { ...world, incidents: on.filter((i) => i !== incident) } : world;
}

/** The incident `unit` switches on when it becomes the current one, if any. */
export function incidentOf(unit: Unit | undefined): string | undefined {
  return unit?.kind === 'step' ? unit.incident : undefined;
}
