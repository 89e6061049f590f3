/**
 * The colour of a timer, as a pure function of the time spent and the time planned: normal,
 * amber in the last fifth of the planned time (at most the last 5 minutes), red past it. The
 * page also says it in words, never by colour alone.
 */

/** `on-time`: plenty left; `ending`: amber; `over`: red. */
export type TimerTone = 'on-time' | 'ending' | 'over';

const fiveMinutes = 5 * 60_000;

/** How long before the planned end the timer turns amber: a fifth of the planned time, at most 5 minutes. */
export function endingWindowMs(plannedMs: number): number {
  return Math.min(plannedMs / 5, fiveMinutes);
}

/** The tone of a timer after `elapsedMs` of `plannedMs`. */
export function timerTone(elapsedMs: number, plannedMs: number): TimerTone {
  if (elapsedMs > plannedMs) return 'over';
  if (elapsedMs >= plannedMs - endingWindowMs(plannedMs)) return 'ending';
  return 'on-time';
}

/** `m:ss` (or `h:mm:ss` past an hour) of a duration in ms, rounded down to the second. */
export function clockText(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
