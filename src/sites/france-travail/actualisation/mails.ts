/**
 * The e-mails of the monthly update in the practice mailbox: the reminder when the window opens,
 * the receipt once it is validated. Every time is a practice time (`practiceNow(world.clock)`).
 */
import type { MailSpec } from '../../framework/types.ts';
import type { PracticeMail } from '../../../lesson/world.ts';
import { formatAmount, frenchDate, frenchTime } from '../../../french/index.ts';
import type { ActualisationWindow } from './actualisationWindow.ts';
import type { SentActualisation } from './actualisationReducer.ts';
import { questionIds, questionTexts } from './questions.ts';

const from = 'France Travail';

export const actualisationMails: Record<string, MailSpec> = {
  'ft-rappel-actualisation': { label: 'Message « Pensez à vous actualiser » de France Travail' },
  'ft-actualisation-recue': { label: 'Message « Votre actualisation a bien été enregistrée » de France Travail' },
};

/** « Pensez à vous actualiser », id `ft-rappel-actualisation`, sent the morning the window opens. */
export function reminderMail(prenom: string, window: ActualisationWindow, now: number): PracticeMail {
  const opening = new Date(window.opensOn);
  opening.setHours(8, 30);
  return {
    id: 'ft-rappel-actualisation',
    from,
    subject: 'Pensez à vous actualiser',
    body: `Bonjour ${prenom},\n\nVous pouvez vous actualiser pour le mois de ${window.month} jusqu’au ${frenchDate(window.closesOn.getTime())} inclus.\n\nConnectez-vous à votre espace personnel sur francetravail.fr, rubrique « M’actualiser ».\n\nSans actualisation, votre inscription prend fin et vos allocations ne peuvent pas être versées.\n\nFrance Travail`,
    // Never in the future: the window may have opened this morning.
    receivedAt: Math.min(opening.getTime(), now - 3600_000),
    read: false,
    folder: 'inbox',
  };
}

/** « Votre actualisation a bien été enregistrée », id `ft-actualisation-recue`. */
export function receiptMail(prenom: string, sent: SentActualisation): PracticeMail {
  const answers = questionIds.map((id) => `${questionTexts[id]} ${sent.answers[id] === 'oui' ? 'Oui' : 'Non'}`);
  const contracts = sent.contracts.map((c) => `${c.employer} : ${c.hours} heures, ${formatAmount(c.cents)} brut`);
  const body = [
    `Bonjour ${prenom},`,
    `Votre actualisation pour le mois de ${sent.month} a bien été enregistrée le ${frenchDate(sent.at)} à ${frenchTime(sent.at)}.`,
    `Vos réponses :\n${answers.join('\n')}`,
    ...(contracts.length ? [`Vos employeurs :\n${contracts.join('\n')}`] : []),
    ...(sent.answers.travail === 'oui'
      ? ['Transmettez vos bulletins de salaire dans votre espace personnel, rubrique « Transmettre un document ».']
      : []),
    'France Travail',
  ].join('\n\n');
  return {
    id: 'ft-actualisation-recue',
    from,
    subject: 'Votre actualisation a bien été enregistrée',
    body,
    receivedAt: sent.at,
    read: false,
    folder: 'inbox',
  };
}

/** The mailbox with a new receipt on top; an older receipt keeps a distinct id (`ft-actualisation-recue-<time>`). */
export function withReceiptMail(inbox: readonly PracticeMail[], mail: PracticeMail): PracticeMail[] {
  const older = inbox.map((m) => (m.id === mail.id ? { ...m, id: `${m.id}-${m.receivedAt}` } : m));
  return [mail, ...older];
}
