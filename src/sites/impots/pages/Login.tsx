/**
 * « Connexion à mon espace particulier »: numéro fiscal and password, then the security code
 * sent by e-mail (`Code`); « Mot de passe oublié ? », « Créer mon espace » and « S'identifier avec
 * FranceConnect » (the shared button: the journey's return signs the learner in, `ImpotsSite`).
 */
import { useRef, useState, type FormEvent } from 'react';
import { normaliseIdentifier } from '../../../french/index.ts';
import { FranceConnectButton } from '../../framework/franceconnect/FranceConnectButton.tsx';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { nifError } from '../identifierRules.ts';
import { ErrorSummary, errorOf, type FormError } from '../ui/ErrorSummary.tsx';
import { PasswordField } from '../ui/PasswordField.tsx';
import { TextField } from '../ui/TextField.tsx';

/** What the site answers to a numéro fiscal and a password. */
export type Credentials = 'ok' | 'wrong' | 'no-space' | 'pending';

export interface LoginProps {
  check(numeroFiscal: string, password: string): Credentials;
  onSignedIn(): void;
  onForgotten(): void;
  onCreate(): void;
}

const refusals: Record<Exclude<Credentials, 'ok'>, string> = {
  wrong: 'Numéro fiscal ou mot de passe incorrect. Vérifiez votre saisie.',
  'no-space': 'Vous n’avez pas encore d’espace particulier. Pour le créer, cliquez sur « Créer mon espace ».',
  pending:
    'Votre espace particulier n’est pas encore activé. Cliquez sur le lien reçu par courriel pour l’activer (il est valable 8 heures).',
};

/** The login page. */
export function Login({ check, onSignedIn, onForgotten, onCreate }: LoginProps) {
  const { emit } = useSiteBridge();
  const [nif, setNif] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const refusalRef = useRef<HTMLParagraphElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    const nifProblem = nifError(nif);
    if (nifProblem) found.push({ field: 'impots-login-nif', message: nifProblem });
    if (password === '') found.push({ field: 'impots-login-password', message: 'Veuillez saisir votre mot de passe.' });
    const answer = found.length ? null : check(normaliseIdentifier(nif), password);
    setErrors(found);
    setRefusal(answer && answer !== 'ok' ? refusals[answer] : null);
    if (answer === 'wrong') setPassword('');
    emit({ action: 'click', target: 'impots.connexion.valider', ...(answer === 'ok' ? {} : { ok: false }) });
    if (answer === 'ok') onSignedIn();
    else if (answer) queueMicrotask(() => refusalRef.current?.focus());
  };

  return (
    <section className="impots-panel impots-narrow" aria-labelledby="impots-login-title">
      <h1 id="impots-login-title" tabIndex={-1}>
        Connexion à mon espace particulier
      </h1>
      <ErrorSummary errors={errors} />
      {refusal && (
        <p className="impots-alert impots-alert--error" role="alert" tabIndex={-1} ref={refusalRef}>
          {refusal}
        </p>
      )}
      <form noValidate onSubmit={submit}>
        <TextField
          id="impots-login-nif"
          target="impots.connexion.numero-fiscal"
          label="Numéro fiscal"
          hint="13 chiffres, par exemple 12 34 567 890 123"
          inputMode="numeric"
          value={nif}
          onValue={setNif}
          error={errorOf(errors, 'impots-login-nif')}
          size="medium"
        />
        <PasswordField
          id="impots-login-password"
          target="impots.connexion.mot-de-passe"
          showTarget="impots.connexion.afficher"
          label="Mot de passe"
          value={password}
          onValue={setPassword}
          error={errorOf(errors, 'impots-login-password')}
          size="medium"
        />
        <p>
          <TargetButton target="impots.connexion.mot-de-passe-oublie" className="impots-link" onPress={onForgotten}>
            Mot de passe oublié ?
          </TargetButton>
        </p>
        <button type="submit" className="impots-button impots-button--primary" data-target="impots.connexion.valider">
          Se connecter
        </button>
      </form>
      <div className="impots-or">
        <p>ou</p>
        <FranceConnectButton site="impots" />
      </div>
      <div className="impots-box">
        <h2>Vous n’avez pas encore d’espace particulier ?</h2>
        <TargetButton
          target="impots.connexion.creer-espace"
          className="impots-button impots-button--secondary"
          onPress={onCreate}
        >
          Créer mon espace
        </TargetButton>
      </div>
    </section>
  );
}
