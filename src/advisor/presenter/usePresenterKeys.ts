/**
 * The presenter's keyboard: → and Space go on, ← goes back, P opens the projector. Keys typed in
 * a field, or with a modifier, are left alone; Space on a focused button or link presses it as usual.
 */
import { useEffect } from 'react';

/** What the keys do. */
export interface PresenterKeyActions {
  next(): void;
  back(): void;
  projector(): void;
}

const typing = 'input, textarea, select, [contenteditable="true"]';
const pressable = 'button, a[href], summary, [role="button"]';

/** Listens to the page's keys while the presenter view is shown. */
export function usePresenterKeys(actions: PresenterKeyActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(typing)) return;
      if (event.key === 'ArrowRight' || (event.key === ' ' && !target?.closest(pressable))) {
        event.preventDefault();
        actions.next();
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault();
        actions.back();
      } else if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        actions.projector();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [actions]);
}
