/**
 * Targets of the France Travail practice site (a copy of francetravail.fr, espace candidat):
 * plain data, imported by the compiler to check lessons and by the site's components. The
 * monthly update and the documents add theirs (`actualisation/`, merged in `index.ts`).
 */
import type { TargetSpec } from '../framework/types.ts';
import { slotIds } from './registration/appointmentSlots.ts';
import { editableSteps, formSteps, stepTitles } from './registration/formSteps.ts';

const click = ['click'] as const;
const fill = ['fill'] as const;
const choose = ['choose'] as const;
const check = ['check'] as const;

/** « Motif de fin de contrat »: the values of its list. */
export const motifs = [
  'fin-cdd',
  'fin-mission-interim',
  'licenciement-economique',
  'licenciement',
  'rupture-conventionnelle',
  'demission',
  'fin-periode-essai',
  'autre',
] as const;
/** « Niveau de formation ». */
export const niveaux = ['sans-diplome', 'cap-bep', 'bac', 'bac-2', 'bac-3', 'bac-5'] as const;
/** Language levels. */
export const niveauxLangue = ['langue-maternelle', 'courant', 'intermediaire', 'debutant'] as const;
/** « Votre expérience dans ce métier ». */
export const experiencesMetier = ['aucune', 'moins-1-an', '1-a-3-ans', 'plus-3-ans'] as const;
/** « Type de contrat recherché ». */
export const contrats = ['cdi', 'cdd', 'interim', 'tous'] as const;
/** « Durée de travail ». */
export const temps = ['temps-plein', 'temps-partiel', 'indifferent'] as const;
/** « Mobilité »: a distance from home, or a zone. */
export const mobilites = ['distance', 'departement', 'region', 'france'] as const;
/** « Distance maximale », in km. */
export const distances = ['5', '10', '20', '30', '50', '100'] as const;

const t = (label: string, actions: TargetSpec['actions'], extra: Partial<TargetSpec> = {}): TargetSpec => ({
  label,
  actions,
  ...extra,
});

/** The stepper's links and the summary's « Modifier », one per step. */
function stepTargets(): Record<`france-travail.inscription.${string}`, TargetSpec> {
  const targets: Record<`france-travail.inscription.${string}`, TargetSpec> = {};
  for (const step of formSteps)
    targets[`france-travail.inscription.etape.${step}`] = t(`Étape « ${stepTitles[step]} » (barre des étapes)`, click);
  for (const step of editableSteps)
    targets[`france-travail.inscription.recapitulatif.modifier.${step}`] = t(
      `Bouton « Modifier » (${stepTitles[step]}, récapitulatif)`,
      click,
    );
  return targets;
}

export const franceTravailTargets = {
  // Header, on every page
  'france-travail.header.logo': t('Nom « France Travail » (retour à l’accueil)', click),
  'france-travail.header.connexion': t('Bouton « Se connecter » / « Mon espace »', click),
  'france-travail.header.deconnexion': t('Bouton « Se déconnecter »', click),
  // Home page
  'france-travail.home.inscription': t('Lien « S’inscrire, se réinscrire »', click),
  'france-travail.home.connexion': t('Lien « Se connecter à mon espace »', click),
  'france-travail.home.actualisation': t('Lien « M’actualiser »', click),
  'france-travail.home.documents': t('Lien « Transmettre un document »', click),
  'france-travail.home.offres': t('Lien « Rechercher une offre d’emploi »', click),
  // Login
  'france-travail.connexion.identifiant': t('Champ « Identifiant »', fill),
  'france-travail.connexion.poursuivre': t('Bouton « Poursuivre »', click),
  'france-travail.connexion.mot-de-passe': t('Champ « Mot de passe »', fill),
  'france-travail.connexion.afficher': t('Bouton « Afficher le mot de passe »', click, { neutral: true }),
  'france-travail.connexion.valider': t('Bouton « Se connecter »', click),
  'france-travail.connexion.changer-identifiant': t('Lien « Modifier l’identifiant »', click),
  'france-travail.connexion.identifiant-oublie': t('Lien « Identifiant oublié ? »', click),
  'france-travail.connexion.mot-de-passe-oublie': t('Lien « Mot de passe oublié ? »', click),
  'france-travail.connexion.franceconnect': t('Bouton « S’identifier avec FranceConnect »', click),
  'france-travail.connexion.inscription': t('Lien « Pas encore inscrit ? S’inscrire »', click),
  'france-travail.connexion.oubli.email': t('Champ « Adresse e-mail » (identifiant oublié)', fill),
  'france-travail.connexion.oubli.envoyer': t('Bouton « Recevoir mon identifiant »', click),
  'france-travail.connexion.oubli.annuler': t('Bouton « Annuler » (identifiant oublié)', click),
  // Registration: before the form
  'france-travail.inscription.commencer': t('Bouton « Je commence »', click),
  'france-travail.inscription.se-connecter': t('Lien « Me connecter pour reprendre mon inscription »', click),
  'france-travail.inscription.eligibilite.contrat': t(
    'Question « Êtes-vous actuellement en contrat de travail ou en période de préavis ? »',
    choose,
    { options: ['oui', 'non'] },
  ),
  'france-travail.inscription.eligibilite.date-fin': t('Champ « Date de fin du contrat ou du préavis »', fill),
  'france-travail.inscription.eligibilite.residence': t('Question « Où habitez-vous ? »', choose, {
    options: ['france', 'etranger'],
  }),
  'france-travail.inscription.eligibilite.continuer': t('Bouton « Continuer » (avant de commencer)', click),
  'france-travail.inscription.attente.accueil': t('Bouton « Retour à l’accueil » (pas encore possible)', click),
  'france-travail.inscription.impossible.accueil': t(
    'Bouton « Retour à l’accueil » (inscription en ligne impossible)',
    click,
  ),
  'france-travail.inscription.pieces.commencer': t('Bouton « Commencer mon inscription »', click),
  'france-travail.inscription.pieces.connexion': t('Lien « J’ai déjà un espace personnel : me connecter »', click),
  // Registration: the personal space
  'france-travail.inscription.creation.email': t('Champ « Adresse e-mail » (création de l’espace)', fill),
  'france-travail.inscription.creation.mot-de-passe': t('Champ « Mot de passe » (création de l’espace)', fill),
  'france-travail.inscription.creation.afficher': t(
    'Bouton « Afficher le mot de passe » (création de l’espace)',
    click,
    {
      neutral: true,
    },
  ),
  'france-travail.inscription.creation.confirmation': t('Champ « Confirmez le mot de passe »', fill),
  'france-travail.inscription.creation.cgu': t('Case « J’accepte les conditions générales d’utilisation »', check),
  'france-travail.inscription.creation.valider': t('Bouton « Créer mon espace »', click),
  'france-travail.inscription.creation.franceconnect': t('Bouton « S’inscrire avec FranceConnect »', click),
  'france-travail.inscription.creation.connexion': t('Lien « J’ai déjà un espace personnel » (création)', click),
  'france-travail.inscription.activation.renvoyer': t('Bouton « Renvoyer le courriel »', click),
  'france-travail.inscription.activation.modifier-email': t('Lien « Modifier l’adresse e-mail »', click),
  'france-travail.inscription.compte-active.continuer': t('Bouton « Continuer mon inscription »', click),
  // Registration: the form, step by step
  ...stepTargets(),
  'france-travail.inscription.precedent': t('Bouton « Précédent » (inscription)', click),
  'france-travail.inscription.suivant': t('Bouton « Suivant » (inscription)', click),
  'france-travail.inscription.enregistrer': t('Bouton « Enregistrer et quitter »', click),
  'france-travail.inscription.donnees.civilite': t('Question « Civilité »', choose, {
    options: ['madame', 'monsieur'],
  }),
  'france-travail.inscription.donnees.nom': t('Champ « Nom »', fill),
  'france-travail.inscription.donnees.prenom': t('Champ « Prénom »', fill),
  'france-travail.inscription.donnees.naissance': t('Champ « Date de naissance »', fill),
  'france-travail.inscription.donnees.nir': t('Champ « Numéro de sécurité sociale »', fill),
  'france-travail.inscription.donnees.voie': t('Champ « Numéro et voie »', fill),
  'france-travail.inscription.donnees.complement': t('Champ « Complément d’adresse »', fill),
  'france-travail.inscription.donnees.code-postal': t('Champ « Code postal »', fill),
  'france-travail.inscription.donnees.commune': t('Liste « Commune »', choose),
  'france-travail.inscription.donnees.telephone': t('Champ « Téléphone »', fill),
  'france-travail.inscription.donnees.email': t('Champ « Adresse e-mail »', fill),
  'france-travail.inscription.situation.fin-contrat': t('Champ « Date de fin de votre dernier contrat »', fill),
  'france-travail.inscription.situation.motif': t('Liste « Motif de fin de contrat »', choose, { options: motifs }),
  'france-travail.inscription.situation.employeur': t('Champ « Nom de votre dernier employeur »', fill),
  'france-travail.inscription.experiences.sans-experience': t(
    'Case « Je n’ai pas d’expérience professionnelle »',
    check,
  ),
  'france-travail.inscription.experiences.metier': t('Champ « Métier exercé »', fill),
  'france-travail.inscription.experiences.employeur': t('Champ « Employeur » (expérience)', fill),
  'france-travail.inscription.experiences.debut': t('Champ « Début » (expérience, MM/AAAA)', fill),
  'france-travail.inscription.experiences.fin': t('Champ « Fin » (expérience, MM/AAAA)', fill),
  'france-travail.inscription.formations.niveau': t('Liste « Niveau de formation »', choose, { options: niveaux }),
  'france-travail.inscription.formations.diplome': t('Champ « Diplôme ou formation »', fill),
  'france-travail.inscription.formations.francais': t('Liste « Niveau en français »', choose, {
    options: niveauxLangue,
  }),
  'france-travail.inscription.formations.autre-langue': t('Champ « Autre langue »', fill),
  'france-travail.inscription.formations.autre-langue-niveau': t('Liste « Niveau dans cette langue »', choose, {
    options: niveauxLangue,
  }),
  'france-travail.inscription.projet.metier': t('Champ « Métier recherché » (liste de métiers)', fill),
  'france-travail.inscription.projet.experience': t('Question « Votre expérience dans ce métier »', choose, {
    options: experiencesMetier,
  }),
  'france-travail.inscription.recherche.contrat': t('Question « Type de contrat recherché »', choose, {
    options: contrats,
  }),
  'france-travail.inscription.recherche.temps': t('Question « Durée de travail »', choose, { options: temps }),
  'france-travail.inscription.recherche.mobilite': t('Question « Jusqu’où pouvez-vous vous déplacer ? »', choose, {
    options: mobilites,
  }),
  'france-travail.inscription.recherche.distance': t('Liste « Distance maximale »', choose, { options: distances }),
  'france-travail.inscription.banque.titulaire': t('Champ « Titulaire du compte »', fill),
  'france-travail.inscription.banque.iban': t('Champ « IBAN »', fill),
  'france-travail.inscription.banque.bic': t('Champ « BIC »', fill),
  'france-travail.inscription.recapitulatif.continuer': t('Bouton « Continuer » (récapitulatif)', click),
  'france-travail.inscription.rendez-vous.creneau': t('Question « Choisissez un créneau »', choose, {
    options: slotIds,
  }),
  'france-travail.inscription.rendez-vous.certifie': t(
    'Case « Je certifie sur l’honneur l’exactitude des informations »',
    check,
  ),
  'france-travail.inscription.rendez-vous.valider': t('Bouton « Valider mon inscription »', click),
  'france-travail.inscription.confirmation.documents': t('Bouton « Transmettre mes documents »', click),
  'france-travail.inscription.confirmation.espace': t('Bouton « Accéder à mon espace »', click),
  // The convocation: on the confirmation, « Mes rendez-vous » and « Mes courriers »
  'france-travail.convocation.telecharger': t('Lien « Télécharger ma convocation (PDF) »', click),
  // Personal space
  'france-travail.espace.actualiser': t('Bouton « M’actualiser »', click),
  'france-travail.espace.revoir-actualisation': t('Lien « Revoir mon actualisation »', click),
  // Only on the practice site, once the update is sent (as on the update's saved page).
  'france-travail.espace.refaire-actualisation': t(
    'Bouton « Refaire l’actualisation (site d’entraînement) » (espace)',
    click,
  ),
  'france-travail.espace.documents': t('Bouton « Transmettre un document »', click),
  'france-travail.espace.rendez-vous': t('Lien « Mes rendez-vous »', click),
  'france-travail.espace.courriers': t('Lien « Mes courriers »', click),
  'france-travail.espace.reprendre': t('Bouton « Reprendre mon inscription »', click),
  'france-travail.espace.inscrire': t('Bouton « Commencer mon inscription » (espace)', click),
  'france-travail.espace.confirmation': t('Lien « Revoir la confirmation de mon inscription »', click),
  'france-travail.espace.retour': t('Lien « Retour à mon espace »', click),
} satisfies Record<string, TargetSpec>;

export type FranceTravailTarget = keyof typeof franceTravailTargets;
