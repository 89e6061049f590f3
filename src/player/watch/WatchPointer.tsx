/**
 * The arrow Watch mode moves over the practice site (decorative: the guide says the same in words).
 * Under reduced motion it jumps to its place: no transition.
 */
import { useTravelMs, type PointerState } from './useWatchPointer.ts';

export function WatchPointer({ pointer, travelMs }: { pointer: PointerState; travelMs: number }) {
  const duration = useTravelMs(travelMs);
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
