/**
 * A polite live region that tells screen-reader users about each new step without moving their
 * focus (they may be typing in the site).
 */
import { useEffect, useRef } from 'react';

/** Announces `message` each time it changes (also once after mounting). */
export function StepAnnouncer({ message }: { message: string }) {
  const region = useRef<HTMLDivElement>(null);
  // Written into the DOM after mounting: a live region announces changes, not what it holds when
  // it appears. React renders the region empty and leaves its text to this effect.
  useEffect(() => {
    if (region.current) region.current.textContent = message;
  }, [message]);
  return <div ref={region} className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" />;
}
