/**
 * One opened message: subject, sender, date, text, its attachments (opened in the practice
 * browser's viewer) and its link to a site (« Activer mon compte »), and the way back to its
 * folder. In « Courrier indésirable », « Ce n'est pas un courrier indésirable » moves it to the
 * inbox, as real webmails do. The date is the message's practice time (`receivedAt`).
 */
import { useEffect, useRef, useState } from 'react';
import type { PracticeMail } from '../../lesson/world.ts';
import { TargetButton } from '../framework/TargetButton.tsx';
import { useSiteBridge } from '../framework/SiteBridge.tsx';
import { frenchDate, frenchTime } from '../../french/index.ts';
import { attachmentTarget, linkTarget } from './mailTarget.ts';

export interface MailMessageProps {
  mail: PracticeMail;
  /** The persona's address, shown as « À ». */
  to: string;
  onBack(): void;
  /** Moves the message from « Courrier indésirable » to the inbox. */
  onNotSpam(): void;
  /** Opens the message's link: the site's tab, the link recorded as opened. */
  onFollowLink(): void;
}

/** The message view. */
export function MailMessage({ mail, to, onBack, onNotSpam, onFollowLink }: MailMessageProps) {
  const { targets, openDocument, emit } = useSiteBridge();
  const back = mail.folder === 'spam' ? 'Retour au courrier indésirable' : 'Retour à la boîte de réception';
  const attachments = mail.attachments ?? [];
  const link = mail.link;
  const linkTargetId = linkTarget(mail.id, targets);
  // Moved out of « Courrier indésirable »: said, and focus goes to the title (the button is gone).
  const [moved, setMoved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moved) heading.current?.focus();
  }, [moved]);
  return (
    <article className="mail-message" aria-labelledby="mail-message-title">
      <div className="mail-message-tools">
        <TargetButton target="mail.message.back" className="mail-back" onPress={onBack}>
          <span aria-hidden="true">← </span>
          {back}
        </TargetButton>
        {mail.folder === 'spam' && (
          <button
            type="button"
            data-target="mail.message.pas-indesirable"
            className="mail-not-spam"
            onClick={() => {
              // Only a site's message is the one a lesson means: another (a scam) is not the step done.
              const sitesMail = `mail.spam.${mail.id}` in targets;
              emit({ action: 'click', target: 'mail.message.pas-indesirable', ...(sitesMail ? {} : { ok: false }) });
              setMoved(true);
              onNotSpam();
            }}
          >
            Ce n’est pas un courrier indésirable
          </button>
        )}
      </div>
      <h1 id="mail-message-title" tabIndex={-1} ref={heading}>
        {mail.subject}
      </h1>
      <p role="status" className="mail-moved">
        {moved && mail.folder === 'inbox' ? 'Ce message a été déplacé dans la boîte de réception.' : ''}
      </p>
      <dl className="mail-meta">
        <dt>De</dt>
        <dd>{mail.from}</dd>
        <dt>À</dt>
        <dd>{to}</dd>
        <dt>Reçu le</dt>
        <dd>
          {frenchDate(mail.receivedAt)} à {frenchTime(mail.receivedAt)}
        </dd>
      </dl>
      {attachments.length > 0 && (
        <section className="mail-attachments" aria-label="Pièces jointes">
          <ul>
            {attachments.map((doc, index) => {
              const target = index === 0 ? attachmentTarget(mail.id, targets) : undefined;
              const content = (
                <>
                  <span aria-hidden="true" className="mail-clip" />
                  {doc.fileName} (PDF)
                </>
              );
              const open = () => openDocument?.(doc);
              return (
                <li key={doc.id}>
                  {target ? (
                    <TargetButton target={target} className="mail-attachment" onPress={open}>
                      {content}
                    </TargetButton>
                  ) : (
                    <button type="button" className="mail-attachment" onClick={open}>
                      {content}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div className="mail-body">
        {mail.body.split(/\n\s*\n/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
        {link &&
          (linkTargetId ? (
            <TargetButton target={linkTargetId} className="mail-link-button" onPress={onFollowLink}>
              {link.label}
            </TargetButton>
          ) : (
            <button type="button" className="mail-link-button" onClick={onFollowLink}>
              {link.label}
            </button>
          ))}
      </div>
    </article>
  );
}
