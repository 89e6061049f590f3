/**
 * A date of birth typed `JJ/MM/AAAA` on a form: a real calendar day, not in the future, and the
 * person old enough for the procedure (16 to register with France Travail). Each problem has its
 * own message, as the real sites word them.
 */
import { parseFrenchDate, type FrenchDate } from './date.ts';

/** Whole years between `birth` and `today` (a birthday not reached yet this year does not count). */
export function ageOn(birth: FrenchDate, today: Date): number {
  const month = today.getMonth() + 1;
  const reached = month > birth.month || (month === birth.month && today.getDate() >= birth.day);
  return today.getFullYear() - birth.year - (reached ? 0 : 1);
}

/** Whether `date` is after the calendar day of `today`. */
export function isAfterDay(date: FrenchDate, today: Date): boolean {
  const t = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  const d = [date.year, date.month, date.day];
  for (let i = 0; i < 3; i++) if (d[i] !== t[i]) return (d[i] ?? 0) > (t[i] ?? 0);
  return false;
}

/**
 * The message for a date of birth typed on a form, or `null` when it is right: empty, not
 * `JJ/MM/AAAA`, not a real day, in the future, or younger than `minimumAge` (default: 16).
 */
export function birthDateError(text: string, today: Date, minimumAge = 16): string | null {
  if (text.trim() === '') return 'Saisissez votre date de naissance.';
  if (!/^\s*\d{1,2}\/\d{1,2}\/\d{4}\s*$/.test(text))
    return 'La date de naissance doit être au format JJ/MM/AAAA, par exemple 25/01/1990.';
  const date = parseFrenchDate(text);
  if (!date) return 'Cette date n’existe pas. Vérifiez le jour et le mois.';
  if (isAfterDay(date, today)) return 'La date de naissance ne peut pas être dans le futur.';
  if (date.year < today.getFullYear() - 120) return 'Vérifiez l’année de naissance.';
  if (ageOn(date, today) < minimumAge) return `Vous devez avoir au moins ${minimumAge} ans pour vous inscrire.`;
  return null;
}
