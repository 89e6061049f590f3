/** The e-mail the CAF sends once a change is declared (id `caf-changement`), dated by the practice clock. */
import type { PracticeMail } from '../../../lesson/world.ts';
import { frenchDate, frenchTime } from '../../../french/index.ts';
import type { SentChangement } from './changementReducer.ts';
import { changementLabels } from './changementTargets.ts';
import { transferText, transferTo } from './changementSummary.ts';

/** « Votre déclaration de changement de situation ». */
export function changementMail(prenom: string, oldAddress: string, sent: SentChangement): PracticeMail {
  const transfer = sent.type === 'demenagement' ? transferTo(oldAddress, sent.details) : null;
  return {
    id: 'caf-changement',
    from: 'CAF - Mon Compte',
    subject: 'Votre déclaration de changement de situation',
    body: `Bonjour ${prenom},\n\nNous avons bien reçu votre déclaration de changement de situation (${changementLabels[sent.type].toLowerCase()}), le ${frenchDate(sent.at)} à ${frenchTime(sent.at)}.\n\nNuméro de référence : ${sent.reference}\n${transfer ? `\n${transferText(transfer)}\n` : ''}\nVous pouvez retrouver l’accusé de réception dans Mon Compte, rubrique « Mon profil ».`,
    receivedAt: sent.at,
    read: false,
    folder: 'inbox',
  };
}
