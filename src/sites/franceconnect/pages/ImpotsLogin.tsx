/**
 * impots.gouv's login, as FranceConnect shows it: the numéro fiscal, « Continuer », then the
 * password and « Connexion », with the kind of errors the real page gives.
 */
import { useState, type FormEvent } from 'react';
import { normaliseIdentifier } from '../../../french/index.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { ErrorSummary, errorOf, type FormError } from '../../framework/ui/ErrorSummary.tsx';
import { describedBy, Field } from '../../framework/ui/Field.tsx';
import { TextInput } from '../../framework/ui/TextInput.tsx';
import type { FranceConnectPersona } from '../franceConnectPersona.ts';
import { numeroFiscalError, passwordError } from '../validateLogins.ts';

export interface ImpotsLoginProps {
  p: FranceConnectPersona;
  onSignedIn(): void;
  onCancel(): void;
}

const nifId = 'fcp-impots-nif';
const passwordId = 'fcp-impots-password';

export function ImpotsLogin({ p, onSignedIn, onCancel }: ImpotsLoginProps) {
  const { emit } = useSiteBridge();
  const [nif, setNif] = useState('');
  const [password, setPassword] = useState('');
  // The password is asked once a known numéro fiscal is sent with « Continuer » (then both are checked).
  const [known, setKnown] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [warning, setWarning] = useState(false);

  const checkNif = (): FormError | null => {
    const format = numeroFiscalError(nif);
    if (format) return { field: nifId, message: format };
    if (normaliseIdentifier(nif) !== p.impots?.numero_fiscal)
      return { field: nifId, message: 'Ce numéro fiscal ne correspond à aucun espace particulier.' };
    return null;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nifProblem = checkNif();
    if (!known) {
      setErrors(nifProblem ? [nifProblem] : []);
      emit({ action: 'click', target: 'franceconnect.impots.continuer', ...(nifProblem ? { ok: false } : {}) });
      if (!nifProblem) setKnown(true);
      return;
    }
    const found: FormError[] = [];
    if (nifProblem) found.push(nifProblem);
    const empty = passwordError(password);
    if (empty) found.push({ field: passwordId, message: empty });
    else if (!nifProblem && password !== p.impots?.mot_de_passe) {
      // As on the real page, a wrong password empties the field.
      found.push({ field: passwordId, message: 'Le mot de passe saisi est incorrect.' });
      setPassword('');
    }
    setErrors(found);
    emit({ action: 'click', target: 'franceconnect.impots.connexion', ...(found.length ? { ok: false } : {}) });
    if (found.length === 0) onSignedIn();
  };

  const nifError = errorOf(errors, nifId);
  const passwordErr = errorOf(errors, passwordId);
  return (
    <div className="fcp-provider-page fcp-impots">
      <header className="fcp-impots__header">
        <span className="fcp-impots__brand">
          impots<span>.gouv.fr</span>
        </span>
      </header>
      <section className="fcp-panel fcp-panel--provider" aria-labelledby="fcp-impots-title">
        <h1 id="fcp-impots-title" tabIndex={-1}>
          Connexion à votre espace particulier
        </h1>
        <p className="fcp-muted">Connectez-vous à FranceConnect avec vos identifiants impots.gouv.fr.</p>
        <ErrorSummary errors={errors} classPrefix="fcp" />
        {warning && (
          <p className="fcp-alert fcp-alert--warning" role="alert">
            Ce numéro ressemble à un vrai numéro fiscal. Nous l’avons effacé. Ici, tapez seulement le numéro de la carte
            d’entraînement.
          </p>
        )}
        <form noValidate onSubmit={submit}>
          <Field
            classPrefix="fcp"
            id={nifId}
            label="Numéro fiscal"
            hint="13 chiffres"
            error={nifError}
            errorPlacement="after"
          >
            <TextInput
              id={nifId}
              target="franceconnect.impots.numero-fiscal"
              inputMode="numeric"
              value={nif}
              onValue={setNif}
              invalid={!!nifError}
              describedBy={describedBy(nifId, '13 chiffres', nifError)}
              onRealIdentifier={() => setWarning(true)}
              onKept={() => setWarning(false)}
            />
          </Field>
          {known && (
            <Field classPrefix="fcp" id={passwordId} label="Mot de passe" error={passwordErr} errorPlacement="after">
              <TextInput
                id={passwordId}
                target="franceconnect.impots.mot-de-passe"
                type="password"
                value={password}
                onValue={setPassword}
                invalid={!!passwordErr}
                describedBy={describedBy(passwordId, undefined, passwordErr)}
              />
            </Field>
          )}
          <button
            type="submit"
            className="fcp-button fcp-button--impots"
            data-target={known ? 'franceconnect.impots.connexion' : 'franceconnect.impots.continuer'}
          >
            {known ? 'Connexion' : 'Continuer'}
          </button>
        </form>
        <p className="fcp-links">
          <TargetButton target="franceconnect.impots.annuler" className="fcp-link" onPress={onCancel}>
            Annuler
          </TargetButton>
        </p>
      </section>
    </div>
  );
}
