/**
 * Calendar days in the learner's local time zone: « two different days » means two dates on
 * the learner's calendar, not 24 hours apart.
 */

/** The local calendar day of `at` (ms since the epoch), as `YYYY-MM-DD`. */
export function dayKey(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Noon, local time, of the calendar day before the day of `at`. */
export function noonOfDayBefore(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - 1, 12).getTime();
}
