/**
 * The claim's places and links, merged into the CAF's navigation map (`cafNavigation`): each page
 * is a place (`data-place`), « Suivant » and « Précédent » the links between them (« Suivant »
 * leads on once a page was saved: what it saved is kept with the run). The way in is
 * « Faire une demande de prestation » in Mon Compte, then « Prime d’activité »; once the claim is
 * sent (flag `demande-envoyee`), « Prime d’activité » opens its confirmation. The partner's page
 * exists for a couple (flag `demande-couple`). Made again after « Refaire la demande » (practice
 * only, flag `demande-refaite`), the summary leads to the confirmation by « Valider ».
 */
import type { LinkSpec, PlaceSpec } from '../../framework/types.ts';
import type { DemandePage } from './demandeReducer.ts';

const next = [{ action: 'click', target: 'caf.demande.suivant' }] as const;
const previous = [{ action: 'click', target: 'caf.demande.precedent' }] as const;
const nav = ['caf.demande.suivant', 'caf.demande.precedent'];

export const places: Record<DemandePage, PlaceSpec> = {
  'demande-liste': {
    label: 'la page « Faire une demande de prestation »',
    targets: ['caf.demande.liste.*'],
  },
  'demande-intro': { label: 'la page « Demande de prime d’activité »', targets: ['caf.demande.commencer'] },
  'demande-foyer': { label: 'la page « Votre foyer » de la demande', targets: ['caf.demande.foyer.*', ...nav] },
  'demande-ressources-vous': {
    label: 'la page « Vos ressources » de la demande',
    targets: ['caf.demande.ressources.vous.*', ...nav],
  },
  'demande-ressources-conjoint': {
    label: 'la page « Les ressources de votre conjoint » de la demande',
    targets: ['caf.demande.ressources.conjoint.*', ...nav],
  },
  'demande-banque': {
    label: 'la page « Vos coordonnées bancaires » de la demande',
    targets: ['caf.demande.banque.*', ...nav],
  },
  'demande-justificatifs': {
    label: 'la page « Vos justificatifs » de la demande',
    targets: ['caf.demande.justificatifs.*', ...nav],
  },
  'demande-recapitulatif': {
    label: 'la page « Récapitulatif de votre demande »',
    targets: ['caf.demande.recapitulatif.*', 'caf.demande.precedent'],
  },
  'demande-confirmation': {
    label: 'la page de confirmation de la demande',
    targets: ['caf.demande.confirmation.*'],
  },
};

const link = (from: DemandePage, to: DemandePage, steps: LinkSpec['steps'], more: Partial<LinkSpec> = {}) => ({
  from: [from],
  to,
  steps,
  ...more,
});

export const links: LinkSpec[] = [
  { from: ['espace'], to: 'demande-liste', steps: [{ action: 'click', target: 'caf.espace.faire-demande' }] },
  link('demande-liste', 'demande-intro', [{ action: 'click', target: 'caf.demande.liste.prime-activite' }], {
    unless: ['demande-envoyee'],
  }),
  link('demande-liste', 'demande-confirmation', [{ action: 'click', target: 'caf.demande.liste.prime-activite' }], {
    when: ['demande-envoyee'],
  }),
  link('demande-intro', 'demande-foyer', [{ action: 'click', target: 'caf.demande.commencer' }]),
  link('demande-foyer', 'demande-ressources-vous', next),
  link('demande-ressources-vous', 'demande-ressources-conjoint', next, { when: ['demande-couple'] }),
  link('demande-ressources-vous', 'demande-banque', next, { unless: ['demande-couple'] }),
  link('demande-ressources-vous', 'demande-foyer', previous),
  link('demande-ressources-conjoint', 'demande-banque', next),
  link('demande-ressources-conjoint', 'demande-ressources-vous', previous),
  link('demande-banque', 'demande-justificatifs', next),
  link('demande-banque', 'demande-ressources-conjoint', previous, { when: ['demande-couple'] }),
  link('demande-banque', 'demande-ressources-vous', previous, { unless: ['demande-couple'] }),
  link('demande-justificatifs', 'demande-recapitulatif', next),
  link('demande-justificatifs', 'demande-banque', previous),
  link('demande-recapitulatif', 'demande-justificatifs', previous),
  // Made again after « Refaire la demande » (practice only), with what was sent kept: the way back
  // sends it again, as the declaration's does.
  link(
    'demande-recapitulatif',
    'demande-confirmation',
    [
      { action: 'check', target: 'caf.demande.recapitulatif.certifier' },
      { action: 'click', target: 'caf.demande.recapitulatif.valider' },
    ],
    { when: ['demande-refaite'] },
  ),
  link('demande-foyer', 'demande-intro', previous),
  {
    from: ['demande-confirmation'],
    to: 'espace',
    steps: [{ action: 'click', target: 'caf.demande.confirmation.retour' }],
  },
  link('demande-confirmation', 'demande-intro', [{ action: 'click', target: 'caf.demande.confirmation.refaire' }]),
];
