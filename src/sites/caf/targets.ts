/**
 * Targets of the CAF practice site (a copy of caf.fr « Mon Compte »): plain data, imported by
 * the compiler to check lessons and by the site's components.
 */
import type { TargetSpec } from '../framework/types.ts';
import { compteTargets } from './compte/compteTargets.ts';
import { simulateurTargets } from './simulateur/simulateurTargets.ts';
import { changementTargets } from './changement/changementTargets.ts';
import { demandeTargets } from './demande/demandeTargets.ts';

const click = ['click'] as const;
const fill = ['fill'] as const;

/** Household members on the quarterly declaration: the claimant, the partner, children aged 16 or more. */
export const dtrMembers = ['vous', 'conjoint', 'enfant1', 'enfant2'] as const;
/** The three months of the declaration, oldest first (M-4, M-3, M-2). */
export const dtrMonths = ['m1', 'm2', 'm3'] as const;
/** Kinds of resources the declaration lists or lets the learner add. */
export const dtrResourceTypes = [
  'salaire',
  'chomage',
  'indemnites-journalieres',
  'pension-retraite',
  'pension-alimentaire',
  'independant',
  'autre',
] as const;
export type DtrMember = (typeof dtrMembers)[number];
export type DtrMonth = (typeof dtrMonths)[number];
export type DtrResourceType = (typeof dtrResourceTypes)[number];
/** How many lines of one kind a month can list (one per employer or payer): the first is `salaire`, the next `salaire-2`… */
export const dtrMaxLinesPerType = 3;
/** Why a pre-filled amount is changed (« Motif de la modification »). */
export const dtrEditReasons = ['montant-errone', 'non-percu', 'autre-mois'] as const;
export type DtrEditReason = (typeof dtrEditReasons)[number];
/** The key of the `n`-th line (1-based) of a kind in a month: `salaire`, `salaire-2`… */
export function dtrLineKey(type: DtrResourceType, n: number): string {
  return n <= 1 ? type : `${type}-${n}`;
}

function dtrLineTargets(): Record<`caf.dtr.${string}`, TargetSpec> {
  const targets: Record<`caf.dtr.${string}`, TargetSpec> = {};
  for (const member of dtrMembers) {
    for (const month of dtrMonths) {
      targets[`caf.dtr.${member}.${month}.ajouter`] = {
        label: `Bouton « Ajouter une ressource » (${member}, ${month})`,
        actions: click,
      };
      for (const type of dtrResourceTypes) {
        for (let n = 1; n <= dtrMaxLinesPerType; n++) {
          const key = dtrLineKey(type, n);
          targets[`caf.dtr.${member}.${month}.${key}.modifier`] = {
            label: `Bouton « Modifier » du montant ${key} (${member}, ${month})`,
            actions: click,
          };
          targets[`caf.dtr.${member}.${month}.${key}.supprimer`] = {
            label: `Bouton « Supprimer » de la ressource ajoutée ${key} (${member}, ${month})`,
            actions: click,
          };
        }
      }
    }
    targets[`caf.dtr.${member}.autres`] = {
      label: `Question « … perçu d’autres ressources … ? » (${member})`,
      actions: ['choose'],
      options: ['oui', 'non'],
    };
  }
  return targets;
}

export const cafTargets = {
  // Header and home page
  'caf.header.logo': { label: 'Logo « caf.fr » (retour à l’accueil)', actions: click },
  'caf.header.mon-compte': { label: 'Bouton « Mon Compte »', actions: click },
  'caf.home.faire-demande': { label: 'Lien « Faire une demande de prestation »', actions: click },
  'caf.home.simulateur': { label: 'Lien « Faire une simulation »', actions: click },
  // Login
  'caf.login.nir': { label: 'Champ « Numéro de sécurité sociale »', actions: fill },
  'caf.login.password': { label: 'Champ « Mot de passe »', actions: fill },
  'caf.login.show-password': { label: 'Case « Afficher le mot de passe »', actions: ['check'], neutral: true },
  'caf.login.submit': { label: 'Bouton « Me connecter »', actions: click },
  'caf.login.forgot-password': { label: 'Lien « Mot de passe oublié ? »', actions: click },
  'caf.login.create-account': { label: 'Lien « Créer mon compte »', actions: click },
  // It opens FranceConnect's pages in this tab (their targets are FranceConnect's).
  'caf.login.franceconnect': { label: 'Bouton « S’identifier avec FranceConnect »', actions: click },
  // One-time code
  'caf.code.send': { label: 'Bouton « Envoyer le code »', actions: click },
  'caf.code.input': { label: 'Champ « Code reçu par courriel »', actions: fill },
  'caf.code.submit': { label: 'Bouton « Valider »', actions: click },
  'caf.code.resend': { label: 'Lien « Renvoyer un code »', actions: click },
  // Personal space
  'caf.espace.notification-dtr': { label: 'Alerte « Déclarez vos ressources trimestrielles »', actions: click },
  'caf.espace.menu.ressources': { label: 'Menu « Mes ressources »', actions: click },
  'caf.espace.menu.paiements': { label: 'Menu « Mes paiements et mes droits »', actions: click },
  'caf.espace.menu.profil': { label: 'Menu « Mon profil »', actions: click },
  'caf.espace.menu.documents': { label: 'Menu « Mes documents »', actions: click },
  'caf.espace.logout': { label: 'Bouton « Me déconnecter »', actions: click },
  'caf.ressources.declarer': { label: 'Bouton « Déclarer mes ressources trimestrielles »', actions: click },
  'caf.ressources.revoir': { label: 'Lien « Revoir la confirmation et le récapitulatif »', actions: click },
  'caf.paiements.ressources': { label: 'Lien « Mes ressources » (Mes paiements et mes droits)', actions: click },
  // Only on the practice site: a declaration sent too early can be made again.
  'caf.ressources.refaire': { label: 'Bouton « Refaire la déclaration (site d’entraînement) »', actions: click },
  // Quarterly declaration of resources (DTR)
  'caf.dtr.start': { label: 'Bouton « Commencer ma déclaration »', actions: click },
  ...dtrLineTargets(),
  'caf.dtr.edit.reason': { label: 'Liste « Motif de la modification »', actions: ['choose'], options: dtrEditReasons },
  'caf.dtr.edit.amount': { label: 'Champ « Nouveau montant »', actions: fill },
  'caf.dtr.edit.proof': { label: 'Bouton « Ajouter un justificatif »', actions: ['upload'] },
  'caf.dtr.edit.save': { label: 'Bouton « Enregistrer » (modification)', actions: click },
  'caf.dtr.edit.cancel': { label: 'Bouton « Annuler » (modification)', actions: click },
  'caf.dtr.add.type': { label: 'Liste « Type de ressource »', actions: ['choose'], options: dtrResourceTypes },
  'caf.dtr.add.payer': { label: 'Champ « Nom de l’employeur ou de l’organisme payeur »', actions: fill },
  'caf.dtr.add.amount': { label: 'Champ « Montant »', actions: fill },
  'caf.dtr.add.save': { label: 'Bouton « Ajouter » (nouvelle ressource)', actions: click },
  'caf.dtr.add.cancel': { label: 'Bouton « Annuler » (nouvelle ressource)', actions: click },
  'caf.dtr.next': { label: 'Bouton « Suivant »', actions: click },
  'caf.dtr.previous': { label: 'Bouton « Précédent »', actions: click },
  'caf.dtr.review.certify': { label: 'Case « Je certifie sur l’honneur… »', actions: ['check'] },
  'caf.dtr.review.validate': { label: 'Bouton « Valider ma déclaration »', actions: click },
  'caf.dtr.review.modify': { label: 'Bouton « Modifier ma déclaration »', actions: click },
  'caf.dtr.confirmation.receipt': { label: 'Bouton « Télécharger le récapitulatif (PDF) »', actions: click },
  'caf.dtr.confirmation.back': { label: 'Lien « Retour à Mon Compte »', actions: click },
  // The prime d'activité simulator (anonymous)
  ...simulateurTargets,
  // Déclarer un changement de situation (Mon profil)
  ...changementTargets,
  // « Mot de passe oublié ? » and « Créer un compte »
  ...compteTargets,
  // The prime d'activité claim, from Mon Compte
  ...demandeTargets,
} satisfies Record<string, TargetSpec>;

export type CafTarget = keyof typeof cafTargets;
