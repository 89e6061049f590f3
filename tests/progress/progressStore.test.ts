/**
 * The progress store: an empty start, saving and reading back, the v0 → v1 migration, corrupt
 * JSON, a failed schema, a newer version, storage that refuses reads or writes, restore, settings,
 * the wipe, and changes made while a stored document is still being read.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, migrations, versionOf } from '../../src/progress/migrations.ts';
import { emptyProgress } from '../../src/progress/emptyProgress.ts';
import { progressStorageKey } from '../../src/progress/progressStore.ts';
import { parseProgress, type ReadResult } from '../../src/progress/readProgress.ts';
import { defaultInactivityMinutes, parseMinutes } from '../../src/progress/settings.ts';
import { FakeStorage, run, storeOn } from './fixtures.ts';

/** A restore date within bounds (stored dates go from 2024 to a day after the clock). */
const restoredAt = Date.UTC(2025, 2, 1);
const v1 = (extra: object = {}) => ({
  version: 1,
  runs: [run('caf-se-connecter', ['se-connecter'])],
  settings: { inactivityMinutes: 10 },
  ...extra,
});
const stored = (value: unknown) => {
  const storage = new FakeStorage();
  storage.setItem(progressStorageKey, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
};

describe('reading a stored document', () => {
  it('reads a valid version 1 as it is', () => {
    const document = v1({
      baseline: { levels: { 'se-connecter': 'autonome' }, restoredAt },
      restoredLessons: ['caf-se-connecter'],
    });
    expect(parseProgress(JSON.stringify(document))).toEqual({ progress: document });
  });

  it('migrates the unversioned draft (v0: runs, no version, no settings) to version 1', () => {
    const runs = [run('caf-se-connecter', ['se-connecter', 'code-unique'])];
    expect(parseProgress(JSON.stringify({ runs }))).toEqual({
      progress: { version: 1, runs, settings: { inactivityMinutes: defaultInactivityMinutes } },
      notice: 'migrated',
    });
    const baseline = { levels: { franceconnect: 'avec-aide' }, restoredAt };
    expect(parseProgress(JSON.stringify({ runs: [], baseline })).progress.baseline).toEqual(baseline);
  });

  it('has one migration per version before the current one', () => {
    expect(migrations).toHaveLength(CURRENT_VERSION);
    expect(versionOf({ runs: [] })).toBe(0);
    expect(versionOf({ version: 1 })).toBe(1);
    expect(versionOf({ version: '1' })).toBeUndefined();
    expect(versionOf({ version: 1.5 })).toBeUndefined();
    expect(emptyProgress().version).toBe(CURRENT_VERSION);
  });

  it.each([
    ['text that is not JSON', '{"version": 1, "runs": ['],
    ['JSON that is not an object', '[1, 2]'],
    ['null', 'null'],
    ['a version that is not a whole number', JSON.stringify(v1({ version: 'un' }))],
    ['runs that are not a list', JSON.stringify(v1({ runs: 'beaucoup' }))],
    ['a step with a negative hint rung', JSON.stringify(v1({ runs: [run('x', ['se-connecter'], { hintRung: -1 })] }))],
    ['an unknown mode', JSON.stringify(v1({ runs: [run('x', ['se-connecter'], { mode: 'turbo' as never })] }))],
    ['an unknown level in the baseline', JSON.stringify(v1({ baseline: { levels: { a: 'expert' }, restoredAt } }))],
    ['no settings', JSON.stringify({ version: 1, runs: [] })],
    ['a v0 draft whose runs are broken', JSON.stringify({ runs: [{ lessonId: 3 }] })],
  ])('resets %s, with the notice « corrupt »', (_what, text) => {
    expect(parseProgress(text)).toEqual({ progress: emptyProgress(), notice: 'corrupt' });
  });

  it('resets a version newer than this app, with the notice « unknown-version »', () => {
    expect(parseProgress(JSON.stringify(v1({ version: CURRENT_VERSION + 1 })))).toEqual({
      progress: emptyProgress(),
      notice: 'unknown-version',
    });
  });
});

describe('the progress store', () => {
  it('starts empty, with no notice, and writes nothing until there is something to keep', async () => {
    const storage = new FakeStorage();
    const { store } = storeOn(storage);
    await store.ready();
    expect(store.getSnapshot()).toEqual({ progress: emptyProgress(), storage: 'local', generation: 0 });
    expect(storage.length).toBe(0);
  });

  it('saves each run and reads it back in a new store', async () => {
    const storage = new FakeStorage();
    const { store } = storeOn(storage);
    const first = run('caf-se-connecter', ['se-connecter']);
    store.recordRun(first);
    store.recordRun(run('caf-declaration-trimestrielle', ['remplir-champ'], {}, first.completedAt + 1000));
    expect(store.getSnapshot().progress.runs).toHaveLength(2);
    const again = storeOn(storage).store;
    expect(again.getSnapshot().reading).toBe(true);
    await again.ready();
    expect(again.getSnapshot()).toEqual({ progress: store.getSnapshot().progress, storage: 'local', generation: 0 });
  });

  it('resets a corrupt document, removes it and says so', async () => {
    const storage = stored('{"version": 1, "runs": [');
    const { store } = storeOn(storage);
    await store.ready();
    expect(store.getSnapshot()).toMatchObject({ progress: emptyProgress(), notice: 'corrupt', storage: 'local' });
    expect(storage.getItem(progressStorageKey)).toBeNull();
  });

  it('resets a document of a newer version and says so', async () => {
    const storage = stored(v1({ version: 2, somethingNew: true }));
    const { store } = storeOn(storage);
    await store.ready();
    expect(store.getSnapshot().notice).toBe('unknown-version');
    expect(storage.getItem(progressStorageKey)).toBeNull();
  });

  it('migrates a v0 draft, writes version 1 back and says so', async () => {
    const runs = [run('caf-se-connecter', ['se-connecter'])];
    const storage = stored({ runs });
    const { store } = storeOn(storage);
    await store.ready();
    expect(store.getSnapshot()).toMatchObject({ progress: { version: 1, runs }, notice: 'migrated' });
    expect(JSON.parse(storage.getItem(progressStorageKey)!)).toMatchObject({
      version: 1,
      runs,
      settings: { inactivityMinutes: defaultInactivityMinutes },
    });
  });

  it('works in memory, and says so, when storage refuses to be read (private mode)', async () => {
    const storage = new FakeStorage();
    storage.refuseReads = true;
    const { store } = storeOn(storage);
    await store.ready();
    expect(store.getSnapshot()).toMatchObject({ notice: 'memory', storage: 'memory' });
    store.recordRun(run('caf-se-connecter', ['se-connecter']));
    expect(store.getSnapshot().progress.runs).toHaveLength(1);
    expect(storage.items.size).toBe(0);
  });

  it('works in memory when there is no storage at all, or its getter throws', () => {
    expect(storeOn(new FakeStorage(), { storage: () => undefined }).store.getSnapshot()).toMatchObject({
      notice: 'memory',
      storage: 'memory',
    });
    const throwing = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(storeOn(new FakeStorage(), { storage: throwing }).store.getSnapshot()).toMatchObject({
      notice: 'memory',
      storage: 'memory',
    });
  });

  it('keeps the run in memory, and says so, when a write is refused (full storage)', () => {
    const storage = new FakeStorage();
    const { store } = storeOn(storage);
    storage.refuseWrites = true;
    store.recordRun(run('caf-se-connecter', ['se-connecter']));
    expect(store.getSnapshot()).toMatchObject({ notice: 'memory', storage: 'memory' });
    expect(store.getSnapshot().progress.runs).toHaveLength(1);
  });

  it('works in memory when a stored document cannot be read because its reader does not load (offline), and keeps the document', async () => {
    const storage = stored(v1());
    const { store } = storeOn(storage, { parse: () => Promise.reject(new Error('offline')) });
    await store.ready();
    expect(store.getSnapshot()).toMatchObject({ progress: emptyProgress(), notice: 'memory', storage: 'memory' });
    expect(storage.getItem(progressStorageKey)).not.toBeNull();
  });

  it('applies changes made while the stored document is read after it, not over it', async () => {
    const storage = stored(v1());
    const { store } = storeOn(storage);
    store.recordRun(run('caf-declaration-trimestrielle', ['remplir-champ']));
    await store.ready();
    await Promise.resolve();
    expect(store.getSnapshot().progress.runs.map((r) => r.lessonId)).toEqual([
      'caf-se-connecter',
      'caf-declaration-trimestrielle',
    ]);
  });

  it('restores a baseline in place of the runs, keeping the settings, and the lessons the QR code listed', () => {
    const storage = new FakeStorage();
    const { store } = storeOn(storage);
    store.setInactivityMinutes(15);
    store.recordRun(run('caf-se-connecter', ['se-connecter']));
    store.restore({ levels: { franceconnect: 'autonome' }, restoredAt: 42 }, ['caf-se-connecter', 'caf-se-connecter']);
    const expected = {
      version: 1,
      runs: [],
      baseline: { levels: { franceconnect: 'autonome' }, restoredAt: 42 },
      restoredLessons: ['caf-se-connecter'],
      settings: { inactivityMinutes: 15 },
    };
    expect(store.getSnapshot().progress).toEqual(expected);
    expect(JSON.parse(storage.getItem(progressStorageKey)!)).toEqual(expected);
  });

  it('checks the inactivity setting, and keeps it between 1 minute and 4 hours', () => {
    const { store } = storeOn(new FakeStorage());
    for (const wrong of [0, -1, Number.NaN]) expect(() => store.setInactivityMinutes(wrong)).toThrow(/above 0/);
    const kept = (minutes: number) => {
      store.setInactivityMinutes(minutes);
      return store.getSnapshot().progress.settings.inactivityMinutes;
    };
    expect([kept(0.5), kept(15), kept(2000), kept(Infinity)]).toEqual([1, 15, 240, 240]);
    expect([
      parseMinutes('15'),
      parseMinutes('50000'),
      parseMinutes('0.1'),
      parseMinutes(''),
      parseMinutes('dix'),
      parseMinutes(undefined),
      parseMinutes('0'),
    ]).toEqual([15, 240, 1, undefined, undefined, undefined, undefined]);
  });

  it('wipes: erases storage, then goes home (the callback) and starts a new learner with a notice', async () => {
    const storage = new FakeStorage();
    const { store, wipes } = storeOn(storage);
    store.recordRun(run('caf-se-connecter', ['se-connecter']));
    const order: string[] = [];
    store.subscribe(() => order.push(`state:${store.getSnapshot().notice}`));
    await store.wipe('ended', () => order.push(`home, stored: ${storage.length}`));
    expect(wipes).toHaveLength(1);
    expect(order).toEqual(['home, stored: 0', 'state:wiped']);
    expect(store.getSnapshot()).toEqual({
      progress: emptyProgress(),
      notice: 'wiped',
      storage: 'local',
      generation: 1,
    });
    await store.wipe('inactive');
    expect(store.getSnapshot()).toMatchObject({ notice: 'wiped-inactive', generation: 2 });
  });

  it('resets even when erasing fails', async () => {
    const { store } = storeOn(new FakeStorage(), { wipe: () => Promise.reject(new Error('blocked')) });
    store.recordRun(run('caf-se-connecter', ['se-connecter']));
    await expect(store.wipe()).rejects.toThrow('blocked');
    expect(store.getSnapshot()).toMatchObject({ progress: emptyProgress(), notice: 'wiped', generation: 1 });
  });

  it('does not let a read that finishes after a wipe bring the old progress back', async () => {
    const storage = stored(v1());
    // A reader that finishes when the test says so, not after some delay.
    let finishReading!: () => void;
    let reading!: Promise<ReadResult>;
    const parse = (text: string) =>
      (reading = new Promise<ReadResult>((resolve) => (finishReading = () => resolve(parseProgress(text)))));
    const { store } = storeOn(storage, { parse });
    store.getSnapshot();
    await store.wipe();
    finishReading();
    await reading; // the store's handler, attached before this await, has run
    expect(store.getSnapshot().progress.runs).toEqual([]);
  });

  it('dismisses the notice, and reads the document again when another tab changed it', async () => {
    const storage = stored('oops');
    const { store } = storeOn(storage);
    await store.ready();
    store.dismissNotice();
    expect(store.getSnapshot().notice).toBeUndefined();
    storage.setItem(progressStorageKey, JSON.stringify(v1()));
    store.reload();
    await store.ready();
    expect(store.getSnapshot().progress.runs).toHaveLength(1);
  });
});
