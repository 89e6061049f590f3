/**
 * « Créer mon compte ameli »: its first page (the number, 13 characters; a temporary number is
 * refused). Then the persona's own number gets the real answer for an account that exists; any
 * other, a note that the rest is not copied here.
 */
import { useState, type FormEvent } from 'react';
import { normaliseIdentifier } from '../../../french/index.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { ErrorSummary, errorOf, type FormError } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/TextField.tsx';
import { validateAmeliNir } from '../validateAmeliNir.ts';

export interface CreerCompteProps {
  /** The persona's number (13 characters): their account exists already. */
  nir13: string;
  onBack(): void;
}

/** The first page of the account creation. */
export function CreerCompte({ nir13, onBack }: CreerCompteProps) {
  const { emit } = useSiteBridge();
  const [nir, setNir] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [answer, setAnswer] = useState<'exists' | 'not-copied' | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const message = validateAmeliNir(nir);
    setErrors(message ? [{ field: 'am-creation-nir', message }] : []);
    setAnswer(message ? null : normaliseIdentifier(nir) === nir13 ? 'exists' : 'not-copied');
    emit({ action: 'click', target: 'ameli.creation.continuer', ...(message ? { ok: false } : {}) });
  };

  return (
    <section className="am-card am-narrow" aria-labelledby="am-creation-title">
      <h1 id="am-creation-title" tabIndex={-1}>
        Créer mon compte ameli
      </h1>
      <p>Munissez-vous de votre carte Vitale et d’un relevé d’identité bancaire (RIB) à votre nom.</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <TextField
          id="am-creation-nir"
          target="ameli.creation.nir"
          label="Mon numéro de sécurité sociale"
          hint="13 caractères, sans la clé. Il figure sur votre carte Vitale."
          inputMode="numeric"
          value={nir}
          onValue={setNir}
          error={errorOf(errors, 'am-creation-nir')}
        />
        <button type="submit" className="am-button am-button--primary" data-target="ameli.creation.continuer">
          Continuer
        </button>
      </form>
      <div role="status">
        {answer === 'exists' && (
          <p className="am-alert am-alert--info">
            Un compte ameli existe déjà pour ce numéro de sécurité sociale. Connectez-vous avec votre mot de passe.
          </p>
        )}
        {answer === 'not-copied' && (
          <p className="am-alert am-alert--info">
            Site d’entraînement : la suite de la création du compte (carte Vitale, RIB, lien reçu par courriel) n’est
            pas reproduite.
          </p>
        )}
      </div>
      <TargetButton target="ameli.creation.annuler" className="am-link am-back" onPress={onBack}>
        Retour à la connexion
      </TargetButton>
    </section>
  );
}
