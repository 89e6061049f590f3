/**
 * Targets of the practice mailbox (« Ma messagerie »), where one-time codes and confirmations
 * arrive: plain data for the compiler and the site.
 */
import type { TargetSpec } from '../framework/types.ts';

/**
 * The mailbox's own targets. Each message another site sends (its `mails`) is a target too,
 * `mail.inbox.<mail id>` (and `mail.spam.<id>`, `mail.piece-jointe.<id>`, `mail.lien.<id>` when
 * declared), and so is « Ce n’est pas un courrier indésirable » when a site's mail lands there:
 * the registry adds those (`inboxTargets.ts`).
 */
export const mailTargets = {
  'mail.inbox.other': { label: 'Un autre message de la boîte de réception', actions: ['click'] },
  'mail.folder.inbox': { label: 'Dossier « Boîte de réception »', actions: ['click'], neutral: true },
  'mail.folder.spam': { label: 'Dossier « Courrier indésirable »', actions: ['click'], neutral: true },
  'mail.message.back': { label: 'Bouton « Retour à la boîte de réception »', actions: ['click'], neutral: true },
} satisfies Record<string, TargetSpec>;

/** A target of the mailbox's own. */
export type MailTarget = keyof typeof mailTargets;
