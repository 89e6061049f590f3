/**
 * Asks before the browser's Back leaves a lesson run. While `active`, a guard entry (the same
 * address) sits on top of the browser's history: Back only steps off it, and the page asks.
 * Staying puts the guard back; leaving goes back for real. When the run ends or the page goes,
 * the guard is taken away, so no extra entry is left for Back to stumble on.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** What `useLeaveGuard` gives the page. */
export interface LeaveGuard {
  /** The learner pressed the browser's Back: show the question. */
  asking: boolean;
  /** Stay on the page: the guard is put back. */
  stay(): void;
  /** Go back for real (or to `onNoPrevious` when the lesson was the first page of the tab). */
  leave(): void;
}

export interface LeaveGuardOptions {
  /** Where to go when leaving and there is no page before (default: nowhere, the browser stays). */
  onNoPrevious?(): void;
}

/** The key of the guard entry's `history.state`; its value says whether there was no page before. */
const guardKey = 'pasAPasLeaveGuard';

type GuardState = Record<string, unknown> & { [guardKey]?: { first: boolean } };

const stateOf = (): GuardState =>
  typeof history.state === 'object' && history.state !== null ? (history.state as GuardState) : {};
const onGuard = () => stateOf()[guardKey] !== undefined;

/** Pushes a guard entry for the current address (keeping the entry's own state). */
function pushGuard(first: boolean) {
  history.pushState({ ...stateOf(), [guardKey]: { first } }, '', location.href);
}

/**
 * Takes the guard away: steps back off it when it is on top. When the app opened a page on top
 * of it (a link of the header: `covered`), steps back onto it and turns it into that page, so
 * Back from there does not land on a copy of the lesson. (A capturing listener runs before the
 * router's, which so never sees the lesson's address again.)
 */
function releaseGuard(covered: boolean) {
  if (onGuard()) return history.back();
  if (!covered) return; // replaced by another page (after a wipe): nothing is left of it
  const { href } = location;
  const state: unknown = history.state;
  addEventListener('popstate', () => history.replaceState(state, '', href), { capture: true, once: true });
  history.back();
}

/** What the hook keeps between renders and events. */
interface GuardProgress {
  /** On the guard, on the page under it (asked), or leaving. */
  where: 'guard' | 'asked' | 'leaving';
  /**
   * Which arming is current: a release waits a microtask and gives up if the guard was armed
   * again meanwhile (StrictMode mounts effects twice).
   */
  arming: number;
  /** The lesson was the tab's first page: there is nothing to go back to. */
  first: boolean;
  /** The history's length with the guard on top: a page pushed on top of it makes it longer. */
  length: number;
}

/** Guards the browser's Back while `active` (a lesson run in progress). */
export function useLeaveGuard(active: boolean, { onNoPrevious }: LeaveGuardOptions = {}): LeaveGuard {
  const [asking, setAsking] = useState(false);
  const guard = useRef<GuardProgress>({ where: 'guard', arming: 0, first: false, length: 0 });

  useEffect(() => {
    if (!active) return;
    const g = guard.current;
    const armed = ++g.arming;
    // A guard already there (StrictMode's second mount, a reload) is taken over, not doubled.
    if (onGuard()) g.first = stateOf()[guardKey]?.first ?? false;
    else {
      g.first = history.length <= 1;
      pushGuard(g.first);
    }
    g.where = 'guard';
    g.length = history.length;
    const onPopState = () => {
      if (onGuard()) {
        // Forward onto the guard again: the question is moot.
        if (g.where === 'asked') {
          g.where = 'guard';
          setAsking(false);
        }
      } else if (g.where === 'guard') {
        g.where = 'asked';
        setAsking(true);
      }
    };
    addEventListener('popstate', onPopState);
    return () => {
      removeEventListener('popstate', onPopState);
      queueMicrotask(() => {
        if (g.arming === armed && g.where === 'guard') releaseGuard(history.length > g.length);
      });
    };
  }, [active]);

  const stay = useCallback(() => {
    const g = guard.current;
    if (g.where !== 'asked') return;
    pushGuard(g.first);
    g.where = 'guard';
    g.length = history.length;
    setAsking(false);
  }, []);

  const leave = useCallback(() => {
    const g = guard.current;
    if (g.where !== 'asked') return;
    g.where = 'leaving';
    setAsking(false);
    if (g.first && onNoPrevious) onNoPrevious();
    else history.back();
  }, [onNoPrevious]);

  return { asking: asking && active, stay, leave };
}
