/**
 * Targets of the ameli practice site (a copy of ameli.fr, « Mon compte ameli »): plain data,
 * imported by the compiler to check lessons and by the site's components.
 */
import type { TargetSpec } from '../framework/types.ts';

const click = ['click'] as const;
const fill = ['fill'] as const;
const choose = ['choose'] as const;

/** « Pour qui ? »: the insured person alone, or every beneficiary of the account (the children too). */
export const beneficiaires = ['assure', 'tous'] as const;
export type Beneficiaires = (typeof beneficiaires)[number];

const t = (label: string, actions: TargetSpec['actions'], extra: Partial<TargetSpec> = {}): TargetSpec => ({
  label,
  actions,
  ...extra,
});

export const ameliTargets = {
  // Header, on every page
  'ameli.header.logo': t('Nom « ameli » (retour à l’accueil)', click),
  'ameli.header.compte': t('Lien « Mon compte »', click),
  'ameli.header.deconnexion': t('Bouton « Se déconnecter »', click),
  // Login (the home page of « Mon compte ameli »)
  'ameli.connexion.nir': t('Champ « Mon numéro de sécurité sociale »', fill),
  'ameli.connexion.mot-de-passe': t('Champ « Mon mot de passe »', fill),
  'ameli.connexion.afficher': t('Bouton « Afficher » (mot de passe)', click, { neutral: true }),
  'ameli.connexion.valider': t('Bouton « Se connecter »', click),
  'ameli.connexion.mot-de-passe-oublie': t('Lien « Mot de passe oublié ? »', click),
  'ameli.connexion.creer-compte': t('Lien « Créer mon compte »', click),
  'ameli.connexion.franceconnect': t('Bouton « S’identifier avec FranceConnect »', click),
  // Forgotten password
  'ameli.oubli.nir': t('Champ « Mon numéro de sécurité sociale » (mot de passe oublié)', fill),
  'ameli.oubli.naissance': t('Champ « Ma date de naissance »', fill),
  'ameli.oubli.valider': t('Bouton « Valider » (mot de passe oublié)', click),
  'ameli.oubli.annuler': t('Lien « Retour à la connexion » (mot de passe oublié)', click),
  // Creating the account
  'ameli.creation.nir': t('Champ « Mon numéro de sécurité sociale » (création de compte)', fill),
  'ameli.creation.continuer': t('Bouton « Continuer » (création de compte)', click),
  'ameli.creation.annuler': t('Lien « Retour à la connexion » (création de compte)', click),
  // The account's home
  'ameli.compte.paiements': t('Tuile « Mes paiements »', click),
  'ameli.compte.demarches': t('Tuile « Mes démarches »', click),
  'ameli.compte.attestations': t('Tuile « Mes attestations »', click),
  'ameli.compte.messagerie': t('Tuile « Messagerie »', click),
  'ameli.retour-compte': t('Lien « Retour à l’accueil de mon compte »', click),
  // Mes démarches
  'ameli.demarches.attestation-droits': t('Lien « Attestation de droits »', click),
  'ameli.demarches.carte-vitale': t('Lien « Déclarer la perte ou le vol de ma carte Vitale »', click),
  'ameli.demarches.carte-europeenne': t('Lien « Commander ma carte européenne d’assurance maladie »', click),
  'ameli.demarches.adresse': t('Lien « Changer d’adresse »', click),
  // Attestation de droits
  'ameli.attestation.beneficiaires': t('Choix « Pour qui ? » (attestation de droits)', choose, {
    options: beneficiaires,
  }),
  'ameli.attestation.demander': t('Bouton « Demander mon attestation »', click),
  'ameli.attestation.telecharger': t('Bouton « Télécharger l’attestation (PDF) »', click),
  'ameli.attestation.demarches': t('Lien « Retour à mes démarches »', click),
  // Mes attestations
  'ameli.attestations.droits': t('Lien « Attestation de droits » (Mes attestations)', click),
  'ameli.attestations.indemnites': t('Lien « Attestation de paiement des indemnités journalières »', click),
  // Incident « service momentanément indisponible »
  'ameli.indisponible.reessayer': t('Bouton « Réessayer »', click),
} as const satisfies Record<`ameli.${string}`, TargetSpec>;

export type AmeliTarget = keyof typeof ameliTargets;
