/**
 * The e-mails the France Travail site sends to the practice mailbox. Every `at` is a practice
 * time (`practiceNow(world.clock)`): the mails are dated in the lesson's story.
 */
import { frenchDate, frenchTime } from '../../french/index.ts';
import type { PracticeDocument } from '../framework/documents/practiceDocument.ts';
import type { MailSpec } from '../framework/types.ts';
import type { PracticeMail } from '../../lesson/world.ts';
import { slotLabel } from './registration/appointmentSlots.ts';
import type { Submitted } from './registration/inscriptionReducer.ts';

const from = 'France Travail';

/** How long the activation link is valid: 24 hours (unverified for the real site). */
export const activationLinkValidityMs = 24 * 3600_000;

/** The mails of this file, as the site's spec declares them. */
export const franceTravailMailSpecs = {
  'ft-activation': {
    label: 'Message « Activez votre espace personnel » de France Travail',
    link: 'Lien « Activer mon espace »',
    folder: 'spam',
  },
  'ft-identifiant': { label: 'Message « Votre identifiant France Travail »' },
  'ft-convocation': {
    label: 'Message « Votre convocation à un entretien » de France Travail',
    attachment: 'Pièce jointe « convocation-france-travail.pdf »',
  },
} as const satisfies Record<string, MailSpec>;

/** The mailbox with `mail` on top; an older mail of the same id keeps its text under `<id>-<time>`. */
export function withMail(inbox: PracticeMail[], mail: PracticeMail): PracticeMail[] {
  const older = inbox.map((m) => (m.id === mail.id ? { ...m, id: `${m.id}-${m.receivedAt}` } : m));
  return [mail, ...older];
}

/** « Activez votre espace personnel », id `ft-activation`, with the link `linkId`. */
export function activationMail(linkId: string, at: number, folder: PracticeMail['folder']): PracticeMail {
  return {
    id: 'ft-activation',
    from,
    subject: 'Activez votre espace personnel',
    body: `Bonjour,\n\nVous venez de créer votre espace personnel sur francetravail.fr.\n\nPour l’activer, cliquez sur le lien ci-dessous. Ce lien est valable 24 heures.\n\nSi vous n’êtes pas à l’origine de cette demande, ne tenez pas compte de ce message.\n\nFrance Travail`,
    receivedAt: at,
    read: false,
    folder,
    link: { label: 'Activer mon espace', site: 'france-travail', id: linkId, expiresAt: at + activationLinkValidityMs },
  };
}

/** « Votre identifiant France Travail », id `ft-identifiant`. */
export function identifierMail(identifiant: string, at: number, folder: PracticeMail['folder']): PracticeMail {
  return {
    id: 'ft-identifiant',
    from,
    subject: 'Votre identifiant France Travail',
    body: `Bonjour,\n\nVous avez demandé à recevoir votre identifiant France Travail.\n\nVotre identifiant : ${identifiant}\n\nPour vous connecter, saisissez cet identifiant puis votre mot de passe.\n\nFrance Travail`,
    receivedAt: at,
    read: false,
    folder,
  };
}

/** « Votre convocation à un entretien », id `ft-convocation`, with the convocation attached. */
export function convocationMail(
  prenom: string,
  submitted: Submitted,
  convocation: PracticeDocument,
  folder: PracticeMail['folder'],
): PracticeMail {
  return {
    id: 'ft-convocation',
    from,
    subject: 'Votre convocation à un entretien',
    body: `Bonjour ${prenom},\n\nVotre inscription a bien été enregistrée le ${frenchDate(submitted.at)} à ${frenchTime(submitted.at)}.\n\nVotre entretien avec un conseiller ou une conseillère aura lieu le ${slotLabel(submitted.slotAt)}, à l’agence ${submitted.agence}, ${submitted.adresse}.\n\nCe rendez-vous est obligatoire. Vous trouverez votre convocation en pièce jointe et dans votre espace personnel, rubrique « Mes courriers ».\n\nFrance Travail`,
    receivedAt: submitted.at,
    read: false,
    folder,
    attachments: [convocation],
  };
}
