/** Test data and fakes for the progress tests: runs, a Storage that can refuse, a store on it, a code of another version. */
import type { RunRecord, StepRecord } from '../../src/engine/learner/types.ts';
import { createProgressStore, type ProgressStoreOptions } from '../../src/progress/progressStore.ts';

/** A finished run of `lessonId` whose steps each practise one of `skills`, done as `how` says. */
export function run(
  lessonId: string,
  skills: string[],
  how: Partial<StepRecord> = {},
  completedAt = Date.UTC(2025, 2, 12, 10),
): RunRecord {
  return {
    lessonId,
    mode: how.mode ?? 'guided',
    startedAt: completedAt - 60_000,
    completedAt,
    steps: skills.map((skill, i) => ({
      unit: `step-${i}`,
      skill,
      mode: 'guided',
      hintRung: 0,
      wrongActions: 0,
      shown: false,
      advisorHelped: false,
      durationMs: 5000,
      ...how,
    })),
  };
}

/** A `Storage` in memory that can be told to refuse reads or writes, as private modes and full disks do. */
export class FakeStorage implements Storage {
  items = new Map<string, string>();
  refuseReads = false;
  refuseWrites = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    if (this.refuseReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    if (this.refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

/** A store on `storage` whose wipe only clears that storage and counts. */
export function storeOn(storage: Storage, options: ProgressStoreOptions = {}) {
  const wipes: number[] = [];
  const store = createProgressStore({
    storage: () => storage,
    wipe: async () => {
      wipes.push(Date.now());
      storage.clear();
    },
    ...options,
  });
  return { store, wipes };
}

/**
 * A progress code of format version 2 (both first slots at Autonome) whose CRC-12 is right: only
 * its version is wrong. Computed once with a throwaway script that wrote the version field and the
 * CRC by hand (tests/progress/progressCode.test.ts tells how its vectors were made); a literal, so
 * that no test rebuilds the checksum it checks.
 */
export const otherVersionCode = '5W00-0000-0000-03ZY';
