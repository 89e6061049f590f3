/**
 * The simulator's places and links, to be merged into the CAF's navigation map (`cafNavigation`):
 * each page is a place (`data-place`), « Suivant » and « Précédent » the links between them. The
 * answers are kept with the run, so « Suivant » leads on once a page was answered; the links that
 * depend on an answer read the flags of `simulateurFlags` (`simulateur-sans-revenus`,
 * `simulateur-couple`), which the CAF site's root must show. The way in, from the home page's
 * « Faire une simulation », is the CAF's own link (it opens the first page).
 */
import type { LinkSpec, PlaceSpec } from '../../framework/types.ts';
import type { SimulateurPage } from './simulateurReducer.ts';

const next = [{ action: 'click', target: 'caf.simulateur.next' }] as const;
const previous = [{ action: 'click', target: 'caf.simulateur.previous' }] as const;
const nav = ['caf.simulateur.next', 'caf.simulateur.previous'];

export const places: Record<SimulateurPage, PlaceSpec> = {
  'simulateur-debut': {
    label: 'la première page du simulateur de la prime d’activité',
    targets: ['caf.simulateur.debut.*', 'caf.simulateur.next'],
  },
  'simulateur-revenus': {
    label: 'la page « Vos revenus professionnels » du simulateur',
    targets: ['caf.simulateur.revenus', ...nav],
  },
  'simulateur-non-eligible': {
    label: 'la page « Vous ne pouvez pas bénéficier de la prime d’activité »',
    targets: ['caf.simulateur.non-eligible.modifier'],
  },
  'simulateur-situation': {
    label: 'la page « Votre situation » du simulateur',
    targets: ['caf.simulateur.situation', ...nav],
  },
  'simulateur-famille': {
    label: 'la page « Votre famille » du simulateur',
    targets: ['caf.simulateur.famille.*', ...nav],
  },
  'simulateur-logement': {
    label: 'la page « Votre logement » du simulateur',
    targets: ['caf.simulateur.logement.*', ...nav],
  },
  'simulateur-ressources-vous': {
    label: 'la page « Vos ressources » du simulateur',
    targets: ['caf.simulateur.ressources.vous.*', ...nav],
  },
  'simulateur-ressources-conjoint': {
    label: 'la page « Les ressources de votre conjoint » du simulateur',
    targets: ['caf.simulateur.ressources.conjoint.*', ...nav],
  },
  'simulateur-resultat': {
    label: 'le résultat de la simulation',
    targets: ['caf.simulateur.resultat.*', 'caf.simulateur.previous'],
  },
};

const link = (from: SimulateurPage, to: SimulateurPage, steps: LinkSpec['steps'], more: Partial<LinkSpec> = {}) => ({
  from: [from],
  to,
  steps,
  ...more,
});

export const links: LinkSpec[] = [
  link('simulateur-debut', 'simulateur-revenus', next),
  link('simulateur-revenus', 'simulateur-situation', next, { unless: ['simulateur-sans-revenus'] }),
  link('simulateur-revenus', 'simulateur-non-eligible', next, { when: ['simulateur-sans-revenus'] }),
  link('simulateur-revenus', 'simulateur-debut', previous),
  link('simulateur-non-eligible', 'simulateur-revenus', [
    { action: 'click', target: 'caf.simulateur.non-eligible.modifier' },
  ]),
  link('simulateur-situation', 'simulateur-famille', next),
  link('simulateur-situation', 'simulateur-revenus', previous),
  link('simulateur-famille', 'simulateur-logement', next),
  link('simulateur-famille', 'simulateur-situation', previous),
  link('simulateur-logement', 'simulateur-ressources-vous', next),
  link('simulateur-logement', 'simulateur-famille', previous),
  link('simulateur-ressources-vous', 'simulateur-ressources-conjoint', next, { when: ['simulateur-couple'] }),
  link('simulateur-ressources-vous', 'simulateur-resultat', next, { unless: ['simulateur-couple'] }),
  link('simulateur-ressources-vous', 'simulateur-logement', previous),
  link('simulateur-ressources-conjoint', 'simulateur-resultat', next),
  link('simulateur-ressources-conjoint', 'simulateur-ressources-vous', previous),
  link('simulateur-resultat', 'simulateur-ressources-conjoint', previous, { when: ['simulateur-couple'] }),
  link('simulateur-resultat', 'simulateur-ressources-vous', previous, { unless: ['simulateur-couple'] }),
  link('simulateur-resultat', 'simulateur-ressources-vous', [
    { action: 'click', target: 'caf.simulateur.resultat.modifier' },
  ]),
];
