// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { frenchDate, frenchTime, parseFrenchDate } from '../../src/french/index.ts';

// Local times, as the sites show them: the tests pass whatever the computer's time zone.
const at = (year: number, month: number, day: number, hours = 0, minutes = 0) =>
  new Date(year, month - 1, day, hours, minutes).getTime();

describe('frenchDate and frenchTime', () => {
  it('write a day as JJ/MM/AAAA and a time as HH:MM, with leading zeros', () => {
    expect(frenchDate(at(2026, 11, 12, 14, 5))).toBe('12/11/2026');
    expect(frenchDate(at(2026, 1, 2))).toBe('02/01/2026');
    expect(frenchTime(at(2026, 11, 12, 14, 5))).toBe('14:05');
    expect(frenchTime(at(2026, 11, 12, 9, 7))).toBe('09:07');
  });

  it('write midnight as 00:00, not 24:00', () => {
    expect(frenchTime(at(2026, 11, 12, 0, 0))).toBe('00:00');
  });
});

describe('parseFrenchDate', () => {
  it('reads a day typed JJ/MM/AAAA, forgiving missing zeros and surrounding spaces', () => {
    expect(parseFrenchDate('14/03/1986')).toEqual({ day: 14, month: 3, year: 1986 });
    expect(parseFrenchDate('5/9/2019')).toEqual({ day: 5, month: 9, year: 2019 });
    expect(parseFrenchDate(' 25/11/2026 ')).toEqual({ day: 25, month: 11, year: 2026 });
  });

  it('reads what frenchDate writes', () => {
    expect(parseFrenchDate(frenchDate(at(2026, 11, 12)))).toEqual({ day: 12, month: 11, year: 2026 });
  });

  it('knows the length of each month and leap years', () => {
    expect(parseFrenchDate('31/12/2026')).not.toBeNull();
    expect(parseFrenchDate('31/04/2026')).toBeNull();
    expect(parseFrenchDate('29/02/2024')).toEqual({ day: 29, month: 2, year: 2024 });
    expect(parseFrenchDate('29/02/2000')).not.toBeNull();
    expect(parseFrenchDate('29/02/2027')).toBeNull();
    expect(parseFrenchDate('29/02/1900')).toBeNull();
  });

  it.each([
    '',
    '00/01/2026',
    '32/01/2026',
    '12/13/2026',
    '12/00/2026',
    '12/11/26',
    '2026-11-12',
    '12.11.2026',
    '12/11/2026 14:05',
    'demain',
  ])('refuses %j', (typed) => {
    expect(parseFrenchDate(typed)).toBeNull();
  });
});
