// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPracticeClock, isPracticeDate, practiceNow } from '../../src/lesson/practiceClock.ts';

const minutes = 60_000;
/** A local time, as the learner's computer reads it. */
const local = (year: number, month: number, day: number, hours = 0, mins = 0, seconds = 0, ms = 0) =>
  new Date(year, month - 1, day, hours, mins, seconds, ms).getTime();
/** `2026-11-12 14:05:30.250`, in local time. */
const shown = (ms: number) => {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, '0')}`;
};

// A time zone with daylight saving time, so that the DST cases mean something on any machine.
const savedZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

describe('the practice clock', () => {
  it('without a practice date, is the real time', () => {
    const realStart = local(2025, 3, 3, 9, 41);
    const clock = createPracticeClock(undefined, realStart);
    expect(clock).toEqual({ practiceStart: realStart, realStart });
    expect(practiceNow(clock, realStart + 7 * minutes)).toBe(realStart + 7 * minutes);
  });

  it('starts on the practice day at the real start’s time of day', () => {
    const clock = createPracticeClock('2026-11-12', local(2025, 3, 3, 14, 5, 30, 250));
    expect(shown(clock.practiceStart)).toBe('2026-11-12 14:05:30.250');
    expect(shown(practiceNow(clock, clock.realStart))).toBe('2026-11-12 14:05:30.250');
  });

  it('keeps the practice day from the first to the last millisecond of the real day', () => {
    expect(shown(createPracticeClock('2026-11-12', local(2025, 3, 3)).practiceStart)).toBe('2026-11-12 00:00:00.000');
    expect(shown(createPracticeClock('2026-11-12', local(2025, 3, 3, 23, 59, 59, 999)).practiceStart)).toBe(
      '2026-11-12 23:59:59.999',
    );
  });

  it('carries real elapsed time over, across midnight too', () => {
    const realStart = local(2025, 3, 3, 23, 50);
    const clock = createPracticeClock('2026-11-12', realStart);
    expect(practiceNow(clock, realStart + 15 * minutes) - clock.practiceStart).toBe(15 * minutes);
    expect(shown(practiceNow(clock, realStart + 15 * minutes))).toBe('2026-11-13 00:05:00.000');
    expect(shown(practiceNow(clock, realStart - 60 * minutes))).toBe('2026-11-12 22:50:00.000');
  });

  it('is the real time when the practice date is today', () => {
    const realStart = local(2026, 11, 12, 10, 30);
    expect(createPracticeClock('2026-11-12', realStart).practiceStart).toBe(realStart);
  });

  it('keeps the local time of day across daylight saving time, and the day on a change of time', () => {
    // A summer real day, a winter practice day: 14:05 stays 14:05 on the clock of the wall.
    expect(shown(createPracticeClock('2026-11-12', local(2026, 7, 1, 14, 5)).practiceStart)).toBe(
      '2026-11-12 14:05:00.000',
    );
    expect(shown(createPracticeClock('2026-07-01', local(2026, 11, 12, 14, 5)).practiceStart)).toBe(
      '2026-07-01 14:05:00.000',
    );
    // 02:30 does not exist on 29 March 2026 in Paris (02:00 → 03:00): same day, an hour later.
    expect(shown(createPracticeClock('2026-03-29', local(2025, 1, 10, 2, 30)).practiceStart)).toBe(
      '2026-03-29 03:30:00.000',
    );
    // 02:30 happens twice on 25 October 2026: one of them, on that day.
    expect(shown(createPracticeClock('2026-10-25', local(2025, 1, 10, 2, 30)).practiceStart)).toBe(
      '2026-10-25 02:30:00.000',
    );
    // Elapsed time stays real time over a change of time: 3 real hours are 3 hours of the clock.
    const clock = createPracticeClock('2026-10-25', local(2025, 1, 10, 1, 0));
    expect(practiceNow(clock, clock.realStart + 180 * minutes) - clock.practiceStart).toBe(180 * minutes);
  });

  it('is plain data that survives JSON', () => {
    const clock = createPracticeClock('2026-11-12', local(2025, 3, 3, 9, 0));
    expect(JSON.parse(JSON.stringify(clock))).toEqual(clock);
  });

  it('accepts only real days written YYYY-MM-DD, and throws with the fix otherwise', () => {
    expect(isPracticeDate('2026-11-12')).toBe(true);
    expect(isPracticeDate('2028-02-29')).toBe(true);
    for (const wrong of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '12/11/2026', '']) {
      expect(isPracticeDate(wrong), wrong).toBe(false);
    }
    expect(() => createPracticeClock('12/11/2026', 0)).toThrow(
      'Practice date "12/11/2026" is not a real day: write it YYYY-MM-DD, e.g. 2026-11-12.',
    );
  });
});
