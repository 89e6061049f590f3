/**
 * `useReducer` for the state a site keeps across a reload (where the learner is, what they
 * declared): it starts from what the player restored, when that passes the site's schema, and
 * hands every new state to the player to keep with the run (`SiteBridgeValue.memory`).
 */
import { useEffect, useReducer, type Dispatch } from 'react';
import type { ZodMiniType } from 'zod/mini';
import { useSiteBridge } from './SiteBridge.tsx';

/**
 * Like `useReducer(reducer, undefined, init)`, kept under `key` (`caf.navigation`). A restored
 * state that fails `schema` is dropped for `init()`: a damaged store never breaks the site.
 */
export function useSiteReducer<S, A>(
  key: string,
  reducer: (state: S, action: A) => S,
  init: () => S,
  schema: ZodMiniType<S>,
): [S, Dispatch<A>] {
  const { memory } = useSiteBridge();
  const [state, dispatch] = useReducer(reducer, undefined, () => {
    const restored = memory?.read(key);
    if (restored === undefined) return init();
    const parsed = schema.safeParse(restored);
    return parsed.success ? parsed.data : init();
  });
  useEffect(() => memory?.write(key, state), [memory, key, state]);
  return [state, dispatch];
}
