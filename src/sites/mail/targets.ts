/**
 * Targets of the practice mailbox (« Ma messagerie »), where one-time codes and confirmations
 * arrive: plain data for the compiler and the site.
 */
import type { SiteSpec, TargetSpec } from '../framework/types.ts';

export const mailTargets = {
  'mail.inbox.caf-code': { label: 'Message « Votre code de connexion » de la CAF', actions: ['click'] },
  'mail.inbox.caf-accuse': { label: 'Message « Accusé de réception de votre déclaration » de la CAF', actions: ['click'] },
  'mail.inbox.other': { label: 'Un autre message de la boîte de réception', actions: ['click'] },
  'mail.folder.inbox': { label: 'Dossier « Boîte de réception »', actions: ['click'], neutral: true },
  'mail.folder.spam': { label: 'Dossier « Courrier indésirable »', actions: ['click'], neutral: true },
  'mail.message.back': { label: 'Bouton « Retour à la boîte de réception »', actions: ['click'], neutral: true },
} satisfies Record<string, TargetSpec>;

export const mailSite: SiteSpec = {
  id: 'mail',
  name: 'Ma messagerie (entraînement)',
  address: 'https://messagerie.pas-a-pas.local',
  targets: mailTargets,
};
