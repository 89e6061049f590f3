/**
 * What the service worker, the page and the wipe agree on: the name of the cache that holds the
 * app's own files (its precache, never a learner's data), the messages the page sends the worker,
 * and which precached page answers a navigation. Pure: no browser API, so the worker, the app and
 * the tests share it.
 */

/** Workbox's cache name parts (`setCacheNameDetails`): the precache is `pas-a-pas-app-files-<scope>`. */
export const appFilesCacheDetails = { prefix: 'pas-a-pas', precache: 'app-files' } as const;

/** Is `cacheName` the app's own files (kept by the wipe), rather than anything else (erased)? */
export function isAppFilesCache(cacheName: string): boolean {
  return cacheName.startsWith(`${appFilesCacheDetails.prefix}-${appFilesCacheDetails.precache}-`);
}

/** The page's questions to the worker; the answer comes back on the message's port. */
export const offlineMessages = {
  /** How many of the app's files are in the cache: answers `PrecacheCount`. */
  status: 'pas-a-pas:offline-status',
  /** Fetches the files missing from the cache, then answers `PrecacheCount`. */
  complete: 'pas-a-pas:offline-complete',
} as const;

/** The worker's answer: files in its list, files in the cache. */
export interface PrecacheCount {
  total: number;
  cached: number;
}

/**
 * The prerendered page that answers a navigation to `pathname` besides the path itself:
 * `/lecons/x` → `/lecons/x.html` (as `prerenderPlugin` writes it; Workbox already maps `/en/` to
 * `/en/index.html`). None for a path that names a file (`/robots.txt`) or already ends with `/`.
 */
export function prerenderedPageFor(pathname: string): string | undefined {
  if (pathname.endsWith('/')) return undefined;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (last.includes('.')) return undefined;
  return `${pathname}.html`;
}

/** Does a navigation to `pathname` get the app's page (`index.html`) when no prerendered page matches? Not for a file. */
export function fallsBackToApp(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.') || last.endsWith('.html');
}
