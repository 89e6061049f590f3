/**
 * The ameli practice site, a copy of ameli.fr « Mon compte ameli »: what it declares about itself
 * as plain data (targets, tab, papers, incidents, persona, navigation map). Its pages are in
 * `view.ts`.
 */
import type { SiteSpec } from '../framework/types.ts';
import { ameliPersonaSchema } from './ameliPersona.ts';
import { ameliNavigation } from './navigation.ts';
import { ameliTargets } from './targets.ts';

export const ameli = {
  id: 'ameli',
  tabLabel: 'ameli.fr',
  address: 'https://entrainement.pas-a-pas.local/ameli',
  targets: ameliTargets,
  papers: {
    'identifiants-ameli': { title: 'Numéro de sécurité sociale et mot de passe ameli' },
  },
  incidents: {
    'service-indisponible': {
      label:
        'Le prochain « Demander mon attestation » affiche « Service momentanément indisponible » ; « Réessayer » ramène à la demande',
    },
  },
  persona: ameliPersonaSchema,
  navigation: ameliNavigation,
} as const satisfies SiteSpec<'ameli'>;
