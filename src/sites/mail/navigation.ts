/**
 * The practice mailbox's navigation map (docs/practice-sites.md, « Navigation map »): a folder's
 * list or an open message; the folders are always on screen.
 */
import type { SiteNavigation } from '../framework/types.ts';

export const mailNavigation: SiteNavigation = {
  places: {
    inbox: { label: 'la boîte de réception', targets: ['mail.inbox.*', 'mail.folder.*'] },
    spam: { label: 'le dossier « Courrier indésirable »', targets: ['mail.folder.*'] },
    message: { label: 'un message ouvert', targets: ['mail.message.*', 'mail.folder.*'] },
  },
  links: [{ from: ['*'], to: 'inbox', steps: [{ action: 'click', target: 'mail.folder.inbox' }] }],
};
