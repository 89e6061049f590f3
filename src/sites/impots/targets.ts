/**
 * Targets of the impots.gouv practice site (a copy of impots.gouv.fr, espace particulier): plain
 * data, imported by the compiler to check lessons and by the site's components.
 */
import type { TargetSpec } from '../framework/types.ts';

const click = ['click'] as const;
const fill = ['fill'] as const;

const t = (label: string, actions: TargetSpec['actions'], extra: Partial<TargetSpec> = {}): TargetSpec => ({
  label,
  actions,
  ...extra,
});

/** The boxes of « Revenus et charges », as target suffixes (`impots.declaration.revenus.1aj`). */
export const boxTargets = ['1aj', '1bj', '1ap', '1bp', '1as', '1bs'] as const;
const boxLabels: Record<(typeof boxTargets)[number], string> = {
  '1aj': 'Champ « 1AJ — Salaires » (déclarant 1)',
  '1bj': 'Champ « 1BJ — Salaires » (déclarant 2)',
  '1ap': 'Champ « 1AP — Allocations chômage » (déclarant 1)',
  '1bp': 'Champ « 1BP — Allocations chômage » (déclarant 2)',
  '1as': 'Champ « 1AS — Pensions, retraites, rentes » (déclarant 1)',
  '1bs': 'Champ « 1BS — Pensions, retraites, rentes » (déclarant 2)',
};

/** The years whose avis « Documents » may list (`impots.documents.avis.2025`). */
export const noticeYears = [2022, 2023, 2024, 2025, 2026, 2027, 2028] as const;

function noticeTargets(): Record<`impots.documents.avis.${number}`, TargetSpec> {
  const targets: Record<`impots.documents.avis.${number}`, TargetSpec> = {};
  for (const year of noticeYears)
    targets[`impots.documents.avis.${year}`] = t(`Lien « Avis d’impôt ${year} sur les revenus ${year - 1} »`, click);
  return targets;
}

export const impotsTargets = {
  // Header, on every page
  'impots.header.logo': t('Nom « impots.gouv.fr » (retour à l’accueil)', click),
  'impots.header.espace': t('Bouton « Votre espace particulier »', click),
  'impots.header.deconnexion': t('Bouton « Se déconnecter »', click),
  // Home
  'impots.home.espace': t('Bouton « Votre espace particulier » (accueil)', click),
  'impots.home.creer-espace': t('Lien « Créer mon espace »', click),
  // Login
  'impots.connexion.numero-fiscal': t('Champ « Numéro fiscal »', fill),
  'impots.connexion.mot-de-passe': t('Champ « Mot de passe »', fill),
  'impots.connexion.afficher': t('Bouton « Afficher le mot de passe »', click, { neutral: true }),
  'impots.connexion.valider': t('Bouton « Se connecter »', click),
  'impots.connexion.mot-de-passe-oublie': t('Lien « Mot de passe oublié ? »', click),
  'impots.connexion.creer-espace': t('Lien « Créer mon espace » (connexion)', click),
  'impots.connexion.franceconnect': t('Bouton « S’identifier avec FranceConnect »', click),
  // The code sent by e-mail
  'impots.code.input': t('Champ « Code de sécurité »', fill),
  'impots.code.valider': t('Bouton « Valider » (code de sécurité)', click),
  'impots.code.renvoyer': t('Lien « Recevoir un nouveau code »', click),
  // Forgotten password
  'impots.mot-de-passe-oublie.numero-fiscal': t('Champ « Numéro fiscal » (mot de passe oublié)', fill),
  'impots.mot-de-passe-oublie.continuer': t('Bouton « Continuer » (mot de passe oublié)', click),
  'impots.mot-de-passe-oublie.retour': t('Lien « Retour à la connexion »', click),
  // Creating the espace particulier
  'impots.creation.numero-fiscal': t('Champ « Numéro fiscal » (création de l’espace)', fill),
  'impots.creation.continuer': t('Bouton « Continuer » (création de l’espace)', click),
  'impots.creation.numero-acces': t('Champ « Numéro d’accès en ligne »', fill),
  'impots.creation.aide-numero-acces': t('Lien « Où trouver mon numéro d’accès en ligne ? »', click, { neutral: true }),
  'impots.creation.revenu-fiscal': t('Champ « Revenu fiscal de référence »', fill),
  'impots.creation.aide-revenu-fiscal': t('Lien « Où trouver mon revenu fiscal de référence ? »', click, {
    neutral: true,
  }),
  'impots.creation.aide-numero-fiscal': t('Lien « Où trouver mon numéro fiscal ? »', click, { neutral: true }),
  'impots.creation.email': t('Champ « Adresse électronique »', fill),
  'impots.creation.email-confirmation': t('Champ « Confirmation de l’adresse électronique »', fill),
  'impots.creation.mot-de-passe': t('Champ « Mot de passe » (création de l’espace)', fill),
  'impots.creation.mot-de-passe-confirmation': t('Champ « Confirmation du mot de passe »', fill),
  'impots.creation.precedent': t('Bouton « Précédent » (création de l’espace)', click),
  'impots.creation.valider': t('Bouton « Valider » (création de l’espace)', click),
  'impots.creation.nouveau-lien': t('Bouton « Recevoir un nouveau lien »', click),
  'impots.creation.acceder': t('Bouton « Accéder à mon espace »', click),
  // The espace particulier
  'impots.menu.accueil': t('Onglet « Accueil » (espace particulier)', click),
  'impots.menu.documents': t('Onglet « Documents »', click),
  'impots.menu.messagerie': t('Onglet « Messagerie sécurisée »', click),
  'impots.espace.declarer': t('Bouton « Déclarer mes revenus » / « Reprendre ma déclaration »', click),
  'impots.espace.corriger': t('Bouton « Corriger ma déclaration en ligne »', click),
  'impots.espace.accuse': t('Lien « Consulter l’accusé de réception »', click),
  'impots.messagerie.retour': t('Lien « Retour à l’accueil » (messagerie sécurisée)', click),
  // The declaration
  'impots.declaration.suivant': t('Bouton « Étape suivante »', click),
  'impots.declaration.precedent': t('Bouton « Étape précédente »', click),
  'impots.declaration.etat-civil.modifier-adresse': t('Bouton « Modifier » (adresse)', click),
  'impots.declaration.adresse.voie': t('Champ « Numéro et voie »', fill),
  'impots.declaration.adresse.code-postal': t('Champ « Code postal »', fill),
  'impots.declaration.adresse.commune': t('Champ « Commune »', fill),
  'impots.declaration.adresse.valider': t('Bouton « Valider » (adresse)', click),
  'impots.declaration.adresse.annuler': t('Bouton « Annuler » (adresse)', click),
  ...Object.fromEntries(boxTargets.map((box) => [`impots.declaration.revenus.${box}`, t(boxLabels[box], fill)])),
  // « Ajouter des revenus »: a box the site did not pre-fill, chosen in the list, then « Ajouter ».
  'impots.declaration.revenus.case': t('Liste « Case à ajouter » (ajouter des revenus)', ['choose'], {
    options: boxTargets.map((box) => box.toUpperCase()),
  }),
  'impots.declaration.revenus.ajouter': t('Bouton « Ajouter » (ajouter des revenus)', click),
  'impots.declaration.signer': t('Bouton « Signer »', click),
  // The acknowledgement
  'impots.accuse.asdir': t('Bouton « Télécharger l’avis de situation déclarative »', click),
  'impots.accuse.accueil': t('Lien « Retour à l’accueil » (accusé de réception)', click),
  // Documents
  'impots.documents.asdir': t('Lien « Avis de situation déclarative »', click),
  ...noticeTargets(),
} as const satisfies Record<string, TargetSpec>;
