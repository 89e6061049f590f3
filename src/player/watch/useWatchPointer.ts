/**
 * The pointer of Watch mode: a visible arrow that glides to the element a step acts on, so the
 * learner sees where things happen before they happen. When the learner asks for reduced motion
 * (`prefers-reduced-motion: reduce`), the pointer jumps there at once: no travel, no waiting.
 */
import { useCallback, useState, useSyncExternalStore, type RefObject } from 'react';

export interface PointerState {
  x: number;
  y: number;
  visible: boolean;
}

/** How long the pointer travels (default: 900 ms; 0 for tests and reduced motion). */
export const defaultTravelMs = 900;

const reducedMotionQuery = '(prefers-reduced-motion: reduce)';

/** The media query list of reduced motion, where the browser has one (jsdom has none). */
const reducedMotionList = () => (typeof window === 'undefined' ? undefined : window.matchMedia?.(reducedMotionQuery));

function subscribeToReducedMotion(onChange: () => void) {
  const list = reducedMotionList();
  list?.addEventListener?.('change', onChange);
  return () => list?.removeEventListener?.('change', onChange);
}

const prefersReducedMotion = () => reducedMotionList()?.matches === true;

/**
 * How long the pointer travels: `travelMs`, or 0 while the learner asks for reduced motion
 * (followed live: the setting can change while the page is open).
 */
export function useTravelMs(travelMs: number): number {
  const reduced = useSyncExternalStore(subscribeToReducedMotion, prefersReducedMotion, () => false);
  return reduced ? 0 : travelMs;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The pointer's position inside `container`, `moveTo(element)` which resolves on arrival, and
 * the travel time it uses (0 under reduced motion).
 */
export function useWatchPointer(container: RefObject<HTMLElement | null>, travelMs = defaultTravelMs) {
  const [pointer, setPointer] = useState<PointerState>({ x: 24, y: 24, visible: false });
  const travel = useTravelMs(travelMs);
  const moveTo = useCallback(
    async (element: Element | null) => {
      const box = container.current?.getBoundingClientRect();
      const target = element?.getBoundingClientRect();
      if (box && target) {
        element?.scrollIntoView?.({ block: 'center' });
        const moved = element?.getBoundingClientRect() ?? target;
        setPointer({
          x: moved.left - box.left + Math.min(moved.width / 2, 40),
          y: moved.top - box.top + moved.height / 2,
          visible: true,
        });
      }
      if (travel > 0) await wait(travel);
    },
    [container, travel],
  );
  return { pointer, moveTo, travelMs: travel };
}
