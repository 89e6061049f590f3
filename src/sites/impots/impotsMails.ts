/**
 * The e-mails the impots.gouv site sends to the practice mailbox. Every `at` is a practice time
 * (`practiceNow(world.clock)`): the mails are dated in the lesson's story.
 */
import { frenchDate, frenchTime } from '../../french/index.ts';
import type { PracticeMail } from '../../lesson/world.ts';
import type { MailSpec } from '../framework/types.ts';

const from = 'impots.gouv.fr';

/** How long the activation link is valid: 8 hours (docs/procedures.md section 1.3). */
export const activationLinkValidityMs = 8 * 3600_000;
/** How long the security code is valid (as the CAF's: 15 minutes). */
export const codeValidityMs = 15 * 60_000;

/** The mails of this file, as the site's spec declares them. */
export const impotsMailSpecs = {
  'impots-activation': {
    label: 'Message « Activation de votre espace particulier » d’impots.gouv.fr',
    link: 'Lien « Activer mon espace particulier »',
    folder: 'spam',
  },
  'impots-code': { label: 'Message « Votre code de sécurité » d’impots.gouv.fr' },
  'impots-accuse': { label: 'Message « Accusé de réception de votre déclaration » d’impots.gouv.fr' },
} as const satisfies Record<string, MailSpec>;

/** The mailbox with `mail` on top; an older mail of the same id keeps its text under `<id>-<time>`. */
export function withMail(inbox: PracticeMail[], mail: PracticeMail): PracticeMail[] {
  const older = inbox.map((m) => (m.id === mail.id ? { ...m, id: `${m.id}-${m.receivedAt}` } : m));
  return [mail, ...older];
}

/** « Activation de votre espace particulier », id `impots-activation`, with the link `linkId`. */
export function activationMail(linkId: string, at: number, folder: PracticeMail['folder']): PracticeMail {
  return {
    id: 'impots-activation',
    from,
    subject: 'Activation de votre espace particulier',
    body: `Bonjour,\n\nVous avez demandé la création de votre espace particulier sur impots.gouv.fr.\n\nPour finaliser la création de votre espace, cliquez sur le lien ci-dessous. Ce lien est valable 8 heures.\n\nSi vous n’êtes pas à l’origine de cette demande, ne tenez pas compte de ce message.\n\nLa Direction générale des Finances publiques`,
    receivedAt: at,
    read: false,
    folder,
    link: {
      label: 'Activer mon espace particulier',
      site: 'impots',
      id: linkId,
      expiresAt: at + activationLinkValidityMs,
    },
  };
}

/** « Votre code de sécurité », id `impots-code`. */
export function codeMail(code: string, at: number, folder: PracticeMail['folder']): PracticeMail {
  return {
    id: 'impots-code',
    from,
    subject: 'Votre code de sécurité',
    body: `Bonjour,\n\nVoici votre code de sécurité pour accéder à votre espace particulier : ${code}\n\nSaisissez ce code sur la page de connexion. Ne le communiquez à personne.\n\nLa Direction générale des Finances publiques`,
    receivedAt: at,
    read: false,
    folder,
  };
}

/** « Accusé de réception de votre déclaration de revenus 2025 », id `impots-accuse`. */
export function receiptMail(
  incomeYear: number,
  numero: string,
  at: number,
  folder: PracticeMail['folder'],
): PracticeMail {
  return {
    id: 'impots-accuse',
    from,
    subject: `Accusé de réception de votre déclaration de revenus ${incomeYear}`,
    body: `Bonjour,\n\nVotre déclaration de revenus ${incomeYear} a bien été signée le ${frenchDate(at)} à ${frenchTime(at)}.\n\nNuméro de déclaration : ${numero}\n\nVotre avis de situation déclarative est disponible dans votre espace particulier, rubrique « Documents ».\n\nVous pouvez corriger votre déclaration en ligne jusqu’à la date limite de déclaration.\n\nLa Direction générale des Finances publiques`,
    receivedAt: at,
    read: false,
    folder,
  };
}
