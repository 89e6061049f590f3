/**
 * A lesson run in progress, as the player hands it out to be kept (and takes it back on reload):
 * the lesson actor's persisted snapshot (without the lesson's units, which come from the lesson),
 * the practice world, what each site keeps of its state, and the tab in front. Plain JSON.
 */
import type { Mode } from '../lesson/types.ts';
import type { PracticeWorld } from '../lesson/world.ts';

export interface RunState {
  /** The mode chosen on the start screen (the actor's own mode is in the snapshot). */
  mode: Mode;
  /** When the run started (ms since the epoch). */
  startedAt: number;
  /** `actor.getPersistedSnapshot()`, its context without `units`. */
  snapshot: Record<string, unknown>;
  world: PracticeWorld;
  /** What the sites keep (`useSiteReducer`), by key (`caf.navigation`). */
  sites: Record<string, unknown>;
  /** The site whose tab is in front. */
  tab: string;
  /** The step or question the learner is on, for the « Reprendre » entry. */
  current: string | null;
}
