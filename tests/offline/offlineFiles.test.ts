/**
 * The offline cache's pure parts: which cached page answers a navigation, which cache the wipe
 * keeps, and what the worker's count of cached files tells the advisor. The worker itself runs in
 * a real Chromium: tests/e2e/offline.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { fallsBackToApp, isAppFilesCache, prerenderedPageFor } from '../../src/offline/offlineFiles.ts';
import { browserWorkers, checkOffline, stateOf } from '../../src/offline/registerOfflineCache.ts';

describe('prerenderedPageFor', () => {
  it('answers a page of the app with its prerendered .html page', () => {
    expect(prerenderedPageFor('/lecons/caf-se-connecter')).toBe('/lecons/caf-se-connecter.html');
    expect(prerenderedPageFor('/en/lecons/caf-se-connecter')).toBe('/en/lecons/caf-se-connecter.html');
    expect(prerenderedPageFor('/carnet')).toBe('/carnet.html');
  });

  it('leaves files and folder paths alone (Workbox maps `/x/` to `/x/index.html` itself)', () => {
    expect(prerenderedPageFor('/robots.txt')).toBeUndefined();
    expect(prerenderedPageFor('/assets/index-abc.js')).toBeUndefined();
    expect(prerenderedPageFor('/lecons/')).toBeUndefined();
    expect(prerenderedPageFor('/')).toBeUndefined();
  });
});

describe('fallsBackToApp', () => {
  it('sends any page without a prerendered copy to the app, which routes it or shows its 404', () => {
    expect(fallsBackToApp('/carnet/code')).toBe(true);
    expect(fallsBackToApp('/animateur/preparer')).toBe(true);
    expect(fallsBackToApp('/a/mistyped/path')).toBe(true);
    expect(fallsBackToApp('/404.html')).toBe(true);
  });

  it('never answers a file with the app page', () => {
    expect(fallsBackToApp('/robots.txt')).toBe(false);
    expect(fallsBackToApp('/assets/missing-chunk.js')).toBe(false);
  });
});

describe('isAppFilesCache', () => {
  it('is the worker cache of the app files only', () => {
    expect(isAppFilesCache('pas-a-pas-app-files-https://pas-a-pas.example/')).toBe(true);
    expect(isAppFilesCache('workbox-precache-v2-https://pas-a-pas.example/')).toBe(false);
    expect(isAppFilesCache('pas-a-pas-test')).toBe(false);
    expect(isAppFilesCache('lesson-audio')).toBe(false);
  });
});

describe('stateOf', () => {
  it('is ready only when every file of the list is cached', () => {
    expect(stateOf({ total: 108, cached: 108 }, false)).toEqual({ state: 'ready', files: 108, update: false });
    expect(stateOf({ total: 108, cached: 108 }, true)).toEqual({ state: 'ready', files: 108, update: true });
    expect(stateOf({ total: 108, cached: 100 }, false)).toEqual({ state: 'missing', missing: 8 });
    expect(stateOf({ total: 0, cached: 0 }, false)).toEqual({ state: 'missing', missing: 1 });
  });

  it('says the preparing failed when files are still missing after it', () => {
    expect(stateOf({ total: 108, cached: 107 }, false, true)).toEqual({ state: 'failed', missing: 1 });
    expect(stateOf({ total: 108, cached: 108 }, false, true)).toEqual({ state: 'ready', files: 108, update: false });
  });
});

describe('outside a production build', () => {
  it('registers no worker and reports offline as unavailable (Vitest, the dev server)', async () => {
    expect(browserWorkers()).toBeUndefined();
    expect(await checkOffline()).toEqual({ state: 'unsupported' });
  });
});
