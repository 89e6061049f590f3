/**
 * Targets of the CAF's prime d'activité simulator (anonymous, on caf.fr): plain data, to be merged
 * into the CAF's targets (`cafTargets`) by the site; labels in French as the learner sees them.
 */
import type { TargetSpec } from '../../framework/types.ts';
import {
  childCounts,
  housings,
  simulateurAdults,
  simulateurMonths,
  situations,
  yesNo,
  type SimulateurAdult,
  type SimulateurMonth,
} from './simulateurReducer.ts';

const click = ['click'] as const;
const fill = ['fill'] as const;
const choose = ['choose'] as const;

const adultLabels: Record<SimulateurAdult, string> = { vous: 'vous', conjoint: 'votre conjoint' };
const monthLabels: Record<SimulateurMonth, string> = {
  m1: 'il y a 3 mois',
  m2: 'il y a 2 mois',
  m3: 'le mois dernier',
};

/** The amount fields of the resources pages: `caf.simulateur.ressources.<adult>.<month>.<salaires|autres>`. */
type ResourceTarget = `caf.simulateur.ressources.${SimulateurAdult}.${SimulateurMonth}.${'salaires' | 'autres'}`;

function resourceTargets(): Record<ResourceTarget, TargetSpec> {
  const targets = {} as Record<ResourceTarget, TargetSpec>;
  for (const adult of simulateurAdults)
    for (const month of simulateurMonths) {
      const which = `${adultLabels[adult]}, ${monthLabels[month]}`;
      targets[`caf.simulateur.ressources.${adult}.${month}.salaires`] = {
        label: `Champ « Salaires » (${which})`,
        actions: fill,
      };
      targets[`caf.simulateur.ressources.${adult}.${month}.autres`] = {
        label: `Champ « Autres ressources » (${which})`,
        actions: fill,
      };
    }
  return targets;
}

export const simulateurTargets = {
  'caf.simulateur.debut.code-postal': { label: 'Champ « Code postal »', actions: fill },
  'caf.simulateur.debut.date-naissance': { label: 'Champ « Date de naissance »', actions: fill },
  'caf.simulateur.revenus': {
    label: 'Question « Une personne du foyer a-t-elle perçu des revenus professionnels… ? »',
    actions: choose,
    options: yesNo,
  },
  'caf.simulateur.non-eligible.modifier': { label: 'Bouton « Modifier ma réponse »', actions: click },
  'caf.simulateur.situation': {
    label: 'Question « Êtes-vous dans l’une de ces situations ? »',
    actions: choose,
    options: situations,
  },
  'caf.simulateur.famille.couple': { label: 'Question « Vivez-vous en couple ? »', actions: choose, options: yesNo },
  'caf.simulateur.famille.enfants': {
    label: 'Liste « Nombre d’enfants à charge »',
    actions: choose,
    options: childCounts,
  },
  'caf.simulateur.famille.moins-de-3-ans': {
    label: 'Question « Votre plus jeune enfant a-t-il moins de 3 ans ? »',
    actions: choose,
    options: yesNo,
  },
  'caf.simulateur.logement.type': { label: 'Question « Vous êtes : » (logement)', actions: choose, options: housings },
  'caf.simulateur.logement.aide': {
    label: 'Question « Percevez-vous une aide au logement ? »',
    actions: choose,
    options: yesNo,
  },
  'caf.simulateur.logement.montant-aide': { label: 'Champ « Montant mensuel de l’aide au logement »', actions: fill },
  ...resourceTargets(),
  'caf.simulateur.next': { label: 'Bouton « Suivant » (simulateur)', actions: click },
  'caf.simulateur.previous': { label: 'Bouton « Précédent » (simulateur)', actions: click },
  'caf.simulateur.resultat.demande': { label: 'Bouton « Faire une demande »', actions: click },
  'caf.simulateur.resultat.modifier': { label: 'Bouton « Modifier mes réponses »', actions: click },
  'caf.simulateur.resultat.nouvelle': { label: 'Bouton « Faire une nouvelle simulation »', actions: click },
} satisfies Record<string, TargetSpec>;

export type SimulateurTarget = keyof typeof simulateurTargets;
