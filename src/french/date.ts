/**
 * Dates as French sites write and read them: `12/11/2026` and `14:05`, in the computer's local
 * time (the learner's own clock, as on the real sites).
 */

const dates = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' });
const times = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** `12/11/2026` for a time in ms since the epoch. */
export function frenchDate(ms: number): string {
  return dates.format(ms);
}

/** `14:05` for a time in ms since the epoch. */
export function frenchTime(ms: number): string {
  return times.format(ms);
}

/** A calendar day; `month` runs from 1 (janvier) to 12 (décembre). */
export interface FrenchDate {
  day: number;
  month: number;
  year: number;
}

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysIn = (month: number, year: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * The day of a date typed `JJ/MM/AAAA` (`05/09/2019`; `5/9/2019` and surrounding spaces are
 * forgiven), or `null` when it is not that shape or not a real day (`31/04/2026`, `29/02/2027`).
 */
export function parseFrenchDate(text: string): FrenchDate | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return null;
  return { day, month, year };
}
