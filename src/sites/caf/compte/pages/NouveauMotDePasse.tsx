/**
 * « Choisissez votre nouveau mot de passe »: opened by the mail's link, the new password typed
 * twice with the rules ticked while typing; the old password is refused.
 */
import { useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { ErrorSummary, type FormError } from '../../ui/ErrorSummary.tsx';
import { NewPasswordFields } from '../ui/NewPasswordFields.tsx';
import { newPasswordErrors } from '../validateCompte.ts';

export interface NouveauMotDePasseProps {
  /** The password that stops working. */
  old: string;
  onChanged(password: string): void;
}

/** The new password. */
export function NouveauMotDePasse({ old, onChanged }: NouveauMotDePasseProps) {
  const { emit } = useSiteBridge();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = newPasswordErrors(password, confirmation, 'caf-nouveau', old);
    setErrors(found);
    emit(
      found.length === 0
        ? { action: 'click', target: 'caf.compte.nouveau.valider' }
        : { action: 'click', target: 'caf.compte.nouveau.valider', ok: false },
    );
    if (found.length === 0) onChanged(password);
  };

  return (
    <section className="caf-panel caf-narrow" aria-labelledby="caf-nouveau-title">
      <h1 id="caf-nouveau-title" tabIndex={-1}>
        Choisissez votre nouveau mot de passe
      </h1>
      <p className="caf-muted">Tous les champs sont obligatoires.</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <NewPasswordFields
          prefix="caf-nouveau"
          labels={{ password: 'Nouveau mot de passe', confirmation: 'Confirmez le nouveau mot de passe' }}
          targets={{
            password: 'caf.compte.nouveau.mot-de-passe',
            confirmation: 'caf.compte.nouveau.confirmation',
            show: 'caf.compte.nouveau.afficher',
          }}
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          errors={errors}
        />
        <button
          type="submit"
          className="caf-button caf-button--primary caf-button--wide"
          data-target="caf.compte.nouveau.valider"
        >
          Valider
        </button>
      </form>
    </section>
  );
}
