/**
 * « Connexion à votre espace personnel »: the identifier first (« Poursuivre »), then the
 * password (with « Afficher le mot de passe »), as on the real site; « Identifiant oublié ? »
 * sends the identifier by e-mail; « S'identifier avec FranceConnect » opens FranceConnect's pages in this tab.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { normaliseIdentifier } from '../../../french/index.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { FranceConnectButton } from '../../framework/franceconnect/FranceConnectButton.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { ErrorSummary, errorOf, type FormError } from '../ui/ErrorSummary.tsx';
import { InfoStatus } from '../ui/InfoStatus.tsx';
import { PasswordField } from '../ui/PasswordField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { ForgottenIdentifier } from './ForgottenIdentifier.tsx';

/** What the site answers to an identifier and password. */
export type Credentials = 'ok' | 'wrong' | 'pending';

export interface LoginProps {
  /** « Votre session a expiré », when the site signed the learner out. */
  sessionExpired: boolean;
  check(identifiant: string, password: string): Credentials;
  /** Sends the identifier to `email` when it is the space's address. */
  onForgotten(email: string): void;
  onSignedIn(): void;
  onInscription(): void;
}

const forgotPassword =
  'Sur le vrai site, vous recevez un courriel pour choisir un nouveau mot de passe. Cette partie n’est pas reproduite sur le site d’entraînement.';

/** The login page. */
export function Login({ sessionExpired, check, onForgotten, onSignedIn, onInscription }: LoginProps) {
  const { emit } = useSiteBridge();
  const [step, setStep] = useState<'identifiant' | 'mot-de-passe' | 'oubli'>('identifiant');
  const [identifiant, setIdentifiant] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const identifiantRef = useRef<HTMLInputElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    if (step === 'mot-de-passe') passwordRef.current?.focus();
    if (step === 'identifiant') identifiantRef.current?.focus();
  }, [step]);
  const goTo = (next: typeof step) => {
    moved.current = true;
    setErrors([]);
    setRefusal(null);
    setInfo(null);
    setStep(next);
  };

  const continueWithIdentifier = (event: FormEvent) => {
    event.preventDefault();
    const id = normaliseIdentifier(identifiant);
    const message =
      id === ''
        ? 'Saisissez votre identifiant.'
        : !/^\d{7}[A-Z0-9]$/.test(id)
          ? 'L’identifiant doit comporter 8 caractères : 7 chiffres suivis d’une lettre ou d’un chiffre.'
          : null;
    setErrors(message ? [{ field: 'ft-login-identifiant', message }] : []);
    emit({ action: 'click', target: 'france-travail.connexion.poursuivre', ...(message ? { ok: false } : {}) });
    if (!message) goTo('mot-de-passe');
  };

  const signIn = (event: FormEvent) => {
    event.preventDefault();
    const empty = password === '';
    const answer = empty ? null : check(normaliseIdentifier(identifiant), password);
    setErrors(empty ? [{ field: 'ft-login-password', message: 'Saisissez votre mot de passe.' }] : []);
    setRefusal(
      answer === 'wrong'
        ? 'Identifiant ou mot de passe incorrect.'
        : answer === 'pending'
          ? 'Votre espace personnel n’est pas encore activé. Cliquez sur le lien « Activer mon espace » reçu par courriel.'
          : null,
    );
    // As the real site does, a refused pair empties the password field.
    if (answer === 'wrong') setPassword('');
    emit({ action: 'click', target: 'france-travail.connexion.valider', ...(answer === 'ok' ? {} : { ok: false }) });
    if (answer === 'ok') onSignedIn();
  };

  return (
    <section className="ft-panel ft-narrow" aria-labelledby="ft-login-title">
      <h1 id="ft-login-title" tabIndex={-1}>
        Connexion à votre espace personnel
      </h1>
      {sessionExpired && (
        <p className="ft-alert ft-alert--warning" role="alert">
          Votre session a expiré. Veuillez vous reconnecter.
        </p>
      )}
      <ErrorSummary errors={errors} />
      {refusal && (
        <p className="ft-alert ft-alert--error" role="alert">
          {refusal}
        </p>
      )}
      {step === 'mot-de-passe' ? (
        <div data-place="login-password">
          <p className="ft-identity">
            Identifiant : <strong>{normaliseIdentifier(identifiant)}</strong>{' '}
            <TargetButton
              target="france-travail.connexion.changer-identifiant"
              className="ft-link"
              onPress={() => goTo('identifiant')}
            >
              Modifier l’identifiant
            </TargetButton>
          </p>
          <form noValidate onSubmit={signIn}>
            <PasswordField
              id="ft-login-password"
              target="france-travail.connexion.mot-de-passe"
              showTarget="france-travail.connexion.afficher"
              label="Mot de passe"
              value={password}
              onValue={setPassword}
              error={errorOf(errors, 'ft-login-password')}
              inputRef={passwordRef}
            />
            <button
              type="submit"
              className="ft-button ft-button--primary ft-button--wide"
              data-target="france-travail.connexion.valider"
            >
              Se connecter
            </button>
          </form>
          <TargetButton
            target="france-travail.connexion.mot-de-passe-oublie"
            className="ft-link"
            onPress={() => setInfo(forgotPassword)}
          >
            Mot de passe oublié ?
          </TargetButton>
        </div>
      ) : (
        <>
          <form noValidate onSubmit={continueWithIdentifier}>
            <TextField
              id="ft-login-identifiant"
              target="france-travail.connexion.identifiant"
              label="Identifiant"
              hint="7 chiffres suivis d’une lettre ou d’un chiffre, par exemple 1234567A"
              value={identifiant}
              onValue={setIdentifiant}
              error={errorOf(errors, 'ft-login-identifiant')}
              size="medium"
              inputRef={identifiantRef}
            />
            <button
              type="submit"
              className="ft-button ft-button--primary ft-button--wide"
              data-target="france-travail.connexion.poursuivre"
            >
              Poursuivre
            </button>
          </form>
          <TargetButton
            target="france-travail.connexion.identifiant-oublie"
            className="ft-link"
            onPress={() => goTo('oubli')}
          >
            Identifiant oublié ?
          </TargetButton>
          {step === 'oubli' && <ForgottenIdentifier onSend={onForgotten} onCancel={() => goTo('identifiant')} />}
          <div className="ft-or">
            <p>ou</p>
            <FranceConnectButton site="france-travail" />
          </div>
          <p className="ft-muted">
            Vous n’avez pas encore d’espace personnel ?{' '}
            <TargetButton target="france-travail.connexion.inscription" className="ft-link" onPress={onInscription}>
              Pas encore inscrit ? S’inscrire
            </TargetButton>
          </p>
        </>
      )}
      <InfoStatus info={info} />
    </section>
  );
}
