/**
 * Targets of « Mot de passe oublié ? » and of the account creation (« Créer un compte », inside a
 * first request): plain data, merged into the CAF's registry (`cafTargets`).
 */
import type { TargetSpec } from '../../framework/types.ts';

const click = ['click'] as const;
const fill = ['fill'] as const;

export const compteTargets = {
  // « Mot de passe oublié ? »
  'caf.compte.oubli.nir': { label: 'Champ « Numéro de sécurité sociale » (mot de passe oublié)', actions: fill },
  'caf.compte.oubli.naissance': { label: 'Champ « Date de naissance » (mot de passe oublié)', actions: fill },
  'caf.compte.oubli.valider': { label: 'Bouton « Valider » (mot de passe oublié)', actions: click },
  'caf.compte.oubli.retour': { label: 'Lien « Retour à la connexion »', actions: click },
  'caf.compte.envoye.retour': { label: 'Lien « Retour à la connexion » (courriel envoyé)', actions: click },
  'caf.compte.lien-expire.nouvelle-demande': { label: 'Bouton « Faire une nouvelle demande »', actions: click },
  'caf.compte.nouveau.mot-de-passe': { label: 'Champ « Nouveau mot de passe »', actions: fill },
  'caf.compte.nouveau.confirmation': { label: 'Champ « Confirmez le nouveau mot de passe »', actions: fill },
  'caf.compte.nouveau.afficher': {
    label: 'Case « Afficher les mots de passe » (nouveau mot de passe)',
    actions: ['check'],
    neutral: true,
  },
  'caf.compte.nouveau.valider': { label: 'Bouton « Valider » (nouveau mot de passe)', actions: click },
  // « Créer un compte », inside a first request
  'caf.compte.demande.creer': { label: 'Bouton « Créer un compte »', actions: click },
  'caf.compte.demande.connexion': { label: 'Bouton « J’ai déjà un compte : me connecter »', actions: click },
  'caf.compte.creation.nir': { label: 'Champ « Numéro de sécurité sociale » (création du compte)', actions: fill },
  'caf.compte.creation.nom': { label: 'Champ « Nom de naissance »', actions: fill },
  'caf.compte.creation.prenoms': { label: 'Champ « Prénoms »', actions: fill },
  'caf.compte.creation.naissance': { label: 'Champ « Date de naissance » (création du compte)', actions: fill },
  'caf.compte.creation.lieu': { label: 'Champ « Lieu de naissance »', actions: fill },
  'caf.compte.creation.code-postal': { label: 'Champ « Code postal de votre domicile »', actions: fill },
  'caf.compte.creation.commune': { label: 'Champ « Commune de votre domicile »', actions: fill },
  'caf.compte.creation.continuer': { label: 'Bouton « Continuer » (création du compte)', actions: click },
  'caf.compte.creation.email': { label: 'Champ « Adresse électronique »', actions: fill },
  'caf.compte.creation.envoyer-code': { label: 'Bouton « Recevoir un code »', actions: click },
  'caf.compte.creation.code': { label: 'Champ « Code reçu par courriel » (création du compte)', actions: fill },
  'caf.compte.creation.valider-code': { label: 'Bouton « Valider le code »', actions: click },
  'caf.compte.creation.mot-de-passe': { label: 'Champ « Mot de passe » (création du compte)', actions: fill },
  'caf.compte.creation.confirmation': { label: 'Champ « Confirmez le mot de passe » (création)', actions: fill },
  'caf.compte.creation.afficher': {
    label: 'Case « Afficher les mots de passe » (création du compte)',
    actions: ['check'],
    neutral: true,
  },
  'caf.compte.creation.creer': { label: 'Bouton « Créer mon compte »', actions: click },
  'caf.compte.creation.precedent': { label: 'Bouton « Précédent » (création du compte)', actions: click },
  'caf.compte.cree.continuer': { label: 'Bouton « Accéder à Mon Compte »', actions: click },
} satisfies Record<string, TargetSpec>;

export type CompteTarget = keyof typeof compteTargets;
