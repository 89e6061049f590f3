/**
 * The France Travail practice site, a copy of francetravail.fr (espace candidat): what it
 * declares about itself as plain data (targets, tab, mails, papers, incidents, persona, navigation
 * map), its own and those of the monthly update and the documents (`actualisation/`). Its pages
 * are in `view.ts`.
 */
import * as z from 'zod/mini';
import type { SiteSpec } from '../framework/types.ts';
import {
  actualisationIncidents,
  actualisationLinks,
  actualisationMails,
  actualisationPapers,
  actualisationPersonaSchema,
  actualisationPlaces,
  actualisationTargets,
} from './actualisation/spec.ts';
import { withFranceConnect } from '../franceconnect/navigation.ts';
import { franceTravailMailSpecs } from './franceTravailMails.ts';
import { franceTravailPersonaSchema } from './franceTravailPersona.ts';
import { franceTravailNavigation } from './navigation.ts';
import { franceTravailTargets } from './targets.ts';

export const franceTravail = {
  id: 'france-travail',
  tabLabel: 'francetravail.fr',
  address: 'https://entrainement.pas-a-pas.local/france-travail',
  targets: { ...franceTravailTargets, ...actualisationTargets },
  mails: { ...franceTravailMailSpecs, ...actualisationMails },
  papers: {
    'carte-identite': { title: 'Carte nationale d’identité' },
    'attestation-employeur': { title: 'Attestation employeur destinée à France Travail' },
    rib: { title: 'Relevé d’identité bancaire (RIB)' },
    cv: { title: 'CV' },
    'identifiants-france-travail': { title: 'Identifiant et mot de passe France Travail' },
    'paiements-france-travail': { title: 'Attestation de paiement France Travail' },
    ...actualisationPapers,
  },
  incidents: {
    'session-expiree': {
      label: 'La session expire : la prochaine action sur une page de l’espace personnel demande de se reconnecter',
    },
    'courriel-indesirable': {
      label: 'Le prochain courriel de France Travail arrive dans le dossier « Courrier indésirable »',
    },
    'lien-expire': { label: 'Le lien d’activation reçu par courriel a expiré quand on l’ouvre' },
    ...actualisationIncidents,
  },
  persona: z.intersection(franceTravailPersonaSchema, actualisationPersonaSchema),
  // FranceConnect's pages, shown in this tab from the login page, are places of its map too.
  navigation: withFranceConnect(
    {
      places: { ...franceTravailNavigation.places, ...actualisationPlaces },
      links: [...franceTravailNavigation.links, ...actualisationLinks],
    },
    { site: 'france-travail', login: 'login', signedIn: 'espace', gives: ['signed-in'] },
  ),
} as const satisfies SiteSpec<'france-travail'>;
