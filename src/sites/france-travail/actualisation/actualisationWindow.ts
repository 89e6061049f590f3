/**
 * When the monthly update is open: from the 28th of the month (the 26th in February) to the
 * 15th of the next month, for the month that ends (procedures.md 1.2 B). Dates are local days of
 * the practice clock.
 */

/** The update window around a practice time. */
export interface ActualisationWindow {
  /** Whether the learner can update now. */
  open: boolean;
  /** The month to declare, as the site writes it: « novembre 2026 ». */
  month: string;
  /** The first day of the window (00:00). */
  opensOn: Date;
  /** The last day of the window (00:00; the window stays open that whole day). */
  closesOn: Date;
}

const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric' });

/** The day the update of a month opens: the 28th, the 26th in February (`month` is 0-based). */
function openingDay(year: number, month: number): Date {
  return new Date(year, month, month === 1 ? 26 : 28);
}

/** The update window that `now` is in, or the next one when it is closed. */
export function actualisationWindow(now: Date): ActualisationWindow {
  const year = now.getFullYear();
  const month = now.getMonth();
  // Up to the 15th: the window of the month before is still open.
  const declared = now.getDate() <= 15 ? new Date(year, month - 1, 1) : new Date(year, month, 1);
  const opensOn = openingDay(declared.getFullYear(), declared.getMonth());
  const closesOn = new Date(declared.getFullYear(), declared.getMonth() + 1, 15);
  return { open: now >= opensOn, month: monthName.format(declared), opensOn, closesOn };
}
