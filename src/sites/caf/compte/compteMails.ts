/**
 * The e-mails of « Mot de passe oublié ? » and of the account creation. Every `at` is a practice
 * time (`practiceNow(world.clock)`).
 */
import type { PracticeMail } from '../../../lesson/world.ts';
import type { MailSpec } from '../../framework/types.ts';

const from = 'CAF - Mon Compte';

/** How long the link « Réinitialiser mon mot de passe » is valid: 24 hours (practice clock). */
export const resetLinkValidityMs = 24 * 3600_000;

/** The mails of this folder, as the CAF's spec declares them. */
export const compteMailSpecs = {
  'caf-reinitialisation': {
    label: 'Message « Réinitialisation de votre mot de passe » de la CAF',
    link: 'Lien « Réinitialiser mon mot de passe »',
  },
  'caf-creation-code': { label: 'Message « Votre code de vérification » de la CAF' },
} as const satisfies Record<string, MailSpec>;

/** The mailbox with `mail` on top; an older mail of the same id keeps its text under `<id>-<time>`. */
export function withCompteMail(inbox: PracticeMail[], mail: PracticeMail): PracticeMail[] {
  const older = inbox.map((m) => (m.id === mail.id ? { ...m, id: `${m.id}-${m.receivedAt}` } : m));
  return [mail, ...older];
}

/** « Réinitialisation de votre mot de passe », id `caf-reinitialisation`, with the link `linkId`. */
export function resetMail(prenom: string, linkId: string, at: number): PracticeMail {
  return {
    id: 'caf-reinitialisation',
    from,
    subject: 'Réinitialisation de votre mot de passe',
    body: `Bonjour ${prenom},\n\nVous avez demandé à changer le mot de passe de votre compte caf.fr.\n\nPour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous. Ce lien est valable 24 heures et ne peut servir qu’une fois.\n\nSi vous n’êtes pas à l’origine de cette demande, ne tenez pas compte de ce message : votre mot de passe actuel reste valable.\n\nLa Caf ne vous demandera jamais votre mot de passe par téléphone, par SMS ou par courriel.`,
    receivedAt: at,
    read: false,
    folder: 'inbox',
    link: { label: 'Réinitialiser mon mot de passe', site: 'caf', id: linkId, expiresAt: at + resetLinkValidityMs },
  };
}

/** « Votre code de vérification », id `caf-creation-code`: the code that checks the address at the creation. */
export function creationCodeMail(code: string, at: number): PracticeMail {
  return {
    id: 'caf-creation-code',
    from,
    subject: 'Votre code de vérification',
    body: `Bonjour,\n\nVoici votre code de vérification pour créer votre compte caf.fr : ${code}\n\nCe code est valable 15 minutes. Ne le donnez à personne.`,
    receivedAt: at,
    read: false,
    folder: 'inbox',
  };
}
