/**
 * The feedback next to the element the learner acted on, as well as in the guide: a small bubble
 * below the element (above it when there is no room below), its arrow pointing at the element,
 * following it as the page scrolls or the window is resized. It never covers the element, never
 * takes a click and stays inside the practice browser.
 *
 * It is hidden from assistive technology (`aria-hidden`) and is no live region: the guide's
 * message (`FeedbackMessage`) says the same in its polite live region, so it is announced once.
 */
import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useElementBox } from '../useElementBox.ts';
import './feedbackBubble.css';

export interface FeedbackBubbleProps {
  /** The practice browser (positioned): the element is looked for inside it, the bubble stays inside it. */
  root: RefObject<HTMLElement | null>;
  /** The `data-target` of the element the learner acted on; `null` removes the bubble. */
  target: string | null;
  /** The message, as plain text. */
  children: ReactNode;
}

/** Space between the element and the bubble, where the arrow goes (px). */
const gap = 12;
/** Space kept between the bubble and the browser's sides (px). */
const margin = 8;
/** Closest the arrow comes to the bubble's sides (px). */
const arrowInset = 16;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/** The bubble, or nothing while `target` is `null` or its element is not visible inside `root`. */
export function FeedbackBubble({ root, target, children }: FeedbackBubbleProps) {
  const box = useElementBox(root, target);
  const bubble = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  // The bubble's own size decides its side and keeps it inside the browser: measured before paint.
  useLayoutEffect(() => {
    if (!bubble.current) return;
    const { width, height } = bubble.current.getBoundingClientRect();
    setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
  }, [box, children]);
  if (!box) return null;
  const below = box.roomBelow >= size.height + gap || box.roomBelow >= box.roomAbove;
  const left = Math.max(margin, Math.min(box.left, box.containerWidth - size.width - margin));
  const top = below ? box.top + box.height + gap : box.top - gap - size.height;
  const arrow = clamp(box.left + box.width / 2 - left, arrowInset, Math.max(arrowInset, size.width - arrowInset));
  return (
    <div
      ref={bubble}
      className={`feedback-bubble ${below ? 'feedback-bubble-below' : 'feedback-bubble-above'}`}
      aria-hidden="true"
      style={{ left, top }}
    >
      <span className="feedback-bubble-arrow" style={{ left: arrow }} />
      {children}
    </div>
  );
}
