/**
 * « Mot de passe oublié »: the real kind of first page (the numéro fiscal); what follows on the
 * real site (a mail, a text message to the mobile of « Mon profil ») is not copied.
 */
import { useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { nifError } from '../identifierRules.ts';
import { ErrorSummary, errorOf, type FormError } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/TextField.tsx';

/** The forgotten-password page. */
export function ForgottenPassword({ onBack }: { onBack(): void }) {
  const { emit } = useSiteBridge();
  const [nif, setNif] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = nifError(nif);
    setErrors(problem ? [{ field: 'impots-oubli-nif', message: problem }] : []);
    emit({ action: 'click', target: 'impots.mot-de-passe-oublie.continuer', ...(problem ? { ok: false } : {}) });
    if (!problem) setDone(true);
  };
  return (
    <section className="impots-panel impots-narrow" aria-labelledby="impots-oubli-title">
      <h1 id="impots-oubli-title" tabIndex={-1}>
        Mot de passe oublié
      </h1>
      {done ? (
        <p className="impots-alert impots-alert--info" role="status">
          Site d’entraînement : la suite (un courriel ou un SMS pour choisir un nouveau mot de passe) n’est pas
          reproduite.
        </p>
      ) : (
        <>
          <p>Pour réinitialiser votre mot de passe, saisissez votre numéro fiscal.</p>
          <ErrorSummary errors={errors} />
          <form noValidate onSubmit={submit}>
            <TextField
              id="impots-oubli-nif"
              target="impots.mot-de-passe-oublie.numero-fiscal"
              label="Numéro fiscal"
              hint="13 chiffres"
              inputMode="numeric"
              value={nif}
              onValue={setNif}
              error={errorOf(errors, 'impots-oubli-nif')}
              size="medium"
            />
            <button
              type="submit"
              className="impots-button impots-button--primary"
              data-target="impots.mot-de-passe-oublie.continuer"
            >
              Continuer
            </button>
          </form>
        </>
      )}
      <p>
        <TargetButton target="impots.mot-de-passe-oublie.retour" className="impots-link" onPress={onBack}>
          Retour à la connexion
        </TargetButton>
      </p>
    </section>
  );
}
