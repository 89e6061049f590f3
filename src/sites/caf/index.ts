/**
 * The CAF practice site, a copy of caf.fr « Mon Compte »: what it declares about itself as plain
 * data (targets, tab, mails, papers, persona). Its pages are in `view.tsx`.
 */
import type { SiteSpec } from '../framework/types.ts';
import { compteMailSpecs } from './compte/compteMails.ts';
import { cafNavigation } from './navigation.ts';
import { cafPersonaSchema } from './cafPersona.ts';
import { cafTargets } from './targets.ts';

export const caf = {
  id: 'caf',
  tabLabel: 'caf.fr',
  address: 'https://entrainement.pas-a-pas.local/caf',
  targets: cafTargets,
  mails: {
    'caf-code': { label: 'Message « Votre code de connexion » de la CAF' },
    'caf-accuse': { label: 'Message « Confirmation de votre déclaration trimestrielle de ressources » de la CAF' },
    'caf-changement': { label: 'Message « Votre déclaration de changement de situation » de la CAF' },
    ...compteMailSpecs,
    'caf-accuse-demande': { label: 'Message « Accusé de réception de votre demande de prime d’activité » de la CAF' },
  },
  papers: {
    'courrier-caf': { title: 'Courrier de la CAF' },
    'mot-de-passe': { title: 'Mot de passe CAF' },
    'facture-conjoint': { title: 'Facture du conjoint' },
  },
  persona: cafPersonaSchema,
  navigation: cafNavigation,
} as const satisfies SiteSpec<'caf'>;
