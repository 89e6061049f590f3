/**
 * What each page reports to the bench, from a script Chromium runs at the start of every
 * document (so also after a page navigates by itself): its first contentful paint, its load
 * event and its long tasks. The reports come back through a Playwright binding, which the
 * app's Content-Security-Policy does not concern.
 */
import type { Page } from '@playwright/test';

/** One report, in the document's own clock (ms since its navigation start, `origin`). */
export interface Report {
  kind: 'fcp' | 'load' | 'longtask';
  /** The document's `performance.timeOrigin` (epoch ms): which document it is. */
  origin: number;
  path: string;
  /** When it happened, ms after `origin`. */
  at: number;
  /** How long it lasted (long tasks). */
  duration: number;
}

/** The reports of one page, as they arrive. */
export interface Probe {
  reports: Report[];
  /** The first report of `kind` from the document that started at `origin`, waited for. */
  first(kind: Report['kind'], origin: number, timeout?: number): Promise<Report>;
}

/**
 * Runs in the page, at the start of each document. A string, not a function: tsx would wrap the
 * inner functions of a function with a `__name` helper that does not exist in the page.
 */
const probeScript = `(() => {
  const send = (kind, at, duration = 0) =>
    window.__benchReport?.({ kind, origin: performance.timeOrigin, path: location.pathname, at, duration });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') send('fcp', entry.startTime);
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) send('longtask', entry.startTime, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('load', () =>
    setTimeout(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      send('load', navigation?.loadEventEnd || performance.now());
    }),
  );
})();`;

/** Installs the probe on `page`; call before it navigates. */
export async function installProbe(page: Page): Promise<Probe> {
  const reports: Report[] = [];
  const waiters = new Set<() => void>();
  await page.exposeFunction('__benchReport', (report: Report) => {
    reports.push(report);
    for (const wake of waiters) wake();
  });
  await page.addInitScript({ content: probeScript });
  return {
    reports,
    first(kind, origin, timeout = 180_000) {
      const find = () => reports.find((r) => r.kind === kind && r.origin === origin);
      return new Promise<Report>((resolve, reject) => {
        const check = () => {
          const found = find();
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`The page reported no ${kind} within ${timeout / 1000} s.`));
        }, timeout);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
}
