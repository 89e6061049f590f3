/** English strings of the advisor's pages (`/animateur`) shared by its parts; each part has its own file. */
import type { Messages } from '../fr.ts';
import type { advisorFr } from '../fr/advisor.ts';
import { groupEn } from './group.ts';
import { handoutsEn } from './handouts.ts';
import { presenterEn } from './presenter.ts';

export const advisorEn = {
  homeLink: 'Advisor area',
  homeLinkHint: 'For digital advisors who run a workshop',
  presenter: presenterEn,
  group: groupEn,
  handouts: handoutsEn,
} satisfies Messages<typeof advisorFr>;
