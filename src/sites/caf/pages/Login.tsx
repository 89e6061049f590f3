/**
 * « Connexion à Mon Compte »: numéro de sécurité sociale and mot de passe, with the real site's errors,
 * or « S'identifier avec FranceConnect ». « Mot de passe oublié ? » and « Créer mon compte » open
 * the account's pages (`compte/`).
 */
import { useState, type FormEvent } from 'react';
import { normaliseIdentifier } from '../../../french/index.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { FranceConnectButton } from '../../framework/franceconnect/FranceConnectButton.tsx';
import type { CafPersona } from '../cafPersona.ts';
import { validateLoginNir } from '../validateLoginNir.ts';
import { ErrorSummary, type FormError } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/TextField.tsx';

export interface LoginProps {
  p: CafPersona;
  /** The password that works now: the persona's, or the one chosen since (`compte/`). */
  password: string;
  /** Shows « Votre mot de passe a été modifié » (just after choosing a new one). */
  changed?: boolean;
  /** The number and password are right. */
  onSuccess(): void;
  /** « Mot de passe oublié ? ». */
  onForgot(): void;
  /** « Créer mon compte »: a first request, where the account is created. */
  onCreate(): void;
}

/** Connexion à Mon Compte. */
export function Login({ p, password: current, changed, onSuccess, onForgot, onCreate }: LoginProps) {
  const { emit } = useSiteBridge();
  const [nir, setNir] = useState('');
  const [password, setPassword] = useState('');
  const [show, setShow] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [refused, setRefused] = useState(false);
  const [warning, setWarning] = useState(false);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    const nirError = validateLoginNir(nir);
    if (nirError) found.push({ field: 'caf-login-nir', message: nirError });
    if (password === '') found.push({ field: 'caf-login-password', message: 'Saisissez votre mot de passe.' });
    const right = found.length === 0 && normaliseIdentifier(nir) === p.nir13 && current !== '' && password === current;
    setErrors(found);
    setRefused(found.length === 0 && !right);
    // As the real site does, a refused pair empties the password field.
    if (found.length === 0 && !right) setPassword('');
    emit(
      right
        ? { action: 'click', target: 'caf.login.submit' }
        : { action: 'click', target: 'caf.login.submit', ok: false },
    );
    if (right) onSuccess();
  };

  return (
    <section className="caf-panel caf-narrow" aria-labelledby="caf-login-title">
      <h1 id="caf-login-title" tabIndex={-1}>
        Connexion à Mon Compte
      </h1>
      {changed && (
        <p className="caf-alert caf-alert--success" role="status">
          Votre mot de passe a été modifié. Vous pouvez vous connecter avec votre nouveau mot de passe.
        </p>
      )}
      <p className="caf-muted">Tous les champs sont obligatoires.</p>
      <ErrorSummary errors={errors} />
      {refused && (
        <div className="caf-alert caf-alert--error" role="alert">
          <p className="caf-alert__title">Identifiant ou mot de passe incorrect</p>
          <p>Vérifiez votre numéro de sécurité sociale et votre mot de passe.</p>
        </div>
      )}
      {warning && (
        <p className="caf-alert caf-alert--warning" role="alert">
          Ce numéro ressemble à un vrai numéro de sécurité sociale. Nous l’avons effacé. Ici, tapez seulement le numéro
          de la carte d’entraînement.
        </p>
      )}
      <form noValidate onSubmit={submit}>
        <TextField
          id="caf-login-nir"
          target="caf.login.nir"
          label="Numéro de sécurité sociale"
          hint="13 chiffres"
          inputMode="numeric"
          autoComplete="off"
          value={nir}
          onValue={setNir}
          error={errorOf('caf-login-nir')}
          onRealIdentifier={() => setWarning(true)}
          onKept={() => setWarning(false)}
        />
        <TextField
          id="caf-login-password"
          target="caf.login.password"
          label="Mot de passe"
          type={show ? 'text' : 'password'}
          autoComplete="new-password"
          value={password}
          onValue={setPassword}
          error={errorOf('caf-login-password')}
        />
        <div className="caf-check">
          <input
            id="caf-login-show"
            type="checkbox"
            data-target="caf.login.show-password"
            checked={show}
            onChange={(event) => {
              setShow(event.target.checked);
              if (event.target.checked) emit({ action: 'check', target: 'caf.login.show-password' });
            }}
          />
          <label htmlFor="caf-login-show">Afficher le mot de passe</label>
        </div>
        <button
          type="submit"
          className="caf-button caf-button--primary caf-button--wide"
          data-target="caf.login.submit"
        >
          Me connecter
        </button>
      </form>
      <ul className="caf-links">
        <li>
          <TargetButton target="caf.login.forgot-password" className="caf-link" onPress={onForgot}>
            Mot de passe oublié ?
          </TargetButton>
        </li>
        <li>
          <TargetButton target="caf.login.create-account" className="caf-link" onPress={onCreate}>
            Créer mon compte
          </TargetButton>
        </li>
      </ul>
      <div className="caf-or">
        <p>ou</p>
        <FranceConnectButton site="caf" target="caf.login.franceconnect" />
      </div>
    </section>
  );
}
