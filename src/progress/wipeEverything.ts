/**
 * « Terminer et tout effacer »: erases everything this origin stored in the browser. The whole
 * origin is the app's, so everything goes: local and session storage, every IndexedDB database,
 * every Cache Storage entry, cookies; speech in progress stops. Two things stay, as they hold no
 * learner's data and keep the app usable without a network: the service worker, and its cache of
 * the app's own files (`isAppFilesCache`; see src/offline/). Each part is erased on its own: a
 * missing or failing API never stops the others.
 */
import { isAppFilesCache } from '../offline/offlineFiles.ts';

/** The browser APIs the wipe uses; each may be missing (old browsers, jsdom, a locked-down kiosk). */
export interface WipeEnvironment {
  localStorage?: Pick<Storage, 'clear'>;
  sessionStorage?: Pick<Storage, 'clear'>;
  indexedDB?: Pick<IDBFactory, 'deleteDatabase'> & { databases?: () => Promise<{ name?: string }[]> };
  caches?: Pick<CacheStorage, 'keys' | 'delete'>;
  document?: { cookie: string };
  speechSynthesis?: Pick<SpeechSynthesis, 'cancel'>;
}

/** What was erased, and what could not be (for the console and the tests). */
export interface WipeReport {
  erased: string[];
  failed: { part: string; error: unknown }[];
}

/** Options of `wipeEverything`. */
export interface WipeOptions {
  /** IndexedDB databases to delete where `indexedDB.databases()` is missing (default: none; the app opens none today). */
  knownDatabases?: readonly string[];
  /** Longest wait for one database deletion that other tabs block, in ms (default: 2000). */
  blockedTimeoutMs?: number;
}

/** Reads a global without throwing (a sandboxed frame throws on `localStorage`). */
function safe<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** The real browser's APIs, those that exist. */
export function browserEnvironment(): WipeEnvironment {
  const g = globalThis as typeof globalThis & Partial<Window>;
  return {
    localStorage: safe(() => g.localStorage),
    sessionStorage: safe(() => g.sessionStorage),
    indexedDB: safe(() => g.indexedDB),
    caches: safe(() => g.caches),
    document: safe(() => g.document),
    speechSynthesis: safe(() => g.speechSynthesis),
  };
}

function deleteDatabase(
  factory: NonNullable<WipeEnvironment['indexedDB']>,
  name: string,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB "${name}" could not be deleted.`));
    // Another tab holds it open: the deletion completes when that tab closes it; do not wait forever.
    request.onblocked = () => setTimeout(resolve, timeoutMs);
  });
}

/** Expires every cookie the page can see, on the current path and at the root. */
function clearCookies(doc: { cookie: string }): void {
  for (const cookie of doc.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (!name) continue;
    doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  }
}

/**
 * Erases everything the app stored in this browser.
 * @param env the browser APIs (default: the real ones, `browserEnvironment()`)
 */
export async function wipeEverything(
  env: WipeEnvironment = browserEnvironment(),
  options: WipeOptions = {},
): Promise<WipeReport> {
  const { knownDatabases = [], blockedTimeoutMs = 2000 } = options;
  const report: WipeReport = { erased: [], failed: [] };
  /** Erases one part with its API, when the browser has it. */
  const part = async <Api>(name: string, api: Api | undefined, erase: (api: Api) => unknown) => {
    if (!api) return;
    try {
      await erase(api);
      report.erased.push(name);
    } catch (error) {
      report.failed.push({ part: name, error });
    }
  };

  await part('speech', env.speechSynthesis, (speech) => speech.cancel());
  await part('localStorage', env.localStorage, (storage) => storage.clear());
  await part('sessionStorage', env.sessionStorage, (storage) => storage.clear());
  await part('cookies', env.document, (document) => clearCookies(document));
  await part('indexedDB', env.indexedDB, async (factory) => {
    const listed = typeof factory.databases === 'function' ? (await factory.databases()).map((db) => db.name) : [];
    const names = [...new Set([...listed, ...knownDatabases])].filter((name): name is string => !!name);
    await Promise.all(names.map((name) => deleteDatabase(factory, name, blockedTimeoutMs)));
  });
  await part('caches', env.caches, async (cacheStorage) => {
    const erased = (await cacheStorage.keys()).filter((key) => !isAppFilesCache(key));
    await Promise.all(erased.map((key) => cacheStorage.delete(key)));
  });
  if (report.failed.length > 0) console.warn('Pas à pas: some stored data could not be erased.', report.failed);
  return report;
}
