/**
 * The arrow Watch mode moves over the practice site (decorative: the guide says the same in words).
 * It glides to a new element, except under reduced motion; the corrections that keep it on its
 * element after a scroll or a resize are immediate.
 */
import { useTravelMs, type PointerState } from './useWatchPointer.ts';

/** Draws `pointer` inside the practice browser, gliding for `travelMs` (0 under reduced motion). */
export function WatchPointer({ pointer, travelMs }: { pointer: PointerState; travelMs: number }) {
  const travel = useTravelMs(travelMs);
  const duration = pointer.glide === false ? 0 : travel;
  if (!pointer.visible) return null;
  return (
    <svg
      className="watch-pointer"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      style={{ transform: `translate(${pointer.x}px, ${pointer.y}px)`, transitionDuration: `${duration}ms` }}
    >
      <path
        d="M3 2 L3 19 L8 14.5 L11.5 22 L14.5 20.6 L11 13.3 L18 13.3 Z"
        fill="#111"
        stroke="#fff"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
