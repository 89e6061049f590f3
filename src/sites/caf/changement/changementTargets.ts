/**
 * Targets of « Déclarer un changement de situation » (Mon profil → « Modifier »): plain data,
 * merged into the CAF's targets (`cafTargets`); labels in French as the learner sees them.
 */
import type { TargetSpec } from '../../framework/types.ts';
import { changementTypes, type ChangementType } from './changementReducer.ts';

const click = ['click'] as const;
const fill = ['fill'] as const;
const choose = ['choose'] as const;

/** The housing choices of a move, and the sexes of a child. */
export const logements = ['locataire', 'proprietaire', 'heberge'] as const;
export const sexes = ['F', 'M'] as const;

/** How each change is named on its pages. */
export const changementLabels: Record<ChangementType, string> = {
  demenagement: 'Déménagement',
  naissance: 'Naissance d’un enfant',
  couple: 'Début de vie en couple',
  emploi: 'Reprise d’activité professionnelle',
};

type PerChange = `caf.changement.${ChangementType}.${
  'suivant' | 'justificatif.parcourir' | 'justificatif.supprimer' | 'justificatif.suivant' | 'valider' | 'modifier'}`;

function perChangeTargets(): Record<PerChange, TargetSpec> {
  const targets = {} as Record<PerChange, TargetSpec>;
  for (const t of changementTypes) {
    const which = changementLabels[t].toLowerCase();
    targets[`caf.changement.${t}.suivant`] = { label: `Bouton « Suivant » (${which})`, actions: click };
    targets[`caf.changement.${t}.justificatif.suivant`] = {
      label: `Bouton « Suivant » du justificatif (${which})`,
      actions: click,
    };
    targets[`caf.changement.${t}.justificatif.parcourir`] = {
      label: `Bouton « Ajouter un justificatif » (${which})`,
      actions: ['upload'],
    };
    targets[`caf.changement.${t}.justificatif.supprimer`] = {
      label: `Bouton « Supprimer » le justificatif (${which})`,
      actions: click,
    };
    targets[`caf.changement.${t}.valider`] = { label: `Bouton « Valider » (${which})`, actions: click };
    targets[`caf.changement.${t}.modifier`] = {
      label: `Bouton « Modifier » du récapitulatif (${which})`,
      actions: click,
    };
  }
  return targets;
}

export const changementTargets = {
  'caf.espace.declarer-changement': { label: 'Lien « Déclarer un changement » (Mes démarches)', actions: click },
  'caf.profil.modifier': { label: 'Bouton « Modifier » de « Ma situation »', actions: click },
  'caf.profil.revoir': { label: 'Lien « Revoir l’accusé de réception »', actions: click },
  'caf.changement.type': {
    label: 'Question « Quel changement souhaitez-vous déclarer ? »',
    actions: choose,
    options: changementTypes,
  },
  'caf.changement.choix.suivant': { label: 'Bouton « Suivant » (choix du changement)', actions: click },
  'caf.changement.precedent': { label: 'Bouton « Précédent »', actions: click },
  'caf.changement.demenagement.adresse': { label: 'Champ « Numéro et libellé de la voie »', actions: fill },
  'caf.changement.demenagement.code-postal': { label: 'Champ « Code postal »', actions: fill },
  'caf.changement.demenagement.commune': { label: 'Liste « Commune »', actions: choose },
  'caf.changement.demenagement.date': { label: 'Champ « Date d’emménagement »', actions: fill },
  'caf.changement.demenagement.logement': {
    label: 'Question « Dans ce logement, vous êtes : »',
    actions: choose,
    options: logements,
  },
  'caf.changement.demenagement.loyer': { label: 'Champ « Montant du loyer mensuel »', actions: fill },
  'caf.changement.naissance.nom': { label: 'Champ « Nom de l’enfant »', actions: fill },
  'caf.changement.naissance.prenoms': { label: 'Champ « Prénom(s) de l’enfant »', actions: fill },
  'caf.changement.naissance.sexe': { label: 'Question « Sexe »', actions: choose, options: sexes },
  'caf.changement.naissance.date': { label: 'Champ « Date de naissance »', actions: fill },
  'caf.changement.couple.nom': { label: 'Champ « Nom de votre conjoint »', actions: fill },
  'caf.changement.couple.prenom': { label: 'Champ « Prénom de votre conjoint »', actions: fill },
  'caf.changement.couple.nir': { label: 'Champ « Numéro de sécurité sociale de votre conjoint »', actions: fill },
  'caf.changement.couple.date': { label: 'Champ « Date de début de vie en couple »', actions: fill },
  'caf.changement.emploi.employeur': { label: 'Champ « Nom de l’employeur »', actions: fill },
  'caf.changement.emploi.date': { label: 'Champ « Date de reprise d’activité »', actions: fill },
  ...perChangeTargets(),
  'caf.changement.confirmation.accuse': { label: 'Bouton « Télécharger l’accusé de réception »', actions: click },
  'caf.changement.confirmation.profil': { label: 'Lien « Retour à Mon profil »', actions: click },
} satisfies Record<string, TargetSpec>;

export type ChangementTarget = keyof typeof changementTargets;
