/**
 * Whether the page's React is running: `false` in the HTML rendered at build time and while that
 * HTML is hydrated, `true` from the next render on. A control that only works with the app's
 * code (a mode button) is disabled until then, rather than swallowing a click on a slow computer.
 */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** `true` once the page runs (never during the build-time render or the hydration). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
