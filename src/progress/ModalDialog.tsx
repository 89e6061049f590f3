/**
 * A modal dialog: the rest of the page is made inert, focus moves in, Tab and Shift+Tab stay
 * inside, Escape cancels, and on close focus returns where it was. Render it only while open.
 * (A hand-made dialog rather than `<dialog>`, whose `showModal()` jsdom lacks.)
 */
import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useFocusTrap } from '../ui/useFocusTrap.ts';
import './dialog.css';

/** Props of `ModalDialog`. */
export interface ModalDialogProps {
  /** The dialog's heading, also its accessible name. */
  title: string;
  /** What the dialog says; it describes the dialog (`aria-describedby`). */
  children: ReactNode;
  /** The buttons, in reading order. */
  actions: ReactNode;
  /** Called on Escape. */
  onCancel(): void;
  /** The element to focus on open (default: the first button or field). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** `alertdialog` for an urgent warning that needs an answer (default: `dialog`). */
  role?: 'dialog' | 'alertdialog';
}

/** A modal dialog with its focus trap, in a portal at the end of `<body>`. */
export function ModalDialog({ title, children, actions, onCancel, initialFocus, role = 'dialog' }: ModalDialogProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [host] = useState(() => (typeof document === 'undefined' ? undefined : document.createElement('div')));

  useLayoutEffect(() => {
    if (!host) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.body.append(host);
    const madeInert = [...document.body.children].filter((el) => el !== host && !el.hasAttribute('inert'));
    for (const el of madeInert) el.setAttribute('inert', '');
    // The focus goes back here, at once, once the page is usable again (not by `useFocusTrap`).
    return () => {
      for (const el of madeInert) el.removeAttribute('inert');
      host.remove();
      const back = opener?.isConnected ? opener : document.getElementById('contenu');
      back?.focus();
    };
  }, [host]);

  const onKeyDown = useFocusTrap(box, onCancel, { initial: () => initialFocus?.current, returnFocus: false });

  if (!host) return null;
  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={box}
        className="modal"
        role={role}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`}>{children}</div>
        <div className="modal-actions">{actions}</div>
      </div>
    </div>,
    host,
  );
}
