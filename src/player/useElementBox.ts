/**
 * Where an element sits inside a positioned container (the practice browser), kept up to date as
 * the page or any scroll container scrolls, the window is resized or the container's content
 * changes. Watch mode's pointer and the feedback bubble use it to stay on their element.
 * Updates are coalesced: at most one measure per animation frame.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

/** An element's place inside the container, in CSS pixels. */
export interface ElementBox {
  /** The element's left edge, from the container's padding box (where `position: absolute` starts). */
  left: number;
  /** The element's top edge, from the container's padding box. */
  top: number;
  width: number;
  height: number;
  /** The container's inner width: what an absolutely placed child must fit in. */
  containerWidth: number;
  /** Visible room above the element, inside both the container and the window (may be negative). */
  roomAbove: number;
  /** Visible room below the element, inside both the container and the window (may be negative). */
  roomBelow: number;
}

/**
 * What to follow: an element, or a target id (`data-target`) whose visible element is looked up
 * inside the container at each measure (so a site that re-renders it is followed too).
 */
export type Followed = Element | string | null;

/** The element of `target` inside `root` that is not in a hidden tab or an inert part, if any. */
export function visibleTarget(root: ParentNode, target: string): HTMLElement | null {
  const elements = root.querySelectorAll<HTMLElement>('[data-target]');
  for (const element of elements)
    if (element.dataset.target === target && !element.closest('[hidden], [inert]')) return element;
  return null;
}

/** `undefined`: keep the last box (the element left the page: what follows it stays put). */
function measure(container: HTMLElement, followed: Element | string): ElementBox | null | undefined {
  const element = typeof followed === 'string' ? visibleTarget(container, followed) : followed;
  if (!element) return null;
  if (!element.isConnected) return undefined;
  const outer = container.getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  const originX = outer.left + container.clientLeft - container.scrollLeft;
  const originY = outer.top + container.clientTop - container.scrollTop;
  const visibleTop = Math.max(outer.top + container.clientTop, 0);
  const visibleBottom = Math.min(outer.bottom, window.innerHeight);
  return {
    left: inner.left - originX,
    top: inner.top - originY,
    width: inner.width,
    height: inner.height,
    // Without layout (jsdom) `clientWidth` is 0: the outer width is the next best.
    containerWidth: container.clientWidth || outer.width,
    roomAbove: inner.top - visibleTop,
    roomBelow: visibleBottom - inner.bottom,
  };
}

const keys = ['left', 'top', 'width', 'height', 'containerWidth', 'roomAbove', 'roomBelow'] as const;
const same = (a: ElementBox | null, b: ElementBox | null) =>
  a === b || (a !== null && b !== null && keys.every((key) => a[key] === b[key]));

/** The attributes that can show, hide or move an element of the sites. */
const layoutAttributes = ['hidden', 'inert', 'class', 'open'];

type BoxState = { followed: Followed; box: ElementBox | null };

/** Measures `followed` now and whenever something may have moved it; returns the clean-up. */
function follow(root: HTMLElement, followed: Element | string, setState: (change: (s: BoxState) => BoxState) => void) {
  const update = () =>
    setState((previous) => {
      const measured = measure(root, followed);
      const box = measured === undefined ? previous.box : measured;
      return previous.followed === followed && same(box, previous.box) ? previous : { followed, box };
    });
  let frame = 0;
  const schedule = () => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  update();
  const listening = { capture: true, passive: true } as const;
  window.addEventListener('scroll', schedule, listening);
  window.addEventListener('resize', schedule, listening);
  const mutations = new MutationObserver(schedule);
  mutations.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: layoutAttributes,
  });
  const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
  resizes?.observe(root);
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule, listening);
    window.removeEventListener('resize', schedule, listening);
    mutations.disconnect();
    resizes?.disconnect();
  };
}

/**
 * The box of `followed` inside `container`, or `null` when there is nothing to follow (or the
 * target is not on screen). An element that leaves the page keeps its last box; while a newly
 * followed element is measured (before paint), the last box stands, so a pointer can glide from
 * it. Re-measured on scroll (of the page or of any scroll container: capture phase, passive), on
 * resize and when the container's content changes.
 */
export function useElementBox(container: RefObject<HTMLElement | null>, followed: Followed): ElementBox | null {
  const [state, setState] = useState<BoxState>({ followed: null, box: null });
  useLayoutEffect(() => {
    if (followed === null) return;
    let stop: (() => void) | undefined;
    const start = () => {
      if (container.current) stop = follow(container.current, followed, setState);
    };
    start();
    // Mounted inside the container in the same commit, we run before its ref is set: next frame.
    const frame = stop ? 0 : requestAnimationFrame(start);
    return () => {
      cancelAnimationFrame(frame);
      stop?.();
    };
  }, [container, followed]);
  return followed === null ? null : state.box;
}
