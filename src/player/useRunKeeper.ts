/**
 * Hands the run in progress to `onSave` after each change (a new step, a new world, a site's
 * state, another tab), at most once per task, so that a reload takes it up where it was; and
 * gives the sites their memory (`useSiteReducer`), starting from what was kept.
 */
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { LessonMachine } from '../engine/createLessonActor.ts';
import { keptSnapshot } from '../engine/runSnapshot.ts';
import type { Mode } from '../lesson/types.ts';
import type { PracticeWorld } from '../lesson/world.ts';
import type { SiteMemory } from '../sites/framework/SiteBridge.tsx';
import type { RunState } from './runState.ts';

export interface RunKeeperOptions {
  actor: ActorRefFrom<LessonMachine>;
  resume: RunState | undefined;
  onSave: ((run: RunState) => void) | undefined;
  chosenMode: Mode;
  startedAt: number;
  worldRef: RefObject<PracticeWorld>;
  tab: string;
}

/** Keeps the run with `onSave`; returns the sites' memory. */
export function useRunKeeper({ actor, resume, onSave, chosenMode, startedAt, worldRef, tab }: RunKeeperOptions) {
  const sites = useRef<Record<string, unknown>>({ ...resume?.sites });
  const tabRef = useRef(tab);
  const pending = useRef(false);
  const save = useCallback(() => {
    if (!onSave || pending.current) return;
    pending.current = true;
    queueMicrotask(() => {
      pending.current = false;
      const snapshot = actor.getSnapshot();
      // A finished run is recorded, not kept.
      if (snapshot.status !== 'active') return;
      onSave({
        mode: chosenMode,
        startedAt,
        snapshot: keptSnapshot(actor),
        world: worldRef.current,
        sites: { ...sites.current },
        tab: tabRef.current,
        current: snapshot.context.current,
      });
    });
  }, [actor, onSave, chosenMode, startedAt, worldRef]);
  useEffect(() => {
    const subscription = actor.subscribe(() => save());
    return () => subscription.unsubscribe();
  }, [actor, save]);
  useEffect(() => {
    tabRef.current = tab;
    save();
  }, [tab, save]);
  return useMemo<SiteMemory>(
    () => ({
      read: (key) => sites.current[key],
      write: (key, value) => {
        sites.current[key] = value;
        save();
      },
    }),
    [save],
  );
}
