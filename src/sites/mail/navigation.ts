/**
 * The practice mailbox's navigation map (docs/practice-sites.md, « Navigation map »): a folder's
 * list or an open message; the folders are always on screen. A message is opened from its list
 * (the lesson's earlier message target is preferred); a site's mail that lands in « Courrier
 * indésirable » is `mail.spam.<id>` there.
 */
import type { SiteNavigation } from '../framework/types.ts';

export const mailNavigation: SiteNavigation = {
  places: {
    inbox: { label: 'la boîte de réception', targets: ['mail.inbox.*', 'mail.folder.*'] },
    spam: { label: 'le dossier « Courrier indésirable »', targets: ['mail.spam.*', 'mail.folder.*'] },
    message: {
      label: 'un message ouvert',
      targets: ['mail.message.back', 'mail.folder.*', 'mail.piece-jointe.*', 'mail.lien.*'],
    },
    'spam-message': {
      label: 'un message ouvert du courrier indésirable',
      // « Ce n'est pas un courrier indésirable » is only there. Its links and attachments are
      // reached through the inbox: the way back never leads to a link a learner should not
      // follow before the message is marked as not spam.
      targets: ['mail.message.*', 'mail.folder.*'],
    },
  },
  links: [
    { from: ['*'], to: 'inbox', steps: [{ action: 'click', target: 'mail.folder.inbox' }] },
    { from: ['*'], to: 'spam', steps: [{ action: 'click', target: 'mail.folder.spam' }] },
    { from: ['inbox'], to: 'message', steps: [{ action: 'click', target: 'mail.inbox.*' }] },
    { from: ['spam'], to: 'spam-message', steps: [{ action: 'click', target: 'mail.spam.*' }] },
  ],
};
