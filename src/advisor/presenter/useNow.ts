/** The current time, refreshed every `everyMs` (default: 1 second), for the timers. */
import { useEffect, useState } from 'react';

/** `Date.now()`, re-read every `everyMs`. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
