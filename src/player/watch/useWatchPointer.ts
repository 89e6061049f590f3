/**
 * The pointer of Watch mode: a visible arrow that glides to the element a step acts on, so the
 * learner sees where things happen before they happen. Motion is skipped when the learner asks
 * for reduced motion.
 */
import { useCallback, useState, type RefObject } from 'react';

export interface PointerState {
  x: number;
  y: number;
  visible: boolean;
}

/** How long the pointer travels (default: 900 ms; 0 for tests and reduced motion). */
export const defaultTravelMs = 900;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/** The pointer's position inside `container`, and `moveTo(element)` which resolves on arrival. */
export function useWatchPointer(container: RefObject<HTMLElement | null>, travelMs = defaultTravelMs) {
  const [pointer, setPointer] = useState<PointerState>({ x: 24, y: 24, visible: false });
  const moveTo = useCallback(
    async (element: Element | null) => {
      const box = container.current?.getBoundingClientRect();
      const target = element?.getBoundingClientRect();
      if (box && target) {
        element?.scrollIntoView?.({ block: 'center' });
        const moved = element?.getBoundingClientRect() ?? target;
        setPointer({ x: moved.left - box.left + Math.min(moved.width / 2, 40), y: moved.top - box.top + moved.height / 2, visible: true });
      }
      await wait(reducedMotion() ? 0 : travelMs);
    },
    [container, travelMs],
  );
  return { pointer, moveTo, travelMs };
}
