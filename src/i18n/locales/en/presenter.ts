/** English strings of the advisor's presenter pages. */
import type { Messages } from '../fr.ts';
import type { presenterFr } from '../fr/presenter.ts';

export const presenterEn = {} satisfies Messages<typeof presenterFr>;
