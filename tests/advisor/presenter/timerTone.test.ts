// @vitest-environment node
/** The timers' colours: amber in the last fifth of the planned time (at most 5 minutes), red past it. */
import { describe, expect, it } from 'vitest';
import { clockText, endingWindowMs, timerTone } from '../../../src/advisor/presenter/timerTone.ts';

const min = 60_000;

describe('timerTone', () => {
  it('turns amber in the last fifth of a short segment', () => {
    // 10 minutes planned: amber from 8:00.
    expect(endingWindowMs(10 * min)).toBe(2 * min);
    expect(timerTone(7 * min + 59_999, 10 * min)).toBe('on-time');
    expect(timerTone(8 * min, 10 * min)).toBe('ending');
    expect(timerTone(10 * min, 10 * min)).toBe('ending');
  });

  it('turns amber at most 5 minutes before the end of a long session', () => {
    // 110 minutes planned: a fifth would be 22 minutes; amber only from 105:00.
    expect(endingWindowMs(110 * min)).toBe(5 * min);
    expect(timerTone(104 * min, 110 * min)).toBe('on-time');
    expect(timerTone(105 * min, 110 * min)).toBe('ending');
  });

  it('turns red once the planned time is past', () => {
    expect(timerTone(10 * min + 1, 10 * min)).toBe('over');
    expect(timerTone(200 * min, 110 * min)).toBe('over');
  });

  it('starts on time', () => {
    expect(timerTone(0, 10 * min)).toBe('on-time');
  });
});

describe('clockText', () => {
  it('writes minutes and seconds, then hours past an hour', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65_999)).toBe('1:05');
    expect(clockText(61 * min + 2_000)).toBe('1:01:02');
    expect(clockText(-5_000)).toBe('0:00');
  });
});
