/**
 * The service worker: keeps the app's own files (the build's HTML, JS, CSS, fonts and images,
 * listed at build time by vite-plugin-pwa in `self.__WB_MANIFEST`) in one cache, and answers from
 * it, so that after one visit the whole app and every lesson work without a network. It never
 * stores anything else: no request of another origin, no learner data (the app keeps those in
 * local storage, which the wipe erases).
 *
 * Versions: no `skipWaiting`. A new version's worker fills the cache beside the running one's
 * files and waits until no tab of the app is open; only then does it take over and drop the old
 * files. A run in progress thus keeps its version, lazy chunks included. On the first visit it
 * takes the open tab at once (`clientsClaim`): nothing ran from a cache before, so no version mixes.
 */
import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import { createHandlerBoundToURL, getCacheKeyForURL, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import {
  appFilesCacheDetails,
  fallsBackToApp,
  offlineMessages,
  prerenderedPageFor,
  type PrecacheCount,
} from './offlineFiles.ts';

/** The parts of the worker's global scope used here (the project's TypeScript has the DOM's types, not the worker's). */
interface WorkerMessageEvent {
  data: unknown;
  ports: readonly MessagePort[];
  waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
};

const manifest = self.__WB_MANIFEST;

setCacheNameDetails(appFilesCacheDetails);
clientsClaim();
precacheAndRoute(manifest, {
  urlManipulation: ({ url }) => {
    const page = prerenderedPageFor(url.pathname);
    return page ? [new URL(page, url)] : [];
  },
});
// Any other page of the app (`/carnet/code`, a mistyped path): the app's page, which routes it.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === location.origin && fallsBackToApp(url.pathname),
  createHandlerBoundToURL('index.html'),
);

const urls = manifest.map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, location.href).href);

/** Counts the files of the list found in the cache; with `complete`, fetches the missing ones first. */
async function count(complete: boolean): Promise<PrecacheCount> {
  const cache = await caches.open(cacheNames.precache);
  let cached = 0;
  for (const url of urls) {
    const key = getCacheKeyForURL(url) ?? url;
    if (await cache.match(key)) {
      cached += 1;
      continue;
    }
    if (!complete) continue;
    try {
      const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
      if (response.ok && !response.redirected) {
        await cache.put(key, response);
        cached += 1;
      }
    } catch {
      // No network: the count tells the page what is still missing.
    }
  }
  return { total: urls.length, cached };
}

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  const port = event.ports[0];
  if (!port || (type !== offlineMessages.status && type !== offlineMessages.complete)) return;
  event.waitUntil(count(type === offlineMessages.complete).then((answer) => port.postMessage(answer)));
});
