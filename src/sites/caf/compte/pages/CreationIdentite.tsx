/**
 * « Créer un compte », step 1: the identity (NIR, names, date and place of birth, home). A
 * temporary number (7 or 8) is refused as on the real site; an identity that does not match the
 * persona cannot be checked; a person who already has an account is sent to the login.
 */
import { useState, type FormEvent } from 'react';
import { normaliseIdentifier, normalisePostcode } from '../../../../french/index.ts';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { ErrorSummary, type FormError } from '../../ui/ErrorSummary.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { CafPersona } from '../../cafPersona.ts';
import type { Identite } from '../compteReducer.ts';
import { compteBirthDateError, compteNirError } from '../validateCompte.ts';
import { CreationStepper } from './CreationStepper.tsx';
import { isTemporaryNir } from '../../../../french/index.ts';

export interface CreationIdentiteProps {
  p: CafPersona;
  today: Date;
  /** What was accepted before (« Précédent » from the next page). */
  initial: Identite | null;
  onAccepted(identite: Identite): void;
  onLogin(): void;
}

type Field = keyof Identite;
const empty: Identite = { nir: '', nom: '', prenoms: '', naissance: '', lieu: '', codePostal: '', commune: '' };
const required: Partial<Record<Field, string>> = {
  nom: 'Saisissez votre nom de naissance.',
  prenoms: 'Saisissez vos prénoms.',
  lieu: 'Saisissez votre lieu de naissance.',
  commune: 'Saisissez votre commune.',
};
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim()
    .toLowerCase();

/** The errors of the form, by field id `caf-creation-<field>`. */
function errorsOf(values: Identite, today: Date): FormError[] {
  const found: FormError[] = [];
  const add = (field: Field, message: string | null | undefined) => {
    if (message) found.push({ field: `caf-creation-${field}`, message });
  };
  const nir = normaliseIdentifier(values.nir);
  add(
    'nir',
    nir.length === 13 && isTemporaryNir(nir)
      ? 'Ce numéro est un numéro provisoire (il commence par 7 ou 8) : il ne permet pas de créer un compte. Contactez votre Caf.'
      : compteNirError(values.nir),
  );
  add('nom', values.nom.trim() === '' ? required.nom : null);
  add('prenoms', values.prenoms.trim() === '' ? required.prenoms : null);
  add('naissance', compteBirthDateError(values.naissance, today));
  add('lieu', values.lieu.trim() === '' ? required.lieu : null);
  add(
    'codePostal',
    values.codePostal.trim() === ''
      ? 'Saisissez votre code postal.'
      : normalisePostcode(values.codePostal) === null
        ? 'Le code postal doit comporter 5 chiffres, par exemple 93200.'
        : null,
  );
  add('commune', values.commune.trim() === '' ? required.commune : null);
  return found;
}

/** Whether the identity typed is the persona's (number, birth name, date of birth). */
function matches(p: CafPersona, values: Identite): boolean {
  return (
    normaliseIdentifier(values.nir) === p.nir13 &&
    fold(values.nom) === fold(p.nom ?? '') &&
    values.naissance.replace(/\s/g, '') === (p.naissance ?? '')
  );
}

/** Step 1 of the creation. */
export function CreationIdentite({ p, today, initial, onAccepted, onLogin }: CreationIdentiteProps) {
  const { emit } = useSiteBridge();
  const [values, setValues] = useState<Identite>(initial ?? empty);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [refused, setRefused] = useState<'unknown' | 'existing' | null>(null);
  const [warning, setWarning] = useState(false);
  const errorOf = (field: Field) => errors.find((e) => e.field === `caf-creation-${field}`)?.message;
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = errorsOf(values, today);
    const outcome = found.length > 0 ? null : !matches(p, values) ? 'unknown' : p.hasAccount ? 'existing' : 'ok';
    setErrors(found);
    setRefused(outcome === 'unknown' || outcome === 'existing' ? outcome : null);
    emit(
      outcome === 'ok'
        ? { action: 'click', target: 'caf.compte.creation.continuer' }
        : { action: 'click', target: 'caf.compte.creation.continuer', ok: false },
    );
    if (outcome === 'ok') onAccepted({ ...values, nir: normaliseIdentifier(values.nir) });
  };

  const field = (name: Field, label: string, extra: { hint?: string; numeric?: boolean } = {}) => (
    <TextField
      id={`caf-creation-${name}`}
      target={`caf.compte.creation.${name === 'codePostal' ? 'code-postal' : name}`}
      label={label}
      {...(extra.hint ? { hint: extra.hint } : {})}
      {...(extra.numeric ? { inputMode: 'numeric' as const } : {})}
      autoComplete="off"
      value={values[name]}
      onValue={set(name)}
      error={errorOf(name)}
      {...(name === 'nir' ? { onRealIdentifier: () => setWarning(true), onKept: () => setWarning(false) } : {})}
    />
  );

  return (
    <section className="caf-panel caf-narrow" aria-labelledby="caf-creation-title">
      <h1 id="caf-creation-title" tabIndex={-1}>
        Créer un compte
      </h1>
      <CreationStepper step={1} />
      <p className="caf-muted">Tous les champs sont obligatoires.</p>
      <ErrorSummary errors={errors} />
      {refused === 'unknown' && (
        <div className="caf-alert caf-alert--error" role="alert">
          <p className="caf-alert__title">Nous n’avons pas pu vérifier votre identité</p>
          <p>Vérifiez votre numéro de sécurité sociale, votre nom de naissance et votre date de naissance.</p>
        </div>
      )}
      {refused === 'existing' && (
        <div className="caf-alert caf-alert--error" role="alert">
          <p className="caf-alert__title">Vous avez déjà un compte caf.fr</p>
          <p>Connectez-vous avec votre numéro de sécurité sociale et votre mot de passe.</p>
          <TargetButton target="caf.compte.demande.connexion" className="caf-link" onPress={onLogin}>
            J’ai déjà un compte : me connecter
          </TargetButton>
        </div>
      )}
      {warning && (
        <p className="caf-alert caf-alert--warning" role="alert">
          Ce numéro ressemble à un vrai numéro de sécurité sociale. Nous l’avons effacé. Ici, tapez seulement le numéro
          de la carte d’entraînement.
        </p>
      )}
      <form noValidate onSubmit={submit}>
        {field('nir', 'Numéro de sécurité sociale', {
          hint: '13 chiffres, sans la clé (les 2 derniers chiffres de la carte Vitale)',
          numeric: true,
        })}
        {field('nom', 'Nom de naissance')}
        {field('prenoms', 'Prénoms', { hint: 'Dans l’ordre de votre pièce d’identité' })}
        {field('naissance', 'Date de naissance', { hint: 'Format JJ/MM/AAAA, par exemple 25/01/1990', numeric: true })}
        {field('lieu', 'Lieu de naissance', { hint: 'Commune, ou pays si vous êtes né(e) à l’étranger' })}
        {field('codePostal', 'Code postal de votre domicile', { numeric: true })}
        {field('commune', 'Commune de votre domicile')}
        <button
          type="submit"
          className="caf-button caf-button--primary caf-button--wide"
          data-target="caf.compte.creation.continuer"
        >
          Continuer
        </button>
      </form>
    </section>
  );
}
