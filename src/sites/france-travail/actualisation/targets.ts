/**
 * Targets of the monthly update (`france-travail.actualisation.*`) and of « Transmettre un
 * document » (`france-travail.documents.*`): plain data, merged into the site's registry.
 */
import type { TargetSpec } from '../../framework/types.ts';
import { documentKinds, monthOptions } from './documentKinds.ts';
import { maxPages } from './checkUpload.ts';
import { maxEmployers } from './actualisationReducer.ts';
import { questionIds, questionTexts } from './questions.ts';

const click = ['click'] as const;
const fill = ['fill'] as const;
const choose = ['choose'] as const;
const upload = ['upload'] as const;
const yesNo = ['oui', 'non'] as const;

type Targets = Record<`france-travail.${string}`, TargetSpec>;

function questionTargets(): Targets {
  const targets: Targets = {};
  for (const id of questionIds)
    targets[`france-travail.actualisation.${id}`] = {
      label: `Question « ${questionTexts[id]} »`,
      actions: choose,
      options: yesNo,
    };
  return targets;
}

function employerTargets(): Targets {
  const targets: Targets = {};
  for (let n = 1; n <= maxEmployers; n++) {
    const prefix = `france-travail.actualisation.employeur.${n}` as const;
    targets[`${prefix}.nom`] = { label: `Champ « Nom de l’employeur » (employeur ${n})`, actions: fill };
    targets[`${prefix}.heures`] = { label: `Champ « Nombre d’heures travaillées » (employeur ${n})`, actions: fill };
    targets[`${prefix}.brut`] = { label: `Champ « Salaire brut » (employeur ${n})`, actions: fill };
    if (n > 1)
      targets[`${prefix}.supprimer`] = { label: `Bouton « Supprimer cet employeur » (employeur ${n})`, actions: click };
  }
  return targets;
}

function fileTargets(): Targets {
  const targets: Targets = {};
  for (let n = 1; n <= maxPages; n++)
    targets[`france-travail.documents.fichier.${n}.supprimer`] = {
      label: `Bouton « Supprimer » (page ${n})`,
      actions: click,
    };
  return targets;
}

export const actualisationTargets = {
  // The monthly update
  ...questionTargets(),
  'france-travail.actualisation.questions.suivant': { label: 'Bouton « Suivant » (questions du mois)', actions: click },
  'france-travail.actualisation.fin-recherche.confirmer': {
    label: 'Bouton « Confirmer » (je ne recherche plus d’emploi)',
    actions: click,
  },
  'france-travail.actualisation.fin-recherche.modifier': { label: 'Bouton « Modifier ma réponse »', actions: click },
  ...employerTargets(),
  'france-travail.actualisation.ajouter-employeur': { label: 'Bouton « Ajouter un autre employeur »', actions: click },
  'france-travail.actualisation.employeurs.precedent': { label: 'Bouton « Précédent » (employeurs)', actions: click },
  'france-travail.actualisation.employeurs.suivant': { label: 'Bouton « Suivant » (employeurs)', actions: click },
  'france-travail.actualisation.recapitulatif.modifier-questions': {
    label: 'Bouton « Modifier » (questions du mois)',
    actions: click,
  },
  'france-travail.actualisation.recapitulatif.modifier-employeurs': {
    label: 'Bouton « Modifier » (employeurs)',
    actions: click,
  },
  'france-travail.actualisation.valider': { label: 'Bouton « Valider mon actualisation »', actions: click },
  'france-travail.actualisation.justificatifs': { label: 'Bouton « Transmettre vos justificatifs »', actions: click },
  'france-travail.actualisation.telecharger': {
    label: 'Lien « Télécharger le justificatif d’actualisation »',
    actions: click,
    neutral: true,
  },
  'france-travail.actualisation.retour': { label: 'Lien « Retour à mon espace » (actualisation)', actions: click },
  // Only on the practice site: a validated update can be made again.
  'france-travail.actualisation.refaire': {
    label: 'Bouton « Refaire l’actualisation (site d’entraînement) »',
    actions: click,
  },
  // Transmettre un document
  'france-travail.documents.type': {
    label: 'Liste « Type de document »',
    actions: choose,
    options: documentKinds,
  },
  'france-travail.documents.mois': { label: 'Liste « Mois concerné »', actions: choose, options: monthOptions },
  'france-travail.documents.parcourir': { label: 'Bouton « Parcourir »', actions: upload },
  'france-travail.documents.ajouter-page': { label: 'Bouton « Ajouter une page »', actions: upload },
  'france-travail.documents.apercu.lisible': { label: 'Bouton « Oui, ajouter ce fichier »', actions: click },
  'france-travail.documents.apercu.autre': { label: 'Bouton « Non, choisir un autre fichier »', actions: click },
  ...fileTargets(),
  'france-travail.documents.envoyer': { label: 'Bouton « Envoyer »', actions: click },
  'france-travail.documents.autre': { label: 'Bouton « Transmettre un autre document »', actions: click },
  'france-travail.documents.retour': { label: 'Lien « Retour à mon espace » (documents)', actions: click },
} satisfies Targets;

export type ActualisationTarget = keyof typeof actualisationTargets;
