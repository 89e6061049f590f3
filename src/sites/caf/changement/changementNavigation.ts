/**
 * The declaration's places and links, merged into the CAF's navigation map (`cafNavigation`):
 * the choice, then for each change its details, proof and summary pages, and the confirmation.
 * The links read the flags of `changementFlags`, which the CAF site's root shows. The ways in
 * (Mon profil's « Modifier », « Déclarer un changement » on Mon Compte) are here too; « Valider »
 * is never a link (links never send).
 */
import type { LinkSpec, PlaceSpec } from '../../framework/types.ts';
import { changementTypes, type ChangementType } from './changementReducer.ts';
import { changementLabels, changementTargets } from './changementTargets.ts';

/** The fields of a change's details page (its targets, without those of its proof and summary). */
const fieldsOf = (t: ChangementType) =>
  Object.keys(changementTargets).filter(
    (id) => id.startsWith(`caf.changement.${t}.`) && !/\.(justificatif\.|valider$|modifier$)/.test(id),
  );

const precedent = [{ action: 'click', target: 'caf.changement.precedent' }] as const;
const nav = ['caf.changement.precedent'];
const click = (target: string) => [{ action: 'click', target }] as const;

const typePlaces = (t: ChangementType): Record<string, PlaceSpec> => {
  const which = changementLabels[t].toLowerCase();
  return {
    [`changement-${t}`]: {
      label: `la page « ${changementLabels[t]} » de la déclaration de changement`,
      targets: [...fieldsOf(t), ...nav],
    },
    [`changement-${t}-justificatif`]: {
      label: `la page « Justificatif » (${which})`,
      targets: [`caf.changement.${t}.justificatif.*`, ...nav],
      // « Ajouter un justificatif » comes back once the file kept is removed.
      reveal: [{ action: 'click', target: `caf.changement.${t}.justificatif.supprimer`, optional: true }],
    },
    [`changement-${t}-recap`]: {
      label: `le récapitulatif de la déclaration (${which})`,
      targets: [`caf.changement.${t}.valider`, `caf.changement.${t}.modifier`, 'caf.changement.precedent'],
    },
  };
};

export const places: Record<string, PlaceSpec> = {
  'changement-choix': {
    label: 'la page « Déclarer un changement de situation »',
    targets: ['caf.changement.type', 'caf.changement.choix.suivant'],
  },
  ...Object.assign({}, ...changementTypes.map(typePlaces)),
  'changement-confirmation': {
    label: 'la confirmation de la déclaration de changement',
    targets: ['caf.changement.confirmation.*'],
  },
};

const typeLinks = (t: ChangementType): LinkSpec[] => {
  const others = changementTypes.filter((o) => o !== t).map((o) => `changement-${o}`);
  return [
    {
      from: ['changement-choix'],
      to: `changement-${t}`,
      steps: [
        { action: 'choose', target: 'caf.changement.type', value: `equals:${t}` },
        ...click('caf.changement.choix.suivant'),
      ],
      gives: [`changement-${t}`],
      takes: others,
    },
    { from: [`changement-${t}`], to: 'changement-choix', steps: precedent },
    {
      from: [`changement-${t}`],
      to: `changement-${t}-justificatif`,
      steps: click(`caf.changement.${t}.suivant`),
      when: [`changement-${t}-saved`],
    },
    { from: [`changement-${t}-justificatif`], to: `changement-${t}`, steps: precedent },
    {
      from: [`changement-${t}-justificatif`],
      to: `changement-${t}-recap`,
      steps: click(`caf.changement.${t}.justificatif.suivant`),
      when: [`changement-${t}-justificatif`],
    },
    { from: [`changement-${t}-recap`], to: `changement-${t}-justificatif`, steps: precedent },
    {
      from: [`changement-${t}-recap`],
      to: `changement-${t}`,
      steps: [{ action: 'click', target: `caf.changement.${t}.modifier` }],
    },
  ];
};

export const links: LinkSpec[] = [
  { from: ['profil'], to: 'changement-choix', steps: [{ action: 'click', target: 'caf.profil.modifier' }] },
  { from: ['espace'], to: 'changement-choix', steps: [{ action: 'click', target: 'caf.espace.declarer-changement' }] },
  {
    from: ['profil'],
    to: 'changement-confirmation',
    steps: [{ action: 'click', target: 'caf.profil.revoir' }],
    when: ['changement-envoye'],
  },
  ...changementTypes.flatMap(typeLinks),
  {
    from: ['changement-confirmation'],
    to: 'profil',
    steps: [{ action: 'click', target: 'caf.changement.confirmation.profil' }],
  },
];
