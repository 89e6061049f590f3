/**
 * The page's side of the offline cache: registers the service worker (`sw.js`, built by
 * vite-plugin-pwa from `sw.ts`) once the page has loaded, so that filling the cache never slows
 * the first paint; tells the advisor's « Préparer cet ordinateur » page whether the app is ready
 * offline; and completes the cache when asked. Production builds only: `main.tsx` calls
 * `registerOfflineCache` there, never in the dev server or in Vitest.
 */
import { offlineMessages, type PrecacheCount } from './offlineFiles.ts';

/** The parts of `navigator.serviceWorker` used here (an old browser or a private window may have none). */
export type WorkerContainer = Pick<ServiceWorkerContainer, 'register' | 'getRegistration'>;

/** Is this computer ready to run the app without a network? */
export type OfflineState =
  /** No service worker here: an old browser, a private window, the dev server. */
  | { state: 'unsupported' }
  /** The worker is filling its cache (the first visit, or « Préparer » pressed). */
  | { state: 'preparing' }
  /** Every file of the app is in the cache: lessons work offline. */
  | { state: 'ready'; files: number; update: boolean }
  /** No worker yet, or files missing: offline does not work yet. */
  | { state: 'missing'; missing: number }
  /** « Préparer » did not complete the cache (no network, a full disk). */
  | { state: 'failed'; missing: number };

/** The worker's URL and scope: the app's base path (`/` unless the build says otherwise). */
const base = import.meta.env.BASE_URL;
const workerUrl = `${base}sw.js`;

/** The browser's container, when this page may register a worker: a production build, over HTTPS or on this computer. */
export function browserWorkers(): WorkerContainer | undefined {
  if (!import.meta.env.PROD) return undefined;
  try {
    return globalThis.isSecureContext && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  } catch {
    return undefined;
  }
}

let registering: Promise<ServiceWorkerRegistration | undefined> | undefined;

/** Registers the worker (once; later calls share the first). A failure is logged: the app runs online as before. */
export function registerWorker(workers: WorkerContainer | undefined = browserWorkers()) {
  if (!workers) return Promise.resolve(undefined);
  registering ??= workers.register(workerUrl, { scope: base }).catch((error: unknown) => {
    registering = undefined;
    console.warn('Pas à pas: the offline cache could not be set up.', error);
    return undefined;
  });
  return registering;
}

/** From `main.tsx`, in production builds: registers the worker once the page has loaded. */
export function registerOfflineCache(): void {
  const workers = browserWorkers();
  if (!workers) return;
  if (document.readyState === 'complete') void registerWorker(workers);
  else window.addEventListener('load', () => void registerWorker(workers), { once: true });
}

/** Asks the active worker a question; its answer comes back on a port. */
function ask(worker: ServiceWorker, type: string): Promise<PrecacheCount> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<PrecacheCount>) => resolve(event.data);
    worker.postMessage({ type }, [channel.port2]);
  });
}

/** What the files counted mean for the advisor. */
export function stateOf(count: PrecacheCount, update: boolean, completing = false): OfflineState {
  const missing = count.total - count.cached;
  if (missing <= 0 && count.total > 0) return { state: 'ready', files: count.total, update };
  return completing ? { state: 'failed', missing } : { state: 'missing', missing: Math.max(missing, 1) };
}

/** The worker that serves this page's scope: the active one, else the first one once it took over (none if its install failed). */
function activeWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker | undefined> {
  if (registration.active) return Promise.resolve(registration.active);
  const first = registration.installing ?? registration.waiting;
  if (!first) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const settle = () => {
      if (first.state === 'activated') resolve(first);
      else if (first.state === 'redundant') resolve(registration.active ?? undefined);
      else return;
      first.removeEventListener('statechange', settle);
    };
    first.addEventListener('statechange', settle);
    settle();
  });
}

/** The registration for the app's scope: the one being made, else the browser's. */
async function registrationOf(workers: WorkerContainer) {
  return (await registering) ?? (await workers.getRegistration(base));
}

/** Is a first worker still filling its cache (nothing active yet)? */
export async function isPreparing(workers: WorkerContainer | undefined = browserWorkers()): Promise<boolean> {
  const registration = workers && (await registrationOf(workers));
  return !!registration && !registration.active && !!(registration.installing ?? registration.waiting);
}

/** Is this computer ready offline? Waits while a first worker fills its cache. */
export async function checkOffline(workers: WorkerContainer | undefined = browserWorkers()): Promise<OfflineState> {
  if (!workers) return { state: 'unsupported' };
  const registration = await registrationOf(workers);
  const active = registration && (await activeWorker(registration));
  if (!registration || !active) return { state: 'missing', missing: 1 };
  return stateOf(await ask(active, offlineMessages.status), !!registration.waiting);
}

/** « Préparer »: registers the worker if needed, waits for it, then fetches every file still missing. */
export async function prepareOffline(workers: WorkerContainer | undefined = browserWorkers()): Promise<OfflineState> {
  if (!workers) return { state: 'unsupported' };
  const registration = await registerWorker(workers);
  const active = registration && (await activeWorker(registration));
  if (!registration || !active) return { state: 'failed', missing: 1 };
  return stateOf(await ask(active, offlineMessages.complete), !!registration.waiting, true);
}
