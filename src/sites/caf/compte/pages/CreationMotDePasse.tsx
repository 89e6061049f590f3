/** « Créer un compte », step 3: the password typed twice, with the rules ticked while typing. */
import { useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { ErrorSummary, type FormError } from '../../ui/ErrorSummary.tsx';
import { NewPasswordFields } from '../ui/NewPasswordFields.tsx';
import { newPasswordErrors } from '../validateCompte.ts';
import { CreationStepper } from './CreationStepper.tsx';

export interface CreationMotDePasseProps {
  onCreated(password: string): void;
  onPrevious(): void;
}

/** Step 3 of the creation. */
export function CreationMotDePasse({ onCreated, onPrevious }: CreationMotDePasseProps) {
  const { emit } = useSiteBridge();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = newPasswordErrors(password, confirmation, 'caf-creation');
    setErrors(found);
    emit(
      found.length === 0
        ? { action: 'click', target: 'caf.compte.creation.creer' }
        : { action: 'click', target: 'caf.compte.creation.creer', ok: false },
    );
    if (found.length === 0) onCreated(password);
  };

  return (
    <section className="caf-panel caf-narrow" aria-labelledby="caf-creation-mdp-title">
      <h1 id="caf-creation-mdp-title" tabIndex={-1}>
        Créer un compte
      </h1>
      <CreationStepper step={3} />
      <p className="caf-muted">Tous les champs sont obligatoires.</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <NewPasswordFields
          prefix="caf-creation"
          labels={{ password: 'Mot de passe', confirmation: 'Confirmez le mot de passe' }}
          targets={{
            password: 'caf.compte.creation.mot-de-passe',
            confirmation: 'caf.compte.creation.confirmation',
            show: 'caf.compte.creation.afficher',
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
          data-target="caf.compte.creation.creer"
        >
          Créer mon compte
        </button>
      </form>
      <div className="caf-actions caf-actions--nav">
        <TargetButton
          target="caf.compte.creation.precedent"
          className="caf-button caf-button--secondary"
          onPress={onPrevious}
        >
          Précédent
        </TargetButton>
      </div>
    </section>
  );
}
