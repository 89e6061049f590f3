/**
 * The practice clock of one lesson run: the sites show the story's date (a declaration made
 * before its deadline), whatever the real date, while durations still flow in real time (a
 * one-time code expires 15 real minutes after it was sent).
 */

/** A run's clock: plain numbers, so it travels in the practice world and in snapshots. */
export interface PracticeClock {
  /** The practice time (ms since the epoch) at the start of the run. */
  practiceStart: number;
  /** The real time (ms since the epoch) at the start of the run. */
  realStart: number;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day of a `YYYY-MM-DD` text, or `null` when it is not that shape or not a real day. */
function parseDay(text: string): { year: number; month: number; day: number } | null {
  const m = dayPattern.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // UTC has no daylight saving time: the day is real when it survives the round trip.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Whether `text` is a real day written `YYYY-MM-DD` (`2026-11-12`; not `2026-02-30`). */
export function isPracticeDate(text: string): boolean {
  return parseDay(text) !== null;
}

/**
 * The clock of a run that starts at `realStart`. A `YYYY-MM-DD` practice date starts that day at
 * the real start's time of day, in local time; without one, the practice time is the real time.
 * Throws on a date that is not a real `YYYY-MM-DD` day (the compiler checks lesson dates first).
 */
export function createPracticeClock(practiceDate: string | undefined, realStart: number): PracticeClock {
  if (practiceDate === undefined) return { practiceStart: realStart, realStart };
  const day = parseDay(practiceDate);
  if (!day) throw new Error(`Practice date "${practiceDate}" is not a real day: write it YYYY-MM-DD, e.g. 2026-11-12.`);
  const real = new Date(realStart);
  // Local time: a time of day that daylight saving skips on that day moves an hour later, same day.
  const practiceStart = new Date(
    day.year,
    day.month - 1,
    day.day,
    real.getHours(),
    real.getMinutes(),
    real.getSeconds(),
    real.getMilliseconds(),
  ).getTime();
  return { practiceStart, realStart };
}

/** The practice time (ms since the epoch) at the real time `realNow` (default: now). */
export function practiceNow(clock: PracticeClock, realNow: number = Date.now()): number {
  return clock.practiceStart + (realNow - clock.realStart);
}
