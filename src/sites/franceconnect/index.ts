/**
 * FranceConnect, practice copy: the choice of an identity provider, the providers' logins (those
 * with a practice copy: impots.gouv, ameli) and the return to the site that sent the learner,
 * signed in. It has no tab: its pages appear inside the tab of that site, as the real redirect
 * does (`src/sites/framework/franceconnect/`). Plain data; the pages are in `view.ts`.
 */
import type { SiteSpec } from '../framework/types.ts';
import { franceConnectPersonaSchema } from './franceConnectPersona.ts';
import { franceConnectAddress } from './providers.ts';
import { franceConnectTargets } from './targets.ts';

export const franceconnect = {
  id: 'franceconnect',
  tabLabel: 'FranceConnect',
  address: franceConnectAddress,
  tab: false,
  targets: franceConnectTargets,
  persona: franceConnectPersonaSchema,
  incidents: {
    'fournisseur-indisponible': {
      label: 'Le compte choisi (impots.gouv ou ameli) est momentanément indisponible : page d’erreur de FranceConnect',
    },
  },
} as const satisfies SiteSpec<'franceconnect'>;
