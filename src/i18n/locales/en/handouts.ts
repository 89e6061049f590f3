/** English strings of the advisor's handouts pages. */
import type { Messages } from '../fr.ts';
import type { handoutsFr } from '../fr/handouts.ts';

export const handoutsEn = {} satisfies Messages<typeof handoutsFr>;
