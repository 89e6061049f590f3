/** A month typed `MM/AAAA` on a form (`06/2026`; `6/2026` and surrounding spaces are forgiven). */

/** A calendar month; `month` runs from 1 (janvier) to 12 (décembre). */
export interface MonthYear {
  month: number;
  year: number;
}

/** The month of `MM/AAAA`, or `null` when it is not that shape or not a month. */
export function parseMonthYear(text: string): MonthYear | null {
  const m = /^(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [month, year] = [Number(m[1]), Number(m[2])];
  return month >= 1 && month <= 12 && year >= 1900 ? { month, year } : null;
}

/** Compares two months: negative when `a` is before `b`, 0 when they are the same. */
export function compareMonths(a: MonthYear, b: MonthYear): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}
