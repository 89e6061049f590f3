/**
 * « Activez votre espace personnel »: the site sent a link to the address given; the learner
 * opens it in the practice mailbox (the site then shows « Votre espace personnel est activé »).
 * A link opened too late shows « Ce lien a expiré » and « Recevoir un nouveau lien ».
 */
import { useState } from 'react';
import { TargetButton } from '../../../framework/TargetButton.tsx';

export interface ActivationProps {
  email: string;
  /** The last link was opened after it expired. */
  expired: boolean;
  onResend(): void;
  onModifyEmail(): void;
}

/** The page that waits for the activation link. */
export function Activation({ email, expired, onResend, onModifyEmail }: ActivationProps) {
  const [status, setStatus] = useState('');
  const resend = () => {
    onResend();
    setStatus('Un nouveau courriel vient de vous être envoyé. Le lien précédent ne fonctionne plus.');
  };
  return (
    <section className="ft-panel ft-narrow" aria-labelledby="ft-activation-title">
      <h1 id="ft-activation-title" tabIndex={-1}>
        Activez votre espace personnel
      </h1>
      {expired ? (
        <div data-place="activation-expiree">
          <p className="ft-alert ft-alert--error" role="alert">
            Ce lien a expiré : il était valable 24 heures. Demandez un nouveau lien.
          </p>
          <TargetButton
            target="france-travail.inscription.activation.renvoyer"
            className="ft-button ft-button--primary"
            onPress={resend}
          >
            Recevoir un nouveau lien
          </TargetButton>
        </div>
      ) : (
        <>
          <p>
            Un courriel vient de vous être envoyé à l’adresse <strong>{email}</strong>.
          </p>
          <p>Cliquez sur le lien « Activer mon espace » qu’il contient. Ce lien est valable 24 heures.</p>
          <p className="ft-muted">Vous n’avez rien reçu ? Vérifiez votre dossier « Courrier indésirable » (spam).</p>
          <div className="ft-actions">
            <TargetButton
              target="france-travail.inscription.activation.renvoyer"
              className="ft-button ft-button--secondary"
              onPress={resend}
            >
              Renvoyer le courriel
            </TargetButton>
            <TargetButton
              target="france-travail.inscription.activation.modifier-email"
              className="ft-link"
              onPress={onModifyEmail}
            >
              Modifier l’adresse e-mail
            </TargetButton>
          </div>
        </>
      )}
      <p role="status" className={status ? 'ft-alert ft-alert--info' : undefined}>
        {status}
      </p>
    </section>
  );
}
