/**
 * The public-computer settings and their defaults. A venue sets its own inactivity delay at build
 * time (`VITE_INACTIVITY_MINUTES=15 npm run build`); a value chosen in the app lasts until the
 * next wipe, like everything else the app stores.
 */

/** Settings kept in the progress store. */
export interface ProgressSettings {
  /** Minutes without any activity before the warning; the wipe follows a minute later (default: 10, or `VITE_INACTIVITY_MINUTES`). */
  inactivityMinutes: number;
}

/** The delay when nothing sets one. */
const fallbackMinutes = 10;

/**
 * The inactivity delays the app uses, in minutes: shorter would wipe a learner reading a paper,
 * longer would leave a learner's progress to the next person (and far beyond, above about
 * 35 000 minutes, a browser timer fires at once).
 */
export const inactivityMinutesRange = { min: 1, max: 240 } as const;

/** `minutes` brought within `inactivityMinutesRange`. */
export function clampInactivityMinutes(minutes: number): number {
  return Math.min(inactivityMinutesRange.max, Math.max(inactivityMinutesRange.min, minutes));
}

/**
 * A usable number of minutes from `value`: a positive number (or its text) brought within
 * `inactivityMinutesRange`, or `undefined` for anything else (zero, a negative, not a number).
 */
export function parseMinutes(value: unknown): number | undefined {
  const minutes =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return minutes > 0 ? clampInactivityMinutes(minutes) : undefined;
}

/** The inactivity delay of this build: `VITE_INACTIVITY_MINUTES` when it is a positive number (kept within range), else 10. */
export const defaultInactivityMinutes: number =
  parseMinutes(import.meta.env.VITE_INACTIVITY_MINUTES) ?? fallbackMinutes;

/** The settings of a new learner. */
export function defaultSettings(): ProgressSettings {
  return { inactivityMinutes: defaultInactivityMinutes };
}
