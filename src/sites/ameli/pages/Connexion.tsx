/**
 * « Connexion à mon compte ameli »: « Mon numéro de sécurité sociale » (13 characters, without
 * the key) and « Mon mot de passe » (with « Afficher »), « Se connecter »; « Mot de passe
 * oublié ? », « Créer mon compte » and FranceConnect.
 */
import { useState, type FormEvent } from 'react';
import { normaliseIdentifier } from '../../../french/index.ts';
import { FranceConnectButton } from '../../framework/franceconnect/FranceConnectButton.tsx';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { ErrorSummary, errorOf, type FormError } from '../ui/ErrorSummary.tsx';
import { PasswordField } from '../ui/PasswordField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { validateAmeliNir } from '../validateAmeliNir.ts';

export interface ConnexionProps {
  /** « Vous êtes déconnecté », after « Se déconnecter ». */
  loggedOut: boolean;
  /** Whether the number (13 characters) and the password open the account. */
  check(nir13: string, password: string): boolean;
  onSignedIn(): void;
  onForgotten(): void;
  onCreate(): void;
}

/** The login page, the site's home. */
export function Connexion({ loggedOut, check, onSignedIn, onForgotten, onCreate }: ConnexionProps) {
  const { emit } = useSiteBridge();
  const [nir, setNir] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [refused, setRefused] = useState(false);

  const signIn = (event: FormEvent) => {
    event.preventDefault();
    const nirError = validateAmeliNir(nir);
    const found: FormError[] = [
      ...(nirError ? [{ field: 'am-login-nir', message: nirError }] : []),
      ...(password === '' ? [{ field: 'am-login-password', message: 'Veuillez saisir votre mot de passe.' }] : []),
    ];
    const ok = found.length === 0 && check(normaliseIdentifier(nir), password);
    setErrors(found);
    setRefused(found.length === 0 && !ok);
    // As the real site does, a refused pair empties the password field.
    if (found.length === 0 && !ok) setPassword('');
    emit({ action: 'click', target: 'ameli.connexion.valider', ...(ok ? {} : { ok: false }) });
    if (ok) onSignedIn();
  };

  return (
    <div className="am-columns">
      <section className="am-card" aria-labelledby="am-login-title">
        <h1 id="am-login-title" tabIndex={-1}>
          Connexion à mon compte ameli
        </h1>
        {loggedOut && (
          <p className="am-alert am-alert--success" role="status">
            Vous êtes déconnecté de votre compte ameli.
          </p>
        )}
        <ErrorSummary errors={errors} />
        {refused && (
          <p className="am-alert am-alert--error" role="alert">
            Le numéro de sécurité sociale ou le mot de passe est incorrect. Vérifiez votre saisie.
          </p>
        )}
        <form noValidate onSubmit={signIn}>
          <TextField
            id="am-login-nir"
            target="ameli.connexion.nir"
            label="Mon numéro de sécurité sociale"
            hint="13 caractères, sans la clé"
            inputMode="numeric"
            value={nir}
            onValue={setNir}
            error={errorOf(errors, 'am-login-nir')}
          />
          <PasswordField
            id="am-login-password"
            target="ameli.connexion.mot-de-passe"
            showTarget="ameli.connexion.afficher"
            label="Mon mot de passe"
            value={password}
            onValue={setPassword}
            error={errorOf(errors, 'am-login-password')}
          />
          <TargetButton target="ameli.connexion.mot-de-passe-oublie" className="am-link" onPress={onForgotten}>
            Mot de passe oublié ?
          </TargetButton>
          <button
            type="submit"
            className="am-button am-button--primary am-button--wide"
            data-target="ameli.connexion.valider"
          >
            Se connecter
          </button>
        </form>
        <div className="am-or">
          <p>ou</p>
          <FranceConnectButton site="ameli" />
        </div>
      </section>
      <section className="am-card am-card--aside" aria-labelledby="am-create-title">
        <h2 id="am-create-title">Vous n’avez pas de compte ameli ?</h2>
        <p>Munissez-vous de votre carte Vitale et d’un relevé d’identité bancaire (RIB).</p>
        <TargetButton
          target="ameli.connexion.creer-compte"
          className="am-button am-button--secondary"
          onPress={onCreate}
        >
          Créer mon compte
        </TargetButton>
      </section>
    </div>
  );
}
