/**
 * The dates of the online declaration on the practice clock: the campaign is open from April to
 * June of the year after the income; « Corriger » is possible until the persona's deadline; the
 * avis d'impôt of the income of year N is online from the end of July of N + 1
 * (docs/procedures.md section 1.3).
 */
import { parseFrenchDate } from '../../../french/index.ts';
import type { ImpotsPersona } from '../impotsPersona.ts';

export interface Campaign {
  /** The year of the income declared. */
  incomeYear: number;
  /** The declaration can be made now. */
  open: boolean;
  /** The campaign has not opened yet. */
  before: boolean;
  /** The deadline of the online declaration, end of that day (local time). */
  deadline: number;
  /** A signed declaration can still be corrected online. */
  canCorrect: boolean;
}

/** The campaign of the persona's declaration at practice time `now`. */
export function campaignAt(p: ImpotsPersona, now: number): Campaign {
  const incomeYear = p.impots.declaration.revenus_de;
  const year = incomeYear + 1;
  const opens = new Date(year, 3, 1).getTime();
  const closes = new Date(year, 6, 1).getTime();
  const day = parseFrenchDate(p.impots.declaration.date_limite);
  const deadline = day ? new Date(day.year, day.month - 1, day.day + 1).getTime() - 1 : closes - 1;
  return {
    incomeYear,
    open: now >= opens && now < closes,
    before: now < opens,
    deadline,
    canCorrect: now >= opens && now <= deadline,
  };
}

/** When the avis d'impôt on the income of `incomeYear` is online: 31 July of the next year. */
export function noticeAvailableFrom(incomeYear: number): number {
  return new Date(incomeYear + 1, 6, 31).getTime();
}
