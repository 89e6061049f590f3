/**
 * The presenter's keyboard: → and Space go on, ← goes back, P opens the projector. Keys typed in
 * a field, or with a modifier, are left alone; Space on a focused button or link presses it as usual.
 */
import { useLayoutEffect, useRef } from 'react';

/** What the keys do. */
export interface PresenterKeyActions {
  next(): void;
  back(): void;
  projector(): void;
}

const typing = 'input, textarea, select, [contenteditable="true"]';
const pressable = 'button, a[href], summary, [role="button"]';

/**
 * Listens to the page's keys while the presenter view is shown: from the moment it is on screen
 * (a layout effect, so that a key pressed as soon as the page shows is heard, even on a busy
 * computer), with the latest `actions`.
 */
export function usePresenterKeys(actions: PresenterKeyActions): void {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(typing)) return;
      if (event.key === 'ArrowRight' || (event.key === ' ' && !target?.closest(pressable))) {
        event.preventDefault();
        latest.current.next();
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault();
        latest.current.back();
      } else if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        latest.current.projector();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
