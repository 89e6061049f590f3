/**
 * The impots.gouv practice site, a copy of impots.gouv.fr (espace particulier): what it declares
 * about itself as plain data (targets, tab, mails, papers, incidents, persona, navigation map).
 * Its pages are in `view.ts`.
 */
import type { SiteSpec } from '../framework/types.ts';
import { impotsMailSpecs } from './impotsMails.ts';
import { impotsPersonaSchema } from './impotsPersona.ts';
import { impotsNavigation } from './navigation.ts';
import { impotsTargets } from './targets.ts';

export const impots = {
  id: 'impots',
  tabLabel: 'impots.gouv.fr',
  address: 'https://entrainement.pas-a-pas.local/impots',
  targets: impotsTargets,
  mails: impotsMailSpecs,
  papers: {
    'avis-impot': { title: 'Avis d’impôt sur les revenus' },
    'declaration-revenus': { title: 'Déclaration des revenus (page 1)' },
    'identifiants-impots': { title: 'Mot de passe impots.gouv.fr' },
    'cumul-annuel': { title: 'Attestation de salaires de l’année' },
  },
  incidents: {
    'lien-expire': { label: 'Le lien d’activation de l’espace particulier a expiré quand on l’ouvre' },
    'courriel-indesirable': {
      label: 'Le prochain courriel d’impots.gouv.fr arrive dans le dossier « Courrier indésirable »',
    },
  },
  persona: impotsPersonaSchema,
  navigation: impotsNavigation,
} as const satisfies SiteSpec<'impots'>;
