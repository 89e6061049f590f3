/**
 * The appointment slots offered at the end of registration, from the practice clock: the next
 * working days from the day after tomorrow (no weekend, no fixed public holiday), two a day.
 */

/** The slot values of the radio group, first to last: `creneau-1`… */
export const slotIds = ['creneau-1', 'creneau-2', 'creneau-3', 'creneau-4', 'creneau-5', 'creneau-6'] as const;
export type SlotId = (typeof slotIds)[number];

export interface Slot {
  id: SlotId;
  /** Practice time of the appointment. */
  at: number;
}

/** The times of day of the slots: 9:30 and 14:00. */
const times = [
  [9, 30],
  [14, 0],
] as const;

/** Fixed French public holidays, `month-day`. */
const holidays = new Set(['1-1', '5-1', '5-8', '7-14', '8-15', '11-1', '11-11', '12-25']);

const isWorkingDay = (d: Date) =>
  d.getDay() !== 0 && d.getDay() !== 6 && !holidays.has(`${d.getMonth() + 1}-${d.getDate()}`);

/** The 6 slots offered at practice time `now`. */
export function appointmentSlots(now: number): Slot[] {
  const slots: Slot[] = [];
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() + 2);
  while (slots.length < slotIds.length) {
    if (isWorkingDay(day))
      for (const [hours, minutes] of times) {
        const id = slotIds[slots.length];
        if (id)
          slots.push({ id, at: new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes).getTime() });
      }
    day.setDate(day.getDate() + 1);
  }
  return slots;
}

const longDate = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const hour = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** `mardi 8 décembre 2026 à 09:30`. */
export function slotLabel(at: number): string {
  return `${longDate.format(at)} à ${hour.format(at)}`;
}
