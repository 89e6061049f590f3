/**
 * ameli's login, as FranceConnect shows it: numéro de sécurité sociale (13 characters) and
 * password, with the kind of errors the real page gives.
 */
import { useState, type FormEvent } from 'react';
import { normaliseIdentifier } from '../../../french/index.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { ErrorSummary, errorOf, type FormError } from '../../framework/ui/ErrorSummary.tsx';
import { describedBy, Field } from '../../framework/ui/Field.tsx';
import { TextInput } from '../../framework/ui/TextInput.tsx';
import type { FranceConnectPersona } from '../franceConnectPersona.ts';
import { ameliNirError, passwordError } from '../validateLogins.ts';

export interface AmeliLoginProps {
  p: FranceConnectPersona;
  onSignedIn(): void;
  onCancel(): void;
}

const nirId = 'fcp-ameli-nir';
const passwordId = 'fcp-ameli-password';
const nirHint = '13 caractères, sans la clé';

export function AmeliLogin({ p, onSignedIn, onCancel }: AmeliLoginProps) {
  const { emit } = useSiteBridge();
  const [nir, setNir] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [refused, setRefused] = useState(false);
  const [warning, setWarning] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    const nirProblem = ameliNirError(nir);
    if (nirProblem) found.push({ field: nirId, message: nirProblem });
    const empty = passwordError(password);
    if (empty) found.push({ field: passwordId, message: empty });
    const right =
      found.length === 0 &&
      p.ameli !== undefined &&
      normaliseIdentifier(nir) === p.nir13 &&
      password === p.ameli.mot_de_passe;
    setErrors(found);
    setRefused(found.length === 0 && !right);
    if (found.length === 0 && !right) setPassword('');
    emit({ action: 'click', target: 'franceconnect.ameli.connexion', ...(right ? {} : { ok: false }) });
    if (right) onSignedIn();
  };

  const nirError = errorOf(errors, nirId);
  const passwordErr = errorOf(errors, passwordId);
  return (
    <div className="fcp-provider-page fcp-ameli">
      <header className="fcp-ameli__header">
        <span className="fcp-ameli__brand">ameli</span>
        <span className="fcp-ameli__tagline">l’Assurance Maladie en ligne</span>
      </header>
      <section className="fcp-panel fcp-panel--provider" aria-labelledby="fcp-ameli-title">
        <h1 id="fcp-ameli-title" tabIndex={-1}>
          Connexion avec mon compte ameli
        </h1>
        <ErrorSummary errors={errors} classPrefix="fcp" />
        {refused && (
          <p className="fcp-alert fcp-alert--error" role="alert">
            Numéro de sécurité sociale ou mot de passe incorrect.
          </p>
        )}
        {warning && (
          <p className="fcp-alert fcp-alert--warning" role="alert">
            Ce numéro ressemble à un vrai numéro de sécurité sociale. Nous l’avons effacé. Ici, tapez seulement le
            numéro de la carte d’entraînement.
          </p>
        )}
        <form noValidate onSubmit={submit}>
          <Field
            classPrefix="fcp"
            id={nirId}
            label="Numéro de sécurité sociale"
            hint={nirHint}
            error={nirError}
            errorPlacement="after"
          >
            <TextInput
              id={nirId}
              target="franceconnect.ameli.nir"
              inputMode="numeric"
              value={nir}
              onValue={setNir}
              invalid={!!nirError}
              describedBy={describedBy(nirId, nirHint, nirError)}
              onRealIdentifier={() => setWarning(true)}
              onKept={() => setWarning(false)}
            />
          </Field>
          <Field classPrefix="fcp" id={passwordId} label="Mot de passe" error={passwordErr} errorPlacement="after">
            <TextInput
              id={passwordId}
              target="franceconnect.ameli.mot-de-passe"
              type="password"
              value={password}
              onValue={setPassword}
              invalid={!!passwordErr}
              describedBy={describedBy(passwordId, undefined, passwordErr)}
            />
          </Field>
          <button type="submit" className="fcp-button fcp-button--ameli" data-target="franceconnect.ameli.connexion">
            Se connecter
          </button>
        </form>
        <p className="fcp-links">
          <TargetButton target="franceconnect.ameli.annuler" className="fcp-link" onPress={onCancel}>
            Annuler
          </TargetButton>
        </p>
      </section>
    </div>
  );
}
