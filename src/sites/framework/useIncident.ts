/**
 * How a site plays an incident a lesson switched on (`<Step incident="france-travail.session-expiree">`):
 * the player puts the qualified id in `world.incidents` when that step is reached; the site reads it
 * here, plays it (the session has expired, the upload is refused) and clears it once the learner
 * met it, so that it happens once.
 */
import { useCallback } from 'react';
import { withoutIncident } from '../../lesson/incidents.ts';
import { useSiteBridge } from './SiteBridge.tsx';

/** Whether incident `id` (qualified: `<site>.<incident>`) is on, and `clear()` once the site played it. */
export function useIncident(id: string): { active: boolean; clear(): void } {
  const { world, updateWorld } = useSiteBridge();
  const active = (world.incidents ?? []).includes(id);
  const clear = useCallback(() => updateWorld((w) => withoutIncident(w, id)), [updateWorld, id]);
  return { active, clear };
}
