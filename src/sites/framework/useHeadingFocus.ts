/**
 * Moves focus to the page's `<h1>` when a site changes page without a URL, so keyboard and
 * screen-reader users land on the new page's title. The first render never takes focus.
 */
import { useEffect, useRef, type RefObject } from 'react';

/** Focuses the first `h1` inside `root` each time `page` changes (not on mount). */
export function useHeadingFocus(root: RefObject<HTMLElement | null>, page: string): void {
  const last = useRef(page);
  useEffect(() => {
    if (last.current === page) return;
    last.current = page;
    const heading = root.current?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  }, [root, page]);
}
