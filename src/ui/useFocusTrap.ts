/**
 * Keeps keyboard focus inside a modal part of the screen (the app's dialogs, the practice
 * browser's « Ouvrir » dialog and document viewer): focus moves in on mount, Tab and Shift+Tab
 * stay inside, Escape calls `onEscape`, and on unmount focus returns to the element that had it
 * (the button that opened it). No dependency but React, so every layer may use it.
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Options of `useFocusTrap`. */
export interface FocusTrapOptions {
  /** Picks the element focused on mount (default: the first focusable one, else the box). */
  initial?: () => HTMLElement | null | undefined;
  /**
   * (default: `true`) On unmount, give the focus back to the element that had it on mount, after a
   * microtask (so the page can re-render first) and only if it is still on the page. `false` when
   * the caller gives it back itself (a modal dialog, which must first make the page usable again).
   */
  returnFocus?: boolean;
}

/** The `onKeyDown` handler to put on `box`. */
export function useFocusTrap(
  box: RefObject<HTMLElement | null>,
  onEscape: () => void,
  { initial, returnFocus = true }: FocusTrapOptions = {},
) {
  const opener = useRef<HTMLElement | null>(null);
  const returnFocusRef = useRef(returnFocus);
  useLayoutEffect(() => {
    if (!returnFocusRef.current) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      const back = opener.current;
      // After the dialog has left the page (a microtask), so the site can re-render first.
      queueMicrotask(() => {
        if (back?.isConnected) back.focus();
      });
    };
  }, []);
  const initialRef = useRef(initial);
  useEffect(() => {
    const first = initialRef.current?.() ?? box.current?.querySelector<HTMLElement>(focusable) ?? box.current;
    first?.focus();
  }, [box]);

  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(focusable)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return event.preventDefault();
    if (event.shiftKey && (document.activeElement === first || !box.current.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
}
