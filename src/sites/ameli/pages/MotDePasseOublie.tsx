/**
 * « Mot de passe oublié »: the first page of the real form (the number and the date of birth);
 * once it is filled in right, a note says that the rest (a link by e-mail to choose a new
 * password) is not copied here.
 */
import { useState, type FormEvent } from 'react';
import { parseFrenchDate } from '../../../french/index.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { ErrorSummary, errorOf, type FormError } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/TextField.tsx';
import { validateAmeliNir } from '../validateAmeliNir.ts';

export interface MotDePasseOublieProps {
  onBack(): void;
}

/** The forgotten-password page. */
export function MotDePasseOublie({ onBack }: MotDePasseOublieProps) {
  const { emit } = useSiteBridge();
  const [nir, setNir] = useState('');
  const [naissance, setNaissance] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [sent, setSent] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nirError = validateAmeliNir(nir);
    const dateError =
      naissance.trim() === ''
        ? 'Veuillez saisir votre date de naissance.'
        : parseFrenchDate(naissance.trim()) === null
          ? 'La date de naissance doit être au format JJ/MM/AAAA.'
          : null;
    const found: FormError[] = [
      ...(nirError ? [{ field: 'am-oubli-nir', message: nirError }] : []),
      ...(dateError ? [{ field: 'am-oubli-naissance', message: dateError }] : []),
    ];
    setErrors(found);
    setSent(found.length === 0);
    emit({ action: 'click', target: 'ameli.oubli.valider', ...(found.length ? { ok: false } : {}) });
  };

  return (
    <section className="am-card am-narrow" aria-labelledby="am-oubli-title">
      <h1 id="am-oubli-title" tabIndex={-1}>
        Mot de passe oublié
      </h1>
      <ErrorSummary errors={errors} />
      {sent ? (
        <div className="am-alert am-alert--info" role="status">
          <p>
            Si les informations saisies correspondent à un compte ameli, un courriel vous est envoyé pour choisir un
            nouveau mot de passe.
          </p>
          <p>
            Site d’entraînement : ce courriel n’est pas envoyé et la suite n’est pas reproduite. Pour vous connecter,
            utilisez le mot de passe noté dans vos papiers.
          </p>
        </div>
      ) : (
        <form noValidate onSubmit={submit}>
          <p>Pour réinitialiser votre mot de passe, renseignez les informations suivantes.</p>
          <TextField
            id="am-oubli-nir"
            target="ameli.oubli.nir"
            label="Mon numéro de sécurité sociale"
            hint="13 caractères, sans la clé"
            inputMode="numeric"
            value={nir}
            onValue={setNir}
            error={errorOf(errors, 'am-oubli-nir')}
          />
          <TextField
            id="am-oubli-naissance"
            target="ameli.oubli.naissance"
            label="Ma date de naissance"
            hint="Format JJ/MM/AAAA"
            inputMode="numeric"
            value={naissance}
            onValue={setNaissance}
            error={errorOf(errors, 'am-oubli-naissance')}
          />
          <button type="submit" className="am-button am-button--primary" data-target="ameli.oubli.valider">
            Valider
          </button>
        </form>
      )}
      <TargetButton target="ameli.oubli.annuler" className="am-link am-back" onPress={onBack}>
        Retour à la connexion
      </TargetButton>
    </section>
  );
}
