/** English strings of the advisor's group pages. */
import type { Messages } from '../fr.ts';
import type { groupFr } from '../fr/group.ts';

export const groupEn = {} satisfies Messages<typeof groupFr>;
