/** The inactivity delays an advisor can choose for a workshop, in minutes. */
const workshopChoices = [20, 30, 45, 60] as const;

/**
 * The delays offered, shortest first: the build's usual delay, the workshop choices, and the
 * current setting if it is none of those (so the page always shows what is in force).
 */
export function workshopDelays(usual: number, current: number): number[] {
  return [...new Set([usual, ...workshopChoices, current])].sort((a, b) => a - b);
}
