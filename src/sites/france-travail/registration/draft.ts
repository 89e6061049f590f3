/**
 * The registration draft (« brouillon »): what the learner typed, kept with the practice date it
 * was saved on. The real site keeps it 14 to 15 days (docs/procedures.md, 1.2 A): here 15 days of
 * the practice clock, after which it is deleted.
 */

/** How long a draft is kept after its last save: 15 days. */
export const draftValidityMs = 15 * 24 * 3600_000;

/** The practice time after which a draft saved at `savedAt` is gone. */
export const draftExpiresAt = (savedAt: number) => savedAt + draftValidityMs;

/** Whether a draft saved at `savedAt` is gone at practice time `now`. */
export const isDraftExpired = (savedAt: number, now: number) => now > draftExpiresAt(savedAt);
