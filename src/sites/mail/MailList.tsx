/** The messages of one folder, newest first, unread ones in bold. */
import { useState } from 'react';
import { practiceNow } from '../../lesson/practiceClock.ts';
import type { PracticeMail } from '../../lesson/world.ts';
import { TargetButton } from '../framework/TargetButton.tsx';
import { frenchDate, frenchTime } from '../../french/index.ts';
import { useSiteBridge } from '../framework/SiteBridge.tsx';
import { mailTarget } from './mailTarget.ts';

export interface MailListProps {
  title: string;
  folder: PracticeMail['folder'];
  /** The folder's messages, in any order. */
  mails: PracticeMail[];
  onOpen(id: string): void;
}

/** A folder's list. */
export function MailList({ title, folder, mails, onOpen }: MailListProps) {
  const { targets, world } = useSiteBridge();
  // The practice now, read when the list shows (again after a message, or for another folder:
  // `key`), to show the practice day's messages with their time only.
  const [now] = useState(() => practiceNow(world.clock));
  const sorted = [...mails].sort((a, b) => b.receivedAt - a.receivedAt);
  const today = frenchDate(now);
  return (
    <section className="mail-list" aria-labelledby="mail-list-title">
      <h1 id="mail-list-title" tabIndex={-1}>
        {title}
      </h1>
      {folder === 'spam' && (
        <p className="mail-notice">
          Attention : les messages de ce dossier sont souvent des arnaques. Ne donnez jamais vos codes ni vos mots de
          passe.
        </p>
      )}
      {sorted.length === 0 ? (
        <p>Aucun message.</p>
      ) : (
        <ul>
          {sorted.map((mail) => (
            <li key={mail.id}>
              <TargetButton
                target={mailTarget(mail.id, targets, folder)}
                className={`mail-item${mail.read ? '' : ' mail-item--unread'}`}
                onPress={() => onOpen(mail.id)}
              >
                {!mail.read && <span className="mail-sr-only">Non lu : </span>}
                <span className="mail-item__from">{mail.from}</span>
                <span className="mail-item__subject">{mail.subject}</span>
                <span className="mail-item__date">
                  {frenchDate(mail.receivedAt) === today ? frenchTime(mail.receivedAt) : frenchDate(mail.receivedAt)}
                </span>
              </TargetButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
