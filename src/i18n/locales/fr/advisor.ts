/** French strings of the advisor's pages (`/animateur`) shared by its parts; each part has its own file. */
import { groupFr } from './group.ts';
import { handoutsFr } from './handouts.ts';
import { presenterFr } from './presenter.ts';

export const advisorFr = {
  homeLink: 'Espace animateur',
  homeLinkHint: 'Pour les conseillers numériques qui animent un atelier',
  presenter: presenterFr,
  group: groupFr,
  handouts: handoutsFr,
} as const;
