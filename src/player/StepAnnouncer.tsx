/**
 * A polite live region that tells screen-reader users about each new step without moving their
 * focus (they may be typing in the site).
 */
import { useEffect, useState } from 'react';

/** Announces `message` each time it changes (also once after mounting). */
export function StepAnnouncer({ message }: { message: string }) {
  const [spoken, setSpoken] = useState('');
  // Set after mounting: a live region announces changes, not what it holds when it appears.
  useEffect(() => setSpoken(message), [message]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {spoken}
    </div>
  );
}
