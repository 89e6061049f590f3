/**
 * Targets of the FranceConnect practice pages (the choice of a provider, the providers' logins,
 * the return): plain data. The button « S'identifier avec FranceConnect » belongs to each site
 * that shows it (`<site>.connexion.franceconnect`).
 */
import type { TargetSpec } from '../framework/types.ts';
import { providerIds, providers } from './providers.ts';

const click = ['click'] as const;
const fill = ['fill'] as const;

function providerTargets(): Record<`franceconnect.fournisseurs.${string}`, TargetSpec> {
  const targets: Record<`franceconnect.fournisseurs.${string}`, TargetSpec> = {};
  for (const id of providerIds)
    targets[`franceconnect.fournisseurs.${id}`] = { label: `Bouton « ${providers[id].name} »`, actions: click };
  return targets;
}

export const franceConnectTargets = {
  // « Je choisis un compte pour me connecter sur … »
  ...providerTargets(),
  'franceconnect.choix.retour': { label: 'Lien « Revenir sur … » (le site de départ)', actions: click },
  'franceconnect.choix.aide': { label: 'Lien « Qu’est-ce que FranceConnect ? »', actions: click, neutral: true },
  // impots.gouv's login
  'franceconnect.impots.numero-fiscal': { label: 'Champ « Numéro fiscal » (impots.gouv)', actions: fill },
  'franceconnect.impots.continuer': { label: 'Bouton « Continuer » (impots.gouv)', actions: click },
  'franceconnect.impots.mot-de-passe': { label: 'Champ « Mot de passe » (impots.gouv)', actions: fill },
  'franceconnect.impots.connexion': { label: 'Bouton « Connexion » (impots.gouv)', actions: click },
  'franceconnect.impots.annuler': { label: 'Lien « Annuler » (impots.gouv)', actions: click },
  // ameli's login
  'franceconnect.ameli.nir': { label: 'Champ « Numéro de sécurité sociale » (ameli)', actions: fill },
  'franceconnect.ameli.mot-de-passe': { label: 'Champ « Mot de passe » (ameli)', actions: fill },
  'franceconnect.ameli.connexion': { label: 'Bouton « Se connecter » (ameli)', actions: click },
  'franceconnect.ameli.annuler': { label: 'Lien « Annuler » (ameli)', actions: click },
  // A provider without a practice copy
  'franceconnect.non-copie.autre-compte': { label: 'Bouton « Choisir un autre compte »', actions: click },
  'franceconnect.non-copie.retour': { label: 'Lien « Revenir sur … » (le site de départ)', actions: click },
  // The provider is unavailable (incident)
  'franceconnect.erreur.autre-compte': { label: 'Bouton « Choisir un autre compte »', actions: click },
  'franceconnect.erreur.retour': { label: 'Lien « Revenir sur … » (le site de départ)', actions: click },
  // The return
  'franceconnect.confirmation.continuer': { label: 'Bouton « Continuer sur … » (le site de départ)', actions: click },
} satisfies Record<string, TargetSpec>;

export type FranceConnectTarget = keyof typeof franceConnectTargets;
