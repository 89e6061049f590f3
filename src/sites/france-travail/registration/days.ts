/** Calendar days of the practice clock, compared and shifted as the registration needs. */
import { frenchDate, type FrenchDate } from '../../../french/index.ts';

/** `20261130` for 30/11/2026: days compare as numbers. */
export const dayNumber = (d: FrenchDate) => d.year * 10_000 + d.month * 100 + d.day;

/** The calendar day of a date. */
export const dayOf = (date: Date): FrenchDate => ({
  day: date.getDate(),
  month: date.getMonth() + 1,
  year: date.getFullYear(),
});

/** `01/12/2026`: the day after `d` (the first day one can register after a contract ends). */
export function dayAfter(d: FrenchDate): string {
  return frenchDate(new Date(d.year, d.month - 1, d.day + 1).getTime());
}
