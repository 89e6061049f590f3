/**
 * « Identifiant oublié » on the login page: the e-mail address of the space, and the identifier
 * is sent to it. The answer is the same whatever the address, as real sites do, so that nobody
 * learns which addresses have a space.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isValidEmail } from '../../../french/index.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { ErrorSummary, type FormError } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/TextField.tsx';

export interface ForgottenIdentifierProps {
  onSend(email: string): void;
  onCancel(): void;
}

/** The panel, inside the login page. */
export function ForgottenIdentifier({ onSend, onCancel }: ForgottenIdentifierProps) {
  const { emit } = useSiteBridge();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [sent, setSent] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem =
      email.trim() === ''
        ? 'Saisissez votre adresse e-mail.'
        : isValidEmail(email)
          ? null
          : 'L’adresse e-mail n’est pas valide. Exemple : nom@exemple.fr';
    setErrors(problem ? [{ field: 'ft-oubli-email', message: problem }] : []);
    emit({ action: 'click', target: 'france-travail.connexion.oubli.envoyer', ...(problem ? { ok: false } : {}) });
    if (problem) return;
    onSend(email.trim());
    setSent(true);
  };

  return (
    <section className="ft-subpanel" aria-labelledby="ft-oubli-title" data-place="identifiant-oublie">
      <h2 id="ft-oubli-title">Identifiant oublié</h2>
      <p>Saisissez l’adresse e-mail de votre espace personnel : nous vous enverrons votre identifiant.</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <TextField
          id="ft-oubli-email"
          target="france-travail.connexion.oubli.email"
          label="Adresse e-mail"
          type="email"
          inputMode="email"
          value={email}
          onValue={setEmail}
          error={errors[0]?.message}
          inputRef={field}
        />
        <div className="ft-actions">
          <button
            type="submit"
            className="ft-button ft-button--primary"
            data-target="france-travail.connexion.oubli.envoyer"
          >
            Recevoir mon identifiant
          </button>
          <TargetButton
            target="france-travail.connexion.oubli.annuler"
            className="ft-button ft-button--secondary"
            onPress={onCancel}
          >
            Annuler
          </TargetButton>
        </div>
      </form>
      <p role="status" className={sent ? 'ft-alert ft-alert--info' : undefined}>
        {sent
          ? 'Si cette adresse correspond à un espace personnel, vous allez recevoir votre identifiant par courriel.'
          : ''}
      </p>
    </section>
  );
}
