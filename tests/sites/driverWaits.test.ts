/**
 * « Montre-moi » and Watch mode wait for a practice site whose code is still loading (an old
 * computer, a slow line): the time it shows « Chargement… » does not count against the wait
 * for the element, so the step is done once the site is there instead of failing; nor does the time
 * a busy computer takes between two looks.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { siteLoadingAttribute, siteLoadLimitMs, waitForTarget } from '../../src/sites/framework/driver.ts';

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  vi.useRealTimers();
  root.remove();
});

/** The practice browser as it is while a site's code loads. */
function loading() {
  const fallback = document.createElement('p');
  fallback.setAttribute(siteLoadingAttribute, '');
  fallback.textContent = 'Chargement…';
  root.append(fallback);
  return fallback;
}

/** The site, loaded: its « Mon Compte » button replaces the fallback. */
function loaded(fallback: HTMLElement) {
  const button = document.createElement('button');
  button.dataset.target = 'caf.header.mon-compte';
  fallback.replaceWith(button);
  return button;
}

describe('waiting for an element of a practice site', () => {
  it('waits past its timeout while the site is still loading, and finds the element once it is', async () => {
    const fallback = loading();
    const found = waitForTarget(root, 'caf.header.mon-compte', 3000);
    await vi.advanceTimersByTimeAsync(10_000);
    const button = loaded(fallback);
    await vi.advanceTimersByTimeAsync(100);
    await expect(found).resolves.toBe(button);
  });

  it('gives up after its timeout when the site is loaded and the element is not there', async () => {
    const found = waitForTarget(root, 'caf.header.mon-compte', 3000);
    await vi.advanceTimersByTimeAsync(3100);
    await expect(found).resolves.toBeNull();
  });

  it('does not count the time a busy computer takes between two looks, and finds the element late', async () => {
    const found = waitForTarget(root, 'caf.header.mon-compte', 3000);
    // A saturated processor: each look comes a second after the previous one, for 20 seconds.
    for (let i = 0; i < 20; i++) {
      vi.setSystemTime(Date.now() + 950);
      await vi.advanceTimersByTimeAsync(50);
    }
    const button = loaded(loading());
    await vi.advanceTimersByTimeAsync(100);
    await expect(found).resolves.toBe(button);
  });

  it('gives up on a site that never finishes loading, after the load limit', async () => {
    loading();
    const found = waitForTarget(root, 'caf.header.mon-compte', 3000);
    await vi.advanceTimersByTimeAsync(siteLoadLimitMs + 100);
    await expect(found).resolves.toBeNull();
  });
});
