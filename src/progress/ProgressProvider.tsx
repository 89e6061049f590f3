/**
 * The progress store as React context: `useProgress()` gives the learner's runs, baseline,
 * settings and the notice for the home page, and the actions (record a run, restore from a code,
 * wipe). A wipe remounts everything below the provider, so no component keeps the last learner's
 * state (a lesson in progress, a half-typed code).
 */
import {
  createContext,
  Fragment,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Baseline, RunRecord } from '../engine/learner/types.ts';
import { emptyProgress } from './emptyProgress.ts';
import {
  createProgressStore,
  progressStorageKey,
  type ProgressNotice,
  type ProgressState,
  type ProgressStore,
  type StorageMode,
} from './progressStore.ts';
import type { ProgressSettings } from './settings.ts';

/** What `useProgress()` gives. */
export interface ProgressContextValue {
  /** Finished lesson runs on this computer, oldest first. */
  runs: RunRecord[];
  /** Levels restored from a progress code, if any. */
  baseline: Baseline | undefined;
  /** Lessons done before the restore (from the QR code), if any. */
  restoredLessons: string[];
  settings: ProgressSettings;
  /** Where progress lives: `memory` when the browser refuses storage. */
  storage: StorageMode;
  /** Whether there is anything to keep: a run or a baseline. */
  hasProgress: boolean;
  /** True for the few milliseconds it takes to read a stored document after the first render. */
  reading: boolean;
  /** The message for the home page, until dismissed. */
  notice: ProgressNotice | undefined;
  dismissNotice(): void;
  /** Adds a finished lesson run (the player calls it at the end of a lesson). */
  recordRun(run: RunRecord): void;
  /** Replaces the progress with a restored baseline (and the lessons the QR code listed). */
  restore(baseline: Baseline, lessons?: readonly string[]): void;
  /** Sets the inactivity delay in minutes (> 0). */
  setInactivityMinutes(minutes: number): void;
  /** Erases everything, then goes home as a new learner. `inactive`: after the inactivity warning. */
  wipe(reason?: 'ended' | 'inactive'): Promise<void>;
}

const ProgressContext = createContext<ProgressContextValue | undefined>(undefined);

/** Props of `ProgressProvider`. */
export interface ProgressProviderProps {
  children: ReactNode;
  /** The store (default: one on `localStorage`, made once per provider). */
  store?: ProgressStore;
  /** Called after the storage is erased and before the new learner's first render: the app goes home. */
  onWiped?: () => void;
}

/** A build-time render has no storage: it shows a new learner. */
const serverState: ProgressState = { progress: emptyProgress(), storage: 'local', generation: 0 };

/** Provides the progress store to the app. */
export function ProgressProvider({ children, store: given, onWiped }: ProgressProviderProps) {
  const [store] = useState(() => given ?? createProgressStore());
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverState);
  const wiped = useRef(onWiped);
  useEffect(() => {
    wiped.current = onWiped;
  });

  // Another tab of the app wrote or erased the store: follow it (a wipe there is a wipe here).
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null) {
        wiped.current?.();
        store.reset('wiped');
      } else if (event.key === progressStorageKey) store.reload();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  const { progress, notice, storage, generation, reading = false } = state;
  const value = useMemo<ProgressContextValue>(
    () => ({
      runs: progress.runs,
      baseline: progress.baseline,
      restoredLessons: progress.restoredLessons ?? [],
      settings: progress.settings,
      storage,
      hasProgress: progress.runs.length > 0 || progress.baseline !== undefined,
      reading,
      notice,
      dismissNotice: store.dismissNotice,
      recordRun: store.recordRun,
      restore: store.restore,
      setInactivityMinutes: store.setInactivityMinutes,
      wipe: (reason) => store.wipe(reason, () => wiped.current?.()),
    }),
    [progress, notice, storage, reading, store],
  );
  return (
    <ProgressContext.Provider value={value}>
      <Fragment key={generation}>{children}</Fragment>
    </ProgressContext.Provider>
  );
}

/** The learner's progress and its actions. Throws outside `ProgressProvider`. */
export function useProgress(): ProgressContextValue {
  const value = useContext(ProgressContext);
  if (!value)
    throw new Error(
      'useProgress() needs a <ProgressProvider> above it: wrap the app (src/app/App.tsx) or the test in one.',
    );
  return value;
}
