/**
 * « Créer mon espace personnel »: the e-mail address (an activation link is sent to it), a
 * password that meets the rules shown and checked as it is typed, its confirmation and the
 * terms of use; FranceConnect is shown, but not part of the practice site.
 */
import { useState, type FormEvent } from 'react';
import { isValidEmail } from '../../../../french/index.ts';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { meetsPasswordRules } from '../../registration/passwordRules.ts';
import { CheckboxField } from '../../ui/CheckboxField.tsx';
import { ErrorSummary, errorOf, type FormError } from '../../ui/ErrorSummary.tsx';
import { InfoStatus } from '../../ui/InfoStatus.tsx';
import { PasswordChecklist } from '../../ui/PasswordChecklist.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { TextField } from '../../ui/TextField.tsx';

export interface CreationProps {
  /** The address given before (« Modifier l’adresse e-mail »). */
  initialEmail: string;
  onCreate(email: string, password: string): void;
  onLogin(): void;
}

const franceConnect =
  'FranceConnect : service indisponible sur le site d’entraînement. Créez votre espace avec votre adresse e-mail et un mot de passe.';

/** The errors of the form, as the real site words them. */
export function creationErrors(email: string, password: string, confirmation: string, cgu: boolean): FormError[] {
  const errors: FormError[] = [];
  if (email.trim() === '') errors.push({ field: 'ft-creation-email', message: 'Saisissez votre adresse e-mail.' });
  else if (!isValidEmail(email))
    errors.push({ field: 'ft-creation-email', message: 'L’adresse e-mail n’est pas valide. Exemple : nom@exemple.fr' });
  if (password === '') errors.push({ field: 'ft-creation-password', message: 'Saisissez un mot de passe.' });
  else if (!meetsPasswordRules(password))
    errors.push({ field: 'ft-creation-password', message: 'Votre mot de passe ne respecte pas les règles indiquées.' });
  if (confirmation === '')
    errors.push({ field: 'ft-creation-confirmation', message: 'Saisissez de nouveau votre mot de passe.' });
  else if (confirmation !== password)
    errors.push({ field: 'ft-creation-confirmation', message: 'Les deux mots de passe ne sont pas identiques.' });
  if (!cgu)
    errors.push({ field: 'ft-creation-cgu', message: 'Vous devez accepter les conditions générales d’utilisation.' });
  return errors;
}

/** The page that creates the personal space. */
export function Creation({ initialEmail, onCreate, onLogin }: CreationProps) {
  const { emit } = useSiteBridge();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [cgu, setCgu] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [info, setInfo] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = creationErrors(email, password, confirmation, cgu);
    setErrors(found);
    emit({
      action: 'click',
      target: 'france-travail.inscription.creation.valider',
      ...(found.length ? { ok: false } : {}),
    });
    if (found.length === 0) onCreate(email.trim(), password);
  };

  return (
    <section className="ft-panel ft-narrow" aria-labelledby="ft-creation-title">
      <h1 id="ft-creation-title" tabIndex={-1}>
        Créer mon espace personnel
      </h1>
      <p className="ft-muted">Tous les champs sont obligatoires.</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <TextField
          id="ft-creation-email"
          target="france-travail.inscription.creation.email"
          label="Adresse e-mail"
          hint="Vous recevrez un lien pour activer votre espace personnel."
          type="email"
          inputMode="email"
          value={email}
          onValue={setEmail}
          error={errorOf(errors, 'ft-creation-email')}
        />
        <PasswordField
          id="ft-creation-password"
          target="france-travail.inscription.creation.mot-de-passe"
          showTarget="france-travail.inscription.creation.afficher"
          label="Mot de passe"
          value={password}
          onValue={setPassword}
          error={errorOf(errors, 'ft-creation-password')}
          describedBy="ft-creation-rules"
        />
        <PasswordChecklist id="ft-creation-rules" password={password} />
        <TextField
          id="ft-creation-confirmation"
          target="france-travail.inscription.creation.confirmation"
          label="Confirmez le mot de passe"
          type="password"
          value={confirmation}
          onValue={setConfirmation}
          error={errorOf(errors, 'ft-creation-confirmation')}
        />
        <CheckboxField
          id="ft-creation-cgu"
          target="france-travail.inscription.creation.cgu"
          label="J’ai lu et j’accepte les conditions générales d’utilisation"
          checked={cgu}
          onChecked={setCgu}
          error={errorOf(errors, 'ft-creation-cgu')}
        />
        <button
          type="submit"
          className="ft-button ft-button--primary ft-button--wide"
          data-target="france-travail.inscription.creation.valider"
        >
          Créer mon espace
        </button>
      </form>
      <div className="ft-or">
        <p>ou</p>
        <TargetButton
          target="france-travail.inscription.creation.franceconnect"
          className="ft-button ft-button--fc"
          onPress={() => setInfo(franceConnect)}
        >
          S’inscrire avec FranceConnect
        </TargetButton>
      </div>
      <InfoStatus info={info} />
      <p className="ft-muted">
        <TargetButton target="france-travail.inscription.creation.connexion" className="ft-link" onPress={onLogin}>
          J’ai déjà un espace personnel
        </TargetButton>
      </p>
    </section>
  );
}
