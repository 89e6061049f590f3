/**
 * Watch mode's pointer stays on its element: when the whole page scrolls to bring the element
 * into view, when a scrolling part of the site scrolls, and when the window is resized. Those
 * corrections are immediate; only a move to a new element glides. (jsdom has no layout: each
 * element's place on screen is given by hand.)
 */
import { act, render, waitFor } from '@testing-library/react';
import { createRef, useImperativeHandle, useRef, type Ref } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useWatchPointer } from '../../../src/player/watch/useWatchPointer.ts';
import { WatchPointer } from '../../../src/player/watch/WatchPointer.tsx';

interface Place {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where each element is on screen (a stand-in for the browser's layout). */
const places = new Map<Element, Place>();
const place = (element: Element, where: Place) => places.set(element, where);
/** Moves every placed element up by `dy` (the page, or a part of it, scrolled down). */
const scrollBy = (elements: Element[], dy: number) => {
  for (const element of elements) {
    const where = places.get(element)!;
    places.set(element, { ...where, top: where.top - dy });
  }
};

beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const { left, top, width, height } = places.get(this) ?? { left: 0, top: 0, width: 0, height: 0 };
    return { left, top, width, height, x: left, y: top, right: left + width, bottom: top + height } as DOMRect;
  });
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query }));
});
afterEach(() => {
  places.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

interface Watch {
  moveTo(element: Element | null): Promise<void>;
}

/** A practice browser with Watch mode's pointer; `watch` lets the test move it, as the player does. */
function Browser({ travelMs, watch }: { travelMs: number; watch: Ref<Watch> }) {
  const root = useRef<HTMLElement>(null);
  const { pointer: state, moveTo } = useWatchPointer(root, travelMs);
  useImperativeHandle(watch, () => ({ moveTo }), [moveTo]);
  return (
    <section ref={root} aria-label="Navigateur d'entraînement">
      <div className="mail-list">
        <button type="button" data-target="mail.open">
          Ouvrir le message
        </button>
        <button type="button" data-target="mail.reply">
          Répondre
        </button>
      </div>
      <WatchPointer pointer={state} travelMs={travelMs} />
    </section>
  );
}

/** The pointer's drawing and where its tip is, in px inside the browser. */
function pointer(container: HTMLElement) {
  const svg = container.querySelector<SVGElement>('.watch-pointer');
  const [, x, y] = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(svg?.style.transform ?? '') ?? [];
  return { svg, at: svg ? [Number(x), Number(y)] : null, duration: svg?.style.transitionDuration };
}

/** Lays the page out: the browser at (100, 50), the button 1 300 px down the page. */
function layOut(container: HTMLElement) {
  const browser = container.querySelector('section')!;
  const list = container.querySelector('.mail-list')!;
  const button = container.querySelector('[data-target="mail.open"]')!;
  place(browser, { left: 100, top: 50, width: 900, height: 2000 });
  place(list, { left: 100, top: 150, width: 900, height: 1900 });
  place(button, { left: 130, top: 1350, width: 200, height: 40 });
  return { browser, list, button };
}

const watch = createRef<Watch>();

it('lands on its element after the page scrolled to show it', async () => {
  const { container } = render(<Browser travelMs={0} watch={watch} />);
  const { browser, list, button } = layOut(container);
  // The browser scrolls the whole page to centre the button: everything moves up by 1 000 px.
  Element.prototype.scrollIntoView = () => scrollBy([browser, list, button], 1000);
  await act(() => watch.current!.moveTo(button));
  // 30 px in and halfway down the button, inside the browser: wherever the page is scrolled.
  expect(pointer(container).at).toEqual([30 + 40, 1300 + 20]);
});

it('follows its element when a part of the site scrolls, and when the window is resized', async () => {
  const { container } = render(<Browser travelMs={0} watch={watch} />);
  const { list, button } = layOut(container);
  await act(() => watch.current!.moveTo(button));
  expect(pointer(container).at).toEqual([70, 1320]);

  // The message list scrolls by 200 px: the button moves up inside the browser.
  scrollBy([button], 200);
  act(() => void list.dispatchEvent(new Event('scroll')));
  await waitFor(() => expect(pointer(container).at).toEqual([70, 1120]));

  // A narrower window: the button wraps further down and to the left.
  place(button, { left: 110, top: 1500, width: 120, height: 40 });
  act(() => void window.dispatchEvent(new Event('resize')));
  await waitFor(() => expect(pointer(container).at).toEqual([10 + 40, 1450 + 20]));
});

it('glides to a new element, but corrects its place at once after a scroll', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  const { container } = render(<Browser travelMs={900} watch={watch} />);
  const { list, button } = layOut(container);
  let arrived = false;
  act(() => void watch.current!.moveTo(button).then(() => (arrived = true)));
  expect(pointer(container).duration).toBe('900ms');
  await act(() => vi.advanceTimersByTimeAsync(900));
  expect(arrived).toBe(true);

  scrollBy([button], 300);
  act(() => void list.dispatchEvent(new Event('scroll')));
  act(() => void vi.advanceTimersToNextFrame());
  expect(pointer(container).at).toEqual([70, 1020]);
  expect(pointer(container).duration).toBe('0ms');

  // On to the next element: the same arrow glides there.
  const arrow = pointer(container).svg;
  const reply = container.querySelector('[data-target="mail.reply"]')!;
  place(reply, { left: 430, top: 1100, width: 100, height: 40 });
  act(() => void watch.current!.moveTo(reply));
  expect(pointer(container).svg).toBe(arrow);
  expect(pointer(container).at).toEqual([330 + 40, 1050 + 20]);
  expect(pointer(container).duration).toBe('900ms');
  await act(() => vi.advanceTimersByTimeAsync(900));
});
