/**
 * The practice mailbox « Ma messagerie » (docs/practice-sites.md): folders, a list of the
 * world's messages, and the message view. Opening a message marks it read in the world. The
 * practice browser's « Précédent » goes back to the view before (from a message, its list).
 */
import { useRef } from 'react';
import { useSiteReducer } from '../framework/useSiteReducer.ts';
import type { PracticeMail } from '../../lesson/world.ts';
import { PracticeBanner } from '../framework/PracticeBanner.tsx';
import { useSiteBridge } from '../framework/SiteBridge.tsx';
import { TargetButton } from '../framework/TargetButton.tsx';
import { useHeadingFocus } from '../framework/useHeadingFocus.ts';
import { useSiteBack } from '../framework/siteHistory.tsx';
import { MailList } from './MailList.tsx';
import { MailMessage } from './MailMessage.tsx';
import { initialMailNavigation, mailNavigationReducer, mailNavigationSchema } from './mailNavigation.ts';
import type { MailTarget } from './targets.ts';
import './mail.css';

type Folder = PracticeMail['folder'];

const folders: readonly { folder: Folder; target: MailTarget }[] = [
  { folder: 'inbox', target: 'mail.folder.inbox' },
  { folder: 'spam', target: 'mail.folder.spam' },
];
const titles: Readonly<Record<Folder, string>> = {
  inbox: 'Boîte de réception',
  spam: 'Courrier indésirable',
};

/** The mailbox; takes no props: it reads `world.inbox` through `useSiteBridge()`. */
export function MailSite() {
  const { world, updateWorld, persona, openTab } = useSiteBridge();
  const [nav, navigate] = useSiteReducer(
    'mail.navigation',
    mailNavigationReducer,
    () => initialMailNavigation,
    mailNavigationSchema,
  );
  const { folder, openId } = nav.view;
  useSiteBack(nav.history.length > 0 ? () => navigate({ type: 'back' }) : null);
  const root = useRef<HTMLDivElement>(null);
  const message = openId === null ? undefined : world.inbox.find((m) => m.id === openId && m.folder === folder);
  useHeadingFocus(root, message ? `message/${message.id}` : folder);
  const address = typeof persona.email === 'string' ? persona.email : '';

  const open = (id: string) => {
    navigate({ type: 'show', view: { folder, openId: id } });
    updateWorld((w) => ({ ...w, inbox: w.inbox.map((m) => (m.id === id && !m.read ? { ...m, read: true } : m)) }));
  };

  // « Ce n'est pas un courrier indésirable »: the message goes to the inbox, and stays open there.
  const notSpam = (id: string) => {
    updateWorld((w) => ({ ...w, inbox: w.inbox.map((m) => (m.id === id ? { ...m, folder: 'inbox' } : m)) }));
    navigate({ type: 'show', view: { folder: 'inbox', openId: id } });
  };
  // A link to a practice site: recorded as opened (the site reads it), and the site's tab comes to the front.
  const followLink = (mail: PracticeMail) => {
    const link = mail.link;
    if (!link) return;
    updateWorld((w) => ({ ...w, openedLinks: [...(w.openedLinks ?? []), link.id] }));
    openTab?.(link.site);
  };

  return (
    <div className="mail-site" ref={root} lang="fr">
      <PracticeBanner notThe="votre vraie messagerie" />
      <header className="mail-header">
        <p className="mail-brand">
          <span aria-hidden="true" className="mail-brand__icon" />
          Ma messagerie
        </p>
        <p className="mail-address">{address}</p>
      </header>
      <div className="mail-layout">
        <nav className="mail-folders" aria-label="Dossiers">
          <ul>
            {folders.map((f) => {
              const unread = world.inbox.filter((m) => m.folder === f.folder && !m.read).length;
              return (
                <li key={f.folder}>
                  <TargetButton
                    target={f.target}
                    className="mail-folder"
                    aria-current={folder === f.folder && !message ? 'page' : undefined}
                    onPress={() => navigate({ type: 'show', view: { folder: f.folder, openId: null } })}
                  >
                    {titles[f.folder]}
                    {unread > 0 && (
                      <span className="mail-count">
                        {unread}
                        <span className="mail-sr-only"> non lu{unread > 1 ? 's' : ''}</span>
                      </span>
                    )}
                  </TargetButton>
                </li>
              );
            })}
          </ul>
        </nav>
        <div
          className="mail-content"
          data-place={message ? (message.folder === 'spam' ? 'spam-message' : 'message') : folder}
        >
          {message ? (
            <MailMessage
              mail={message}
              to={address}
              onBack={() => navigate({ type: 'show', view: { folder, openId: null } })}
              onNotSpam={() => notSpam(message.id)}
              onFollowLink={() => followLink(message)}
            />
          ) : (
            <MailList
              key={folder}
              title={titles[folder]}
              folder={folder}
              mails={world.inbox.filter((m) => m.folder === folder)}
              onOpen={open}
            />
          )}
        </div>
      </div>
    </div>
  );
}
