/**
 * Props for a `<select>` that is a lesson target: it reports `choose` when the learner commits a
 * value, not at each option passed. A pick with the pointer (or in the list's pop-up) commits at
 * once; after moving through the options with the keyboard (arrows, Home, End, typing a letter:
 * the browser changes the value and fires `change` at each), the value is committed by Enter, by
 * leaving the list, or by sending its form. So browsing a list is never a mistake.
 */
import { useRef, type ChangeEvent, type FocusEvent, type KeyboardEvent } from 'react';
import type { TargetId } from '../../lesson/types.ts';
import { useSiteBridge } from './SiteBridge.tsx';

const browsingKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** Whether a key moves through a closed list's options (Alt+arrows and Space open it instead). */
function browses(event: KeyboardEvent) {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  return browsingKeys.has(event.key) || (event.key.length === 1 && event.key !== ' ');
}

/**
 * Spread on the `<select>`; `onValue` receives every value it shows (a controlled select follows
 * it), committed or not.
 */
export function useChooseTarget(target: TargetId, onValue?: (value: string) => void) {
  const { emit } = useSiteBridge();
  const last = useRef<string | null>(null);
  // The next change comes from the keyboard: the learner is browsing, not choosing yet.
  const browsing = useRef(false);
  // A value reached by browsing, not committed yet.
  const pending = useRef(false);

  const commit = (select: HTMLSelectElement) => {
    browsing.current = false;
    pending.current = false;
    const value = select.value;
    if (value === '' || value === last.current) return;
    last.current = value;
    emit({ action: 'choose', target, value });
  };
  const commitPending = (select: HTMLSelectElement) => {
    if (pending.current) commit(select);
  };

  return {
    'data-target': target,
    onChange: (event: ChangeEvent<HTMLSelectElement>) => {
      const select = event.currentTarget;
      onValue?.(select.value);
      if (!browsing.current) return commit(select);
      // Sending the form (a click that does not take the focus) commits too, before the site's handler.
      if (!pending.current) select.form?.addEventListener('submit', () => commitPending(select), { once: true });
      pending.current = true;
    },
    onKeyDown: (event: KeyboardEvent<HTMLSelectElement>) => {
      if (event.key === 'Enter') commitPending(event.currentTarget);
      else if (browses(event)) browsing.current = true;
    },
    onPointerDown: () => {
      browsing.current = false;
    },
    onBlur: (event: FocusEvent<HTMLSelectElement>) => {
      commitPending(event.currentTarget);
      browsing.current = false;
    },
  };
}
