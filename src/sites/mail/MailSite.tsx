/**
 * The practice mailbox « Ma messagerie » (docs/practice-sites.md): folders, a list of the
 * world's messages, and the message view. Opening a message marks it read in the world.
 */
import { useRef, useState } from 'react';
import type { PracticeMail } from '../../lesson/world.ts';
import { PracticeBanner } from '../framework/PracticeBanner.tsx';
import { useSiteBridge } from '../framework/SiteBridge.tsx';
import { TargetButton } from '../framework/TargetButton.tsx';
import { useHeadingFocus } from '../framework/useHeadingFocus.ts';
import { MailList } from './MailList.tsx';
import { MailMessage } from './MailMessage.tsx';
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
  const { world, updateWorld, persona } = useSiteBridge();
  const [folder, setFolder] = useState<Folder>('inbox');
  const [openId, setOpenId] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const message = openId === null ? undefined : world.inbox.find((m) => m.id === openId);
  useHeadingFocus(root, message ? `message/${message.id}` : folder);
  const address = typeof persona.email === 'string' ? persona.email : '';

  const open = (id: string) => {
    setOpenId(id);
    updateWorld((w) => ({ ...w, inbox: w.inbox.map((m) => (m.id === id && !m.read ? { ...m, read: true } : m)) }));
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
                    onPress={() => {
                      setFolder(f.folder);
                      setOpenId(null);
                    }}
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
        <div className="mail-content">
          {message ? (
            <MailMessage mail={message} to={address} onBack={() => setOpenId(null)} />
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
