/**
 * Outlines the element the current step asks for, inside the practice browser, keeps the outline
 * on it as the site's pages change (a MutationObserver re-applies it), and brings it into view
 * when it appears — at once where the learner asked for reduced motion, smoothly otherwise.
 */
import { useEffect, type RefObject } from 'react';
import { findTarget } from '../sites/framework/driver.ts';

/** The attribute the player's CSS outlines. */
export const highlightAttribute = 'data-pap-highlight';

/**
 * Marks the element of `target` inside `root` with `data-pap-highlight` while `target` is set.
 * Pass `null` to highlight nothing (Alone mode, a question, the end).
 */
export function useTargetHighlight(root: RefObject<HTMLElement | null>, target: string | null): void {
  useEffect(() => {
    const container = root.current;
    if (!container || !target) return;
    let marked: HTMLElement | null = null;
    const apply = () => {
      const element = findTarget(container, target);
      if (element === marked) return;
      marked?.removeAttribute(highlightAttribute);
      marked = element;
      marked?.setAttribute(highlightAttribute, '');
      // Not in a hidden tab: the guide tells the learner to switch tabs first.
      if (marked && !marked.closest('[hidden], [inert]')) {
        const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
        marked.scrollIntoView?.({ block: 'nearest', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
      }
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(container, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      marked?.removeAttribute(highlightAttribute);
    };
  }, [root, target]);
}
