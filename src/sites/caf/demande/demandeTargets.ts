/**
 * Targets of the prime d'activité claim made from Mon Compte: plain data, merged into the CAF's
 * targets (`cafTargets`); labels in French as the learner sees them.
 */
import type { TargetSpec } from '../../framework/types.ts';
import {
  demandeLines,
  demandeMembers,
  demandeMonths,
  maxFiles,
  type DemandeLine,
  type DemandeMember,
  type DemandeMonth,
} from './demandeReducer.ts';

const click = ['click'] as const;
const fill = ['fill'] as const;

const memberLabels: Record<DemandeMember, string> = { vous: 'vous', conjoint: 'votre conjoint' };
const monthLabels: Record<DemandeMonth, string> = {
  m1: 'il y a 3 mois',
  m2: 'il y a 2 mois',
  m3: 'le mois dernier',
};
/** The words of each line of a month, as the resources pages show them. */
export const lineLabels: Record<DemandeLine, string> = {
  salaires: 'Salaires (montant net social)',
  independant: 'Revenus d’une activité indépendante',
  chomage: 'Allocations chômage',
};

type ResourceTarget = `caf.demande.ressources.${DemandeMember}.${DemandeMonth}.${DemandeLine}`;
type RemoveTarget = `caf.demande.justificatifs.fichier.${number}.supprimer`;

function resourceTargets(): Record<ResourceTarget, TargetSpec> {
  const targets = {} as Record<ResourceTarget, TargetSpec>;
  for (const member of demandeMembers)
    for (const month of demandeMonths)
      for (const line of demandeLines)
        targets[`caf.demande.ressources.${member}.${month}.${line}`] = {
          label: `Champ « ${lineLabels[line]} » (${memberLabels[member]}, ${monthLabels[month]})`,
          actions: fill,
        };
  return targets;
}

function removeTargets(): Record<RemoveTarget, TargetSpec> {
  const targets = {} as Record<RemoveTarget, TargetSpec>;
  for (let n = 1; n <= maxFiles; n++)
    targets[`caf.demande.justificatifs.fichier.${n}.supprimer`] = {
      label: `Bouton « Supprimer » (fichier ${n})`,
      actions: click,
    };
  return targets;
}

export const demandeTargets = {
  'caf.espace.faire-demande': { label: 'Lien « Faire une demande de prestation »', actions: click },
  'caf.demande.liste.prime-activite': { label: 'Lien « Prime d’activité »', actions: click },
  'caf.demande.liste.rsa': { label: 'Lien « Revenu de solidarité active (RSA) »', actions: click },
  'caf.demande.liste.logement': { label: 'Lien « Aide au logement »', actions: click },
  'caf.demande.commencer': { label: 'Bouton « Commencer ma demande »', actions: click },
  'caf.demande.foyer.exact': {
    label: 'Question « Ces informations sont-elles exactes ? »',
    actions: ['choose'],
    options: ['oui', 'non'],
  },
  ...resourceTargets(),
  'caf.demande.banque.iban': { label: 'Champ « IBAN »', actions: fill },
  'caf.demande.banque.bic': { label: 'Champ « BIC »', actions: fill },
  'caf.demande.justificatifs.ajouter': { label: 'Bouton « Ajouter un fichier »', actions: ['upload'] },
  ...removeTargets(),
  'caf.demande.suivant': { label: 'Bouton « Suivant » (demande)', actions: click },
  'caf.demande.precedent': { label: 'Bouton « Précédent » (demande)', actions: click },
  'caf.demande.recapitulatif.certifier': { label: 'Case « Je certifie sur l’honneur… » (demande)', actions: ['check'] },
  'caf.demande.recapitulatif.valider': { label: 'Bouton « Valider ma demande »', actions: click },
  'caf.demande.confirmation.accuse': {
    label: 'Bouton « Télécharger l’accusé de réception » (demande)',
    actions: click,
  },
  'caf.demande.confirmation.retour': { label: 'Lien « Retour à Mon Compte » (demande)', actions: click },
  // Only on the practice site: a claim sent can be made again.
  'caf.demande.confirmation.refaire': {
    label: 'Bouton « Refaire la demande (site d’entraînement) »',
    actions: click,
  },
} satisfies Record<string, TargetSpec>;

export type DemandeTarget = keyof typeof demandeTargets;
