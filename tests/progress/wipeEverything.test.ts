/**
 * « Terminer et tout effacer »: local and session storage (jsdom's real ones), cookies, and
 * IndexedDB, Cache Storage and speech. jsdom has no IndexedDB, Cache Storage or speech synthesis,
 * so those are small in-test fakes of the browser APIs, with the same calls and callbacks; the
 * end-to-end tests in a real Chromium check the real ones (tests/e2e/modes.spec.ts, offline.spec.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserEnvironment, wipeEverything, type WipeEnvironment } from '../../src/progress/wipeEverything.ts';

/** A fake `indexedDB`: named databases, `databases()`, and `deleteDatabase()` answering like an `IDBOpenDBRequest`. */
function fakeIndexedDB(names: string[], { listable = true, blocked = [] as string[] } = {}) {
  const databases = new Set(names);
  const factory = {
    deleteDatabase(name: string) {
      const request = { onsuccess: null, onerror: null, onblocked: null, error: null } as unknown as IDBOpenDBRequest;
      setTimeout(() => {
        if (blocked.includes(name)) return request.onblocked?.(new Event('blocked') as IDBVersionChangeEvent);
        databases.delete(name);
        request.onsuccess?.(new Event('success'));
      }, 0);
      return request;
    },
    ...(listable ? { databases: async () => [...databases].map((name) => ({ name, version: 1 })) } : {}),
  };
  return { factory, remaining: databases };
}

/** A fake `caches` (Cache Storage). */
function fakeCaches(names: string[]) {
  const entries = new Set(names);
  return {
    entries,
    storage: { keys: async () => [...entries], delete: async (name: string) => entries.delete(name) },
  };
}

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  vi.useRealTimers();
});

describe('wipeEverything', () => {
  it('empties local and session storage, cookies, every IndexedDB database and every cache but the app files', async () => {
    localStorage.setItem('pas-a-pas:progress', '{"version":1}');
    localStorage.setItem('something-else', 'x');
    sessionStorage.setItem('pas-a-pas.language', 'en');
    document.cookie = 'seen=1; path=/';
    const db = fakeIndexedDB(['pas-a-pas-speech', 'other']);
    const appFiles = 'pas-a-pas-app-files-https://pas-a-pas.example/';
    const caches = fakeCaches(['pas-a-pas-static', 'lesson-audio', appFiles, 'workbox-precache-v2-https://x/']);
    const speechSynthesis = { cancel: vi.fn() };

    const report = await wipeEverything({
      localStorage,
      sessionStorage,
      document,
      indexedDB: db.factory as unknown as WipeEnvironment['indexedDB'],
      caches: caches.storage as unknown as WipeEnvironment['caches'],
      speechSynthesis,
    });

    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect([...db.remaining]).toEqual([]);
    // The service worker's copy of the app's own files stays: the app still works offline.
    expect([...caches.entries]).toEqual([appFiles]);
    expect(speechSynthesis.cancel).toHaveBeenCalled();
    expect(report).toEqual({
      erased: ['speech', 'localStorage', 'sessionStorage', 'cookies', 'indexedDB', 'caches'],
      failed: [],
    });
  });

  it('works with whatever APIs exist: here only local storage', async () => {
    localStorage.setItem('pas-a-pas:progress', '{}');
    expect(await wipeEverything({ localStorage })).toEqual({ erased: ['localStorage'], failed: [] });
    expect(localStorage.length).toBe(0);
  });

  it('runs in jsdom with the real environment (no IndexedDB, no caches), without throwing', async () => {
    localStorage.setItem('k', 'v');
    sessionStorage.setItem('k', 'v');
    const env = browserEnvironment();
    expect(env.indexedDB).toBeUndefined();
    expect(env.caches).toBeUndefined();
    const report = await wipeEverything();
    expect(report.failed).toEqual([]);
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('erases the other parts when one fails, and reports the failure', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    localStorage.setItem('k', 'v');
    const broken = { keys: () => Promise.reject(new Error('SecurityError')), delete: async () => true };
    const db = fakeIndexedDB(['a']);
    const report = await wipeEverything({
      localStorage,
      caches: broken as unknown as WipeEnvironment['caches'],
      indexedDB: db.factory as unknown as WipeEnvironment['indexedDB'],
    });
    expect(report.erased).toEqual(['localStorage', 'indexedDB']);
    expect(report.failed).toEqual([{ part: 'caches', error: new Error('SecurityError') }]);
    expect([...db.remaining]).toEqual([]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('deletes the databases it knows by name where indexedDB.databases() is missing', async () => {
    const db = fakeIndexedDB(['pas-a-pas-speech', 'unknown'], { listable: false });
    await wipeEverything(
      { indexedDB: db.factory as unknown as WipeEnvironment['indexedDB'] },
      { knownDatabases: ['pas-a-pas-speech'] },
    );
    expect([...db.remaining]).toEqual(['unknown']);
  });

  it('does not wait forever for a database another tab holds open', async () => {
    vi.useFakeTimers();
    const db = fakeIndexedDB(['held'], { blocked: ['held'] });
    let done = false;
    const wiping = wipeEverything(
      { indexedDB: db.factory as unknown as WipeEnvironment['indexedDB'] },
      { blockedTimeoutMs: 2000 },
    ).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    await wiping;
    expect(done).toBe(true);
  });
});
