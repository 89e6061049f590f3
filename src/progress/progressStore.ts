/**
 * The progress store: one versioned JSON document in `localStorage`, read once, checked, migrated
 * or reset with a notice, and written on every change. When the browser refuses storage (private
 * mode, quota, a locked-down kiosk) the store keeps working in memory and says so.
 *
 * Nothing runs at import time: storage is first read when React first asks for the state, never
 * during a build. A stored document is checked by a lazy chunk (`readProgress.ts`, with the schema
 * library): until it is read, `reading` is true and changes wait for it.
 */
import type { Baseline, RunRecord } from '../engine/learner/types.ts';
import { emptyProgress } from './emptyProgress.ts';
import type { Progress } from './progressSchema.ts';
import type { ReadNotice, ReadResult } from './readProgress.ts';
import { parseMinutes } from './settings.ts';
import { wipeEverything } from './wipeEverything.ts';

/** The `localStorage` key of the progress document. */
export const progressStorageKey = 'pas-a-pas:progress';

/**
 * A message for the home page: the stored document was reset (`corrupt`, `unknown-version`) or
 * upgraded (`migrated`); progress lives in memory only (`memory`); everything was wiped, by the
 * learner (`wiped`) or after inactivity (`wiped-inactive`).
 */
export type ProgressNotice = ReadNotice | 'memory' | 'wiped' | 'wiped-inactive';

/** Where the progress lives: `local` (the browser's storage) or `memory` (lost when the page closes). */
export type StorageMode = 'local' | 'memory';

/** The store's state, as React reads it. */
export interface ProgressState {
  progress: Progress;
  notice?: ProgressNotice;
  storage: StorageMode;
  /** True while a stored document is being read (a few milliseconds after the first render). */
  reading?: boolean;
  /** Increases at each wipe: the app remounts under a new key, so nothing of the last learner stays in memory. */
  generation: number;
}

/** The progress store: a tiny external store for `useSyncExternalStore`. */
export interface ProgressStore {
  getSnapshot(): ProgressState;
  subscribe(listener: () => void): () => void;
  /** Resolves once the stored document is read (at once when nothing is stored). */
  ready(): Promise<void>;
  /** Adds a finished lesson run. */
  recordRun(run: RunRecord): void;
  /** Replaces the progress with levels restored from a code: runs are dropped (docs/public-computer.md). */
  restore(baseline: Baseline, lessons?: readonly string[]): void;
  /** Sets the inactivity delay (minutes > 0, kept within 1–240); the stored value lasts until the next wipe. */
  setInactivityMinutes(minutes: number): void;
  dismissNotice(): void;
  /** Reads the document again (another tab changed it). */
  reload(): void;
  /** Forgets everything in memory and starts a new learner, with `notice`. */
  reset(notice: 'wiped' | 'wiped-inactive'): void;
  /**
   * Erases everything the app stored, then calls `beforeReset` (the app goes home) and resets.
   * @param reason `ended` (the learner's button; default) or `inactive`
   */
  wipe(reason?: 'ended' | 'inactive', beforeReset?: () => void): Promise<void>;
}

/** Options of `createProgressStore`. */
export interface ProgressStoreOptions {
  /** The storage to use (default: `globalThis.localStorage`); `undefined` or a throwing getter means memory only. */
  storage?: () => Storage | undefined;
  /** Erases the browser's storage (default: `wipeEverything`). */
  wipe?: () => Promise<unknown>;
  /** Reads a stored document (default: the lazy `readProgress.ts`). */
  parse?: (text: string) => Promise<ReadResult>;
}

const lazyParse = (text: string) => import('./readProgress.ts').then(({ parseProgress }) => parseProgress(text));

/** Creates the progress store. */
export function createProgressStore({
  storage = () => globalThis.localStorage,
  wipe = wipeEverything,
  parse = lazyParse,
}: ProgressStoreOptions = {}): ProgressStore {
  const listeners = new Set<() => void>();
  let state: ProgressState | undefined;
  /** The read in progress, if any; changes wait for it. */
  let reading: Promise<void> | undefined;
  /** Bumped by each read and reset, so that a late read never overwrites newer state. */
  let epoch = 0;

  const set = (next: ProgressState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const memory = (progress: Progress, generation: number): ProgressState => ({
    progress,
    notice: 'memory',
    storage: 'memory',
    generation,
  });

  /** Reads storage; a stored document is parsed asynchronously, then published. */
  const read = (generation: number): ProgressState => {
    const mine = ++epoch;
    reading = undefined;
    let store: Storage | undefined;
    let text: string | null;
    try {
      store = storage();
      if (!store) return memory(emptyProgress(), generation);
      text = store.getItem(progressStorageKey);
    } catch {
      return memory(emptyProgress(), generation);
    }
    if (text === null) return { progress: emptyProgress(), storage: 'local', generation };
    const stored = text;
    const found = store;
    reading = parse(stored).then(
      ({ progress, notice }) => {
        if (mine !== epoch) return;
        reading = undefined;
        try {
          // Repair the stored copy: a reset removes it, a migration writes the new version.
          if (notice === 'corrupt' || notice === 'unknown-version') found.removeItem(progressStorageKey);
          if (notice === 'migrated') found.setItem(progressStorageKey, JSON.stringify(progress));
        } catch {
          return set(memory(progress, current().generation));
        }
        set({ progress, ...(notice ? { notice } : {}), storage: 'local', generation: current().generation });
      },
      () => {
        // The reader could not load (offline): leave the stored copy alone, work in memory.
        if (mine !== epoch) return;
        reading = undefined;
        set(memory(emptyProgress(), current().generation));
      },
    );
    return { progress: emptyProgress(), storage: 'local', reading: true, generation };
  };

  const current = (): ProgressState => (state ??= read(0));

  /** Runs `change` once the stored document is read. */
  const afterRead = (change: () => void) => {
    current();
    if (reading) void reading.then(change);
    else change();
  };

  /** Writes `progress` to storage; false when the storage is gone or refuses the write. */
  const write = (progress: Progress): boolean => {
    try {
      const store = storage();
      store?.setItem(progressStorageKey, JSON.stringify(progress));
      return store !== undefined;
    } catch {
      return false;
    }
  };

  /** Saves `progress` and publishes it; a refused write switches to memory with a notice. */
  const save = (progress: Progress) => {
    const { notice, generation, storage: mode } = current();
    if (mode === 'local' && !write(progress)) return set(memory(progress, generation));
    set({ progress, ...(notice ? { notice } : {}), storage: mode, generation });
  };

  const reset = (notice: 'wiped' | 'wiped-inactive') => {
    const { storage: mode, generation } = current();
    epoch++;
    reading = undefined;
    set({ progress: emptyProgress(), notice, storage: mode, generation: generation + 1 });
  };

  return {
    getSnapshot: current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready() {
      current();
      return reading ?? Promise.resolve();
    },
    recordRun(run) {
      afterRead(() => {
        const { progress } = current();
        save({ ...progress, runs: [...progress.runs, run] });
      });
    },
    restore(baseline, lessons = []) {
      afterRead(() => {
        const { progress } = current();
        save({
          version: progress.version,
          runs: [],
          baseline: { levels: { ...baseline.levels }, restoredAt: baseline.restoredAt },
          ...(lessons.length > 0 ? { restoredLessons: [...new Set(lessons)] } : {}),
          settings: progress.settings,
        });
      });
    },
    setInactivityMinutes(minutes) {
      const valid = parseMinutes(minutes);
      if (valid === undefined)
        throw new RangeError(`Inactivity minutes must be a number above 0; got ${String(minutes)}.`);
      afterRead(() => {
        const { progress } = current();
        save({ ...progress, settings: { ...progress.settings, inactivityMinutes: valid } });
      });
    },
    dismissNotice() {
      const { notice: _notice, ...rest } = current();
      if (_notice) set(rest);
    },
    reload() {
      set(read(current().generation));
    },
    reset,
    async wipe(reason = 'ended', beforeReset) {
      try {
        await wipe();
      } finally {
        beforeReset?.();
        reset(reason === 'inactive' ? 'wiped-inactive' : 'wiped');
      }
    },
  };
}
