/**
 * « Activez votre espace particulier »: the site sent a link to the address given, valid 8 hours;
 * the learner opens it in the practice mailbox. A link opened too late shows that it has expired
 * and « Recevoir un nouveau lien ».
 */
import { useState } from 'react';
import { TargetButton } from '../../framework/TargetButton.tsx';

export interface ActivationSentProps {
  email: string;
  /** The last link was opened after it expired. */
  expired: boolean;
  onResend(): void;
}

/** The page that waits for the activation link. */
export function ActivationSent({ email, expired, onResend }: ActivationSentProps) {
  const [status, setStatus] = useState('');
  const resend = () => {
    onResend();
    setStatus(`Un nouveau courriel d’activation vous a été envoyé à l’adresse ${email}.`);
  };
  return (
    <section className="impots-panel impots-narrow" aria-labelledby="impots-envoye-title">
      {expired ? (
        <div data-place="activation-expiree">
          <h1 id="impots-envoye-title" tabIndex={-1}>
            Le lien d’activation a expiré
          </h1>
          <p className="impots-alert impots-alert--error" role="alert">
            Ce lien d’activation n’est plus valable : il devait être utilisé dans les 8 heures suivant la création de
            votre espace.
          </p>
          <TargetButton
            target="impots.creation.nouveau-lien"
            className="impots-button impots-button--primary"
            onPress={resend}
          >
            Recevoir un nouveau lien
          </TargetButton>
        </div>
      ) : (
        <>
          <h1 id="impots-envoye-title" tabIndex={-1}>
            Activez votre espace particulier
          </h1>
          <p className="impots-alert impots-alert--success">
            Votre demande de création d’espace particulier a bien été prise en compte.
          </p>
          <p>
            Un courriel vient de vous être envoyé à l’adresse <strong>{email}</strong>. Pour activer votre espace,
            cliquez sur le lien qu’il contient. <strong>Ce lien est valable 8 heures.</strong>
          </p>
          <p className="impots-muted">Si vous ne trouvez pas ce courriel, vérifiez vos courriers indésirables.</p>
          <TargetButton target="impots.creation.nouveau-lien" className="impots-link" onPress={resend}>
            Recevoir un nouveau lien
          </TargetButton>
        </>
      )}
      <p role="status" className={status ? 'impots-alert impots-alert--info' : undefined}>
        {status}
      </p>
    </section>
  );
}
