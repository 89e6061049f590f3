/**
 * « Mot de passe oublié » : the numéro de sécurité sociale and the date of birth, checked as the
 * real site does; once both have the right shape, the answer is the same whether an account
 * matches or not (`onSent`).
 */
import { useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { ErrorSummary, type FormError } from '../../ui/ErrorSummary.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { compteBirthDateError, compteNirError } from '../validateCompte.ts';

export interface OubliProps {
  today: Date;
  /** Both fields have the right shape: the number and the date as typed. */
  onSent(nir: string, naissance: string): void;
  onBack(): void;
}

/** Mot de passe oublié. */
export function Oubli({ today, onSent, onBack }: OubliProps) {
  const { emit } = useSiteBridge();
  const [nir, setNir] = useState('');
  const [naissance, setNaissance] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [warning, setWarning] = useState(false);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    const nirError = compteNirError(nir);
    if (nirError) found.push({ field: 'caf-oubli-nir', message: nirError });
    const dateError = compteBirthDateError(naissance, today);
    if (dateError) found.push({ field: 'caf-oubli-naissance', message: dateError });
    setErrors(found);
    emit(
      found.length === 0
        ? { action: 'click', target: 'caf.compte.oubli.valider' }
        : { action: 'click', target: 'caf.compte.oubli.valider', ok: false },
    );
    if (found.length === 0) onSent(nir, naissance);
  };

  return (
    <section className="caf-panel caf-narrow" aria-labelledby="caf-oubli-title">
      <h1 id="caf-oubli-title" tabIndex={-1}>
        Mot de passe oublié
      </h1>
      <p>Pour choisir un nouveau mot de passe, indiquez votre numéro de sécurité sociale et votre date de naissance.</p>
      <p className="caf-muted">Tous les champs sont obligatoires.</p>
      <ErrorSummary errors={errors} />
      {warning && (
        <p className="caf-alert caf-alert--warning" role="alert">
          Ce numéro ressemble à un vrai numéro de sécurité sociale. Nous l’avons effacé. Ici, tapez seulement le numéro
          de la carte d’entraînement.
        </p>
      )}
      <form noValidate onSubmit={submit}>
        <TextField
          id="caf-oubli-nir"
          target="caf.compte.oubli.nir"
          label="Numéro de sécurité sociale"
          hint="13 chiffres, sans la clé (les 2 derniers chiffres de la carte Vitale)"
          inputMode="numeric"
          autoComplete="off"
          value={nir}
          onValue={setNir}
          error={errorOf('caf-oubli-nir')}
          onRealIdentifier={() => setWarning(true)}
          onKept={() => setWarning(false)}
        />
        <TextField
          id="caf-oubli-naissance"
          target="caf.compte.oubli.naissance"
          label="Date de naissance"
          hint="Format JJ/MM/AAAA, par exemple 25/01/1990"
          inputMode="numeric"
          autoComplete="off"
          value={naissance}
          onValue={setNaissance}
          error={errorOf('caf-oubli-naissance')}
        />
        <button
          type="submit"
          className="caf-button caf-button--primary caf-button--wide"
          data-target="caf.compte.oubli.valider"
        >
          Valider
        </button>
      </form>
      <p>
        <TargetButton target="caf.compte.oubli.retour" className="caf-link" onPress={onBack}>
          Retour à la connexion
        </TargetButton>
      </p>
    </section>
  );
}
