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

/** A usable number of minutes from `value`, or `undefined`. Fractions are allowed (tests use 0.1). */
export function parseMinutes(value: unknown): number | undefined {
  const minutes =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(minutes) && minutes > 0 && minutes <= 24 * 60 ? minutes : undefined;
}

/** The inactivity delay of this build: `VITE_INACTIVITY_MINUTES` when it is a positive number, else 10. */
export const defaultInactivityMinutes: number =
  parseMinutes(import.meta.env.VITE_INACTIVITY_MINUTES) ?? fallbackMinutes;

/** The settings of a new learner. */
export function defaultSettings(): ProgressSettings {
  return { inactivityMinutes: defaultInactivityMinutes };
}
