/**
 * The pointer of Watch mode: a visible arrow that glides to the element a step acts on, so the
 * learner sees where things happen before they happen. When the learner asks for reduced motion
 * (`prefers-reduced-motion: reduce`), the pointer jumps there at once: no travel, no waiting.
 * Once there it stays on its element as the page (or a part of it) scrolls or the window is
 * resized: those corrections are immediate, never a glide.
 */
import { useCallback, useState, useSyncExternalStore, type RefObject } from 'react';
import { useElementBox } from '../useElementBox.ts';

/** Where the pointer's tip is, inside the practice browser. */
export interface PointerState {
  x: number;
  y: number;
  visible: boolean;
  /**
   * Whether a change of place is a glide to a new element (default: true); `false` for the
   * corrections that keep it on its element after a scroll or a resize, which are immediate.
   */
  glide?: boolean;
}

const hidden: PointerState = { x: 24, y: 24, visible: false };

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
 * The pointer's position inside `container` (the positioned practice browser), `moveTo(element)`
 * which brings the element into view, sends the pointer there and resolves on arrival, and the
 * travel time it uses (0 under reduced motion). The pointer then follows its element.
 */
export function useWatchPointer(container: RefObject<HTMLElement | null>, travelMs = defaultTravelMs) {
  const travel = useTravelMs(travelMs);
  const [aim, setAim] = useState<{ element: Element | null; gliding: boolean }>({ element: null, gliding: false });
  const box = useElementBox(container, aim.element);
  const pointer: PointerState = box
    ? { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2, visible: true, glide: aim.gliding }
    : hidden;
  const moveTo = useCallback(
    async (element: Element | null) => {
      if (element && container.current) {
        element.scrollIntoView?.({ block: 'center' });
        setAim({ element, gliding: true });
      }
      if (travel > 0) await wait(travel);
      // Arrived: from now on, moves only keep it on its element.
      setAim((current) => (current.element === element && current.gliding ? { element, gliding: false } : current));
    },
    [container, travel],
  );
  return { pointer, moveTo, travelMs: travel };
}
