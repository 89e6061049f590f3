/**
 * While the learner is off the current step's page, the guide shows the way back (« Vous n'êtes
 * plus au bon endroit… »): the « not the right place » feedback would say the same thing less
 * well, so neither the guide nor the bubble beside the element shows it.
 */
import type { Feedback } from '../../engine/feedback.ts';
import type { Whereabouts } from '../readWhereabouts.ts';

/** Whether the current step's target is off screen (the way back, or its absence, is what to say). */
export function isAway(whereabouts: Whereabouts): boolean {
  return whereabouts.status === 'away' || whereabouts.status === 'lost';
}

/** The feedback to show beside the way back: all of it, except « not the right place » when away. */
export function besideWayBack(feedback: Feedback | null, away: boolean): Feedback | null {
  return away && feedback?.kind === 'wrong-target' ? null : feedback;
}
