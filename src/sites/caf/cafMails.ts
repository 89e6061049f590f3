/**
 * The e-mails the CAF site sends to the practice mailbox. Every `at` is a practice time
 * (`practiceNow(world.clock)`): the mails are dated in the lesson's story, never the real day.
 */
import type { PracticeMail } from '../../lesson/world.ts';
import { frenchDate, frenchTime } from '../../french/index.ts';
import type { CafPersona } from './cafPersona.ts';

/** The sender's name as the mailbox shows it (the CAF signs « Votre Caf »; its exact sender name is unverified). */
const from = 'caf.fr';

/** How long a one-time code is valid: 15 minutes, like the CAF's. */
export const codeValidityMs = 15 * 60_000;

/** « Votre code de connexion », id `caf-code`. */
export function codeMail(code: string, at: number): PracticeMail {
  return {
    id: 'caf-code',
    from,
    subject: 'Votre code de connexion',
    body: `Bonjour,\n\nVoici votre code de connexion à Mon Compte : ${code}\n\nCe code est valable 15 minutes. Ne le donnez à personne.\n\nLa Caf ne vous demandera jamais ce code par téléphone, par SMS ou par courriel.`,
    receivedAt: at,
    read: false,
    folder: 'inbox',
  };
}

/** The mailbox with a new code message on top; older code messages keep a distinct id. */
export function withCodeMail(inbox: PracticeMail[], code: string, at: number): PracticeMail[] {
  const older = inbox.map((m) => (m.id === 'caf-code' ? { ...m, id: `caf-code-${m.receivedAt}` } : m));
  return [codeMail(code, at), ...older];
}

/** « Confirmation de votre déclaration trimestrielle de ressources », id `caf-accuse`. */
export function receiptMail(p: CafPersona, reference: string, at: number): PracticeMail {
  const name = [p.prenom, p.nom].filter(Boolean).join(' ');
  return {
    id: 'caf-accuse',
    from,
    subject: 'Confirmation de votre déclaration trimestrielle de ressources',
    body: [
      `Bonjour ${name},`,
      `Nous avons bien reçu votre déclaration trimestrielle de ressources pour ${p.dtr.periode}, transmise le ${frenchDate(at)} à ${frenchTime(at)}.`,
      `Référence de votre déclaration : ${reference}`,
      'Le récapitulatif de votre déclaration est disponible dans votre espace Mon Compte, rubrique « Mes ressources ».',
      'Cordialement,\nVotre Caf',
      'Ce courriel est envoyé automatiquement, merci de ne pas y répondre.',
    ].join('\n\n'),
    receivedAt: at,
    read: false,
    folder: 'inbox',
  };
}
