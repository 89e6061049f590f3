/**
 * One opened message: subject, sender, date, text, and the way back to its folder. The date is
 * the message's practice time (`receivedAt`, set from `practiceNow(world.clock)`).
 */
import type { PracticeMail } from '../../lesson/world.ts';
import { TargetButton } from '../framework/TargetButton.tsx';
import { frenchDate, frenchTime } from '../../french/index.ts';

export interface MailMessageProps {
  mail: PracticeMail;
  /** The persona's address, shown as « À ». */
  to: string;
  onBack(): void;
}

/** The message view. */
export function MailMessage({ mail, to, onBack }: MailMessageProps) {
  const back = mail.folder === 'spam' ? 'Retour au courrier indésirable' : 'Retour à la boîte de réception';
  return (
    <article className="mail-message" aria-labelledby="mail-message-title">
      <TargetButton target="mail.message.back" className="mail-back" onPress={onBack}>
        <span aria-hidden="true">← </span>
        {back}
      </TargetButton>
      <h1 id="mail-message-title" tabIndex={-1}>
        {mail.subject}
      </h1>
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
      <div className="mail-body">
        {mail.body.split(/\n\s*\n/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}
