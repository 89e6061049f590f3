/**
 * « Connexion à Mon Compte »: numéro de sécurité sociale and mot de passe, with the real site's errors,
 * or « S'identifier avec FranceConnect ».
 */
import { useState, type FormEvent } from 'react';
import { normaliseIdentifier } from '../../../french/index.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { InfoStatus } from '../ui/InfoStatus.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { FranceConnectButton } from '../../framework/franceconnect/FranceConnectButton.tsx';
import type { CafPersona } from '../cafPersona.ts';
import { validateLoginNir } from '../validateLoginNir.ts';
import { ErrorSummary, type FormError } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/TextField.tsx';

export interface LoginProps {
  p: CafPersona;
  /** The number and password are right. */
  onSuccess(): void;
}

const infos = {
  'caf.login.forgot-password':
    'Sur le vrai site, la Caf vous envoie un courriel pour choisir un nouveau mot de passe. Ici, le mot de passe est sur la carte d’entraînement.',
  'caf.login.create-account':
    'Votre compte se crée pendant votre première demande de prestation (« Faire une demande de prestation », sur la page d’accueil).',
} as const;

/** Connexion à Mon Compte. */
export function Login({ p, onSuccess }: LoginProps) {
  const { emit } = useSiteBridge();
  const [nir, setNir] = useState('');
  const [password, setPassword] = useState('');
  const [show, setShow] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [refused, setRefused] = useState(false);
  const [warning, setWarning] = useState(false);
  const [info, setInfo] = useState<string | null>(null);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    const nirError = validateLoginNir(nir);
    if (nirError) found.push({ field: 'caf-login-nir', message: nirError });
    if (password === '') found.push({ field: 'caf-login-password', message: 'Saisissez votre mot de passe.' });
    const right = found.length === 0 && normaliseIdentifier(nir) === p.nir13 && password === p.caf.mot_de_passe;
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
          <TargetButton
            target="caf.login.forgot-password"
            className="caf-link"
            onPress={() => setInfo(infos['caf.login.forgot-password'])}
          >
            Mot de passe oublié ?
          </TargetButton>
        </li>
        <li>
          <TargetButton
            target="caf.login.create-account"
            className="caf-link"
            onPress={() => setInfo(infos['caf.login.create-account'])}
          >
            Créer mon compte
          </TargetButton>
        </li>
      </ul>
      <InfoStatus info={info} />
      <div className="caf-or">
        <p>ou</p>
        <FranceConnectButton site="caf" target="caf.login.franceconnect" />
      </div>
    </section>
  );
}
