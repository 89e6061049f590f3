/** Test data and fakes for the progress tests: runs, a Storage that can refuse, a store on it, forged codes. */
import type { RunRecord, StepRecord } from '../../src/engine/learner/types.ts';
import { CODE_ALPHABET, groupProgressCode } from '../../src/progress/progressCode.ts';
import { createProgressStore, type ProgressStoreOptions } from '../../src/progress/progressStore.ts';

/** A finished run of `lessonId` whose steps each practise one of `skills`, done as `how` says. */
export function run(lessonId: string, skills: string[], how: Partial<StepRecord> = {}, completedAt = Date.UTC(2025, 2, 12, 10)): RunRecord {
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

/** A code built by hand from the documented layout: version (4 bits), 32 slots (2 bits), CRC-12 (x¹²+x¹¹+x³+x²+x+1, start 0xFFF). */
export function forge(version: number, slots: number[]): string {
  const bits: number[] = [];
  const push = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--) bits.push((value >> i) & 1);
  };
  push(version, 4);
  for (let slot = 0; slot < 32; slot++) push(slots[slot] ?? 0, 2);
  let crc = 0xfff;
  for (const bit of bits) {
    const top = ((crc >> 11) & 1) ^ bit;
    crc = (crc << 1) & 0xfff;
    if (top) crc ^= 0x80f;
  }
  push(crc, 12);
  let code = '';
  for (let i = 0; i < bits.length; i += 5) code += CODE_ALPHABET[parseInt(bits.slice(i, i + 5).join(''), 2)];
  return groupProgressCode(code);
}
