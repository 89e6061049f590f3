/**
 * The number of hours worked in a month, as the update form takes it: a whole number of hours,
 * without minutes (procedures.md 1.2 B). `38`, `38 h` and `38,00` are 38; `38h30`, `38,5` or
 * `38:30` are refused with the real site's kind of message.
 */

/** Hours a month can hold (31 days of 24 hours). */
export const maxMonthHours = 744;

/** A typed number of hours: the whole hours, or the message to show. */
export type TypedHours = { hours: number; error: null } | { hours: null; error: string };

const refuse = (error: string): TypedHours => ({ hours: null, error });

/** Reads the « Nombre d'heures travaillées » field. */
export function readTypedHours(text: string): TypedHours {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').toLowerCase();
  if (t === '') return refuse('Saisissez le nombre d’heures travaillées.');
  const whole = /^(\d+)(?:[.,]0{1,2})?(?:h|heures?)?$/.exec(t);
  if (whole) {
    const hours = Number(whole[1]);
    if (hours === 0) return refuse('Le nombre d’heures doit être supérieur à 0.');
    if (hours > maxMonthHours) return refuse(`Le nombre d’heures ne peut pas dépasser ${maxMonthHours} dans un mois.`);
    return { hours, error: null };
  }
  // Minutes, or a fraction of an hour: 38h30, 38 h 30 min, 38:30, 38,5, 38.75.
  if (/^\d+(?:h\d+(?:min|mn|m)?|:\d{1,2}|[.,]\d+(?:h)?)$/.test(t))
    return refuse('Indiquez un nombre d’heures entier, sans les minutes. Par exemple : 38.');
  if (t.startsWith('-')) return refuse('Le nombre d’heures doit être supérieur à 0.');
  return refuse('Saisissez le nombre d’heures en chiffres. Par exemple : 38.');
}
