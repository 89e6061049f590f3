/**
 * Watch mode's pointer honours `prefers-reduced-motion: reduce`: no travel time, no transition —
 * it jumps to the element at once.
 */
import { render, renderHook } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { defaultTravelMs, useWatchPointer } from '../../src/player/watch/useWatchPointer.ts';
import { WatchPointer } from '../../src/player/watch/WatchPointer.tsx';

/** A browser whose learner asks for reduced motion (`reduce`) or not. */
function prefersReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

it('under reduced motion, the pointer travels in 0 ms and arrives at once', async () => {
  prefersReducedMotion(true);
  vi.useFakeTimers(); // no timer is ever run: arriving must not wait for one
  const { result } = renderHook(() => useWatchPointer(createRef<HTMLElement>()));
  expect(result.current.travelMs).toBe(0);
  await expect(result.current.moveTo(null)).resolves.toBeUndefined();

  const { container } = render(<WatchPointer pointer={{ x: 10, y: 20, visible: true }} travelMs={defaultTravelMs} />);
  expect(container.querySelector<SVGElement>('.watch-pointer')!.style.transitionDuration).toBe('0ms');
});

it('otherwise, it glides for the travel time it is given', () => {
  prefersReducedMotion(false);
  const { result } = renderHook(() => useWatchPointer(createRef<HTMLElement>(), 900));
  expect(result.current.travelMs).toBe(900);
  const { container } = render(<WatchPointer pointer={{ x: 10, y: 20, visible: true }} travelMs={900} />);
  expect(container.querySelector<SVGElement>('.watch-pointer')!.style.transitionDuration).toBe('900ms');
});
