/**
 * `useSiteReducer` for a part of the site that comes and goes (the update, the documents): the
 * site root renders it only on its pages, and reads its state for its flags while it is away.
 * So its latest state is also kept by run (the run's memory, or its clock when the bridge has no
 * memory, as in a test), readable from anywhere with `useKeptState`; and when the learner leaves
 * it, `leave` is applied, so that coming back starts where the real site does.
 */
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore, type Dispatch } from 'react';
import type { ZodMiniType } from 'zod/mini';
import { useSiteBridge, type SiteBridgeValue } from '../../framework/SiteBridge.tsx';
import { useSiteReducer } from '../../framework/useSiteReducer.ts';

const kept = new WeakMap<object, Map<string, unknown>>();
const listeners = new Set<() => void>();

/** The run a bridge belongs to: its memory, or its practice clock (one object per run). */
const runOf = (bridge: SiteBridgeValue): object => bridge.memory ?? bridge.world.clock;

function keep(run: object, key: string, state: unknown) {
  const states = kept.get(run) ?? new Map<string, unknown>();
  states.set(key, state);
  kept.set(run, states);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Like `useSiteReducer(key, reducer, init, schema)`; `leave` is applied when the component goes away. */
export function useKeptReducer<S, A>(
  key: string,
  reducer: (state: S, action: A) => S,
  init: () => S,
  schema: ZodMiniType<S>,
  leave: A,
): [S, Dispatch<A>] {
  const bridge = useSiteBridge();
  const run = runOf(bridge);
  const { memory } = bridge;
  const [state, dispatch] = useSiteReducer(
    key,
    reducer,
    () => {
      const parsed = schema.safeParse(kept.get(run)?.get(key));
      return parsed.success ? parsed.data : init();
    },
    schema,
  );
  useEffect(() => keep(run, key, state), [run, key, state]);
  const latest = useRef({ state, reducer, leave });
  useLayoutEffect(() => {
    latest.current = { state, reducer, leave };
  });
  useEffect(
    () => () => {
      const { state: last, reducer: reduce, leave: action } = latest.current;
      const left = reduce(last, action);
      memory?.write(key, left);
      keep(run, key, left);
    },
    [run, memory, key],
  );
  return [state, dispatch];
}

/** The state last kept under `key` in this run (`undefined` before any), updated as it changes. */
export function useKeptState(key: string): unknown {
  const bridge = useSiteBridge();
  const run = runOf(bridge);
  const { memory } = bridge;
  return useSyncExternalStore(subscribe, () => kept.get(run)?.get(key) ?? memory?.read(key));
}
