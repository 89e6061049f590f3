/**
 * Watches the page for activity (pointer, keys, touch, scroll, wheel, focus) and runs the
 * inactivity timer: React state for the warning, the wipe at zero.
 */
import { useEffect, useRef, useState } from 'react';
import {
  createInactivityTimer,
  type InactivityClock,
  type InactivityPhase,
  type InactivityTimer,
} from './inactivityTimer.ts';

/** Events that count as someone being there. */
export const activityEvents = [
  'pointerdown',
  'pointermove',
  'keydown',
  'touchstart',
  'wheel',
  'scroll',
  'focusin',
] as const;

/** Options of `useInactivity`. */
export interface UseInactivityOptions {
  /** Minutes without activity before the warning. */
  minutes: number;
  /** Seconds of the warning's countdown (default: 60). */
  warningSeconds?: number;
  /** Start counting at the first activity (default: false). Read when the hook mounts. */
  waitForActivity?: boolean;
  /** Called when the countdown reaches zero. */
  onExpire(): void;
  /** Clock and timers (default: the global ones). */
  clock?: InactivityClock;
}

/** The warning's state, and the learner's answer to it. */
export interface Inactivity {
  /** Seconds left before the wipe while the warning shows, else `undefined`. */
  secondsLeft: number | undefined;
  /** « Je suis encore là ». */
  stillHere(): void;
}

/** Runs the inactivity timer while the calling component is mounted. */
export function useInactivity({
  minutes,
  warningSeconds = 60,
  waitForActivity = false,
  onExpire,
  clock,
}: UseInactivityOptions): Inactivity {
  const [state, setState] = useState<InactivityPhase>({ phase: 'waiting' });
  const timer = useRef<InactivityTimer | undefined>(undefined);
  const expire = useRef(onExpire);
  const wait = useRef(waitForActivity);
  useEffect(() => {
    expire.current = onExpire;
  });

  useEffect(() => {
    const current = createInactivityTimer({
      idleMs: minutes * 60_000,
      warningMs: warningSeconds * 1000,
      waitForActivity: wait.current,
      onChange: setState,
      onExpire: () => expire.current(),
      ...(clock ? { clock } : {}),
    });
    timer.current = current;
    const onActivity = () => {
      wait.current = false; // someone came: a later restart (a new delay) counts at once
      current.activity();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') current.check();
    };
    const listen = { capture: true, passive: true } as const;
    for (const type of activityEvents) window.addEventListener(type, onActivity, listen);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      current.dispose();
      for (const type of activityEvents) window.removeEventListener(type, onActivity, listen);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [minutes, warningSeconds, clock]);

  return {
    secondsLeft: state.phase === 'warning' ? state.secondsLeft : undefined,
    stillHere: () => timer.current?.stillHere(),
  };
}
