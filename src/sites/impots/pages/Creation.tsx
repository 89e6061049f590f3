/**
 * « Créer mon espace particulier », in three pages as on the real site: the numéro fiscal; the
 * numéro d'accès en ligne and the revenu fiscal de référence (each with « Où trouver… ? »); the
 * e-mail address (twice) and the password with its rules. What is typed stays while the learner
 * moves between the three pages (one component for the three).
 */
import { useState, type FormEvent } from 'react';
import type { TargetId } from '../../../lesson/types.ts';
import { isValidEmail, normaliseIdentifier } from '../../../french/index.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { spacedNif } from '../documents/spacedNif.ts';
import {
  accessNumberError,
  incomeError,
  isStrongEnough,
  nifError,
  passwordRules,
  typedIncome,
} from '../identifierRules.ts';
import { ErrorSummary, errorOf, type FormError } from '../ui/ErrorSummary.tsx';
import { PasswordField } from '../ui/PasswordField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { WhereToFind } from '../ui/WhereToFind.tsx';

export type CreationStep = 'numero' | 'identifiants' | 'compte';

export interface CreationProps {
  step: CreationStep;
  /** Whether the numéro fiscal is the persona's (the practice site knows no other). */
  isKnownNif(nif: string): boolean;
  /** Whether the numéro d'accès en ligne and the revenu fiscal de référence are the persona's. */
  identifiersMatch(accessNumber: string, income: number): boolean;
  onStep(step: CreationStep): void;
  /** A space created here waits for its link: the numéro fiscal leads to « Activez votre espace particulier ». */
  onPending?: (() => void) | undefined;
  onCreate(email: string, password: string): void;
}

const titles: Record<CreationStep, string> = {
  numero: 'Étape 1 sur 3 : votre numéro fiscal',
  identifiants: 'Étape 2 sur 3 : vos identifiants',
  compte: 'Étape 3 sur 3 : votre adresse électronique et votre mot de passe',
};

/** The creation of the espace particulier. */
export function Creation({ step, isKnownNif, identifiersMatch, onStep, onPending, onCreate }: CreationProps) {
  const { emit } = useSiteBridge();
  const [nif, setNif] = useState('');
  const [access, setAccess] = useState('');
  const [income, setIncome] = useState('');
  const [email, setEmail] = useState('');
  const [email2, setEmail2] = useState('');
  const [password, setPassword] = useState('');
  const [password2, setPassword2] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);

  const refuse = (target: TargetId, found: FormError[], message: string | null = null) => {
    setErrors(found);
    setRefusal(message);
    const ok = found.length === 0 && message === null;
    emit({ action: 'click', target, ...(ok ? {} : { ok: false }) });
    return ok;
  };
  const go = (next: CreationStep) => {
    setErrors([]);
    setRefusal(null);
    onStep(next);
  };

  const submitNumero = (event: FormEvent) => {
    event.preventDefault();
    const problem = nifError(nif);
    const found = problem ? [{ field: 'impots-creation-nif', message: problem }] : [];
    const unknown = !problem && !isKnownNif(normaliseIdentifier(nif));
    if (
      refuse(
        'impots.creation.continuer',
        found,
        unknown ? 'Le numéro fiscal saisi est inconnu. Vérifiez votre saisie.' : null,
      )
    ) {
      if (onPending) onPending();
      else go('identifiants');
    }
  };
  const submitIdentifiants = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    const a = accessNumberError(access);
    if (a) found.push({ field: 'impots-creation-acces', message: a });
    const i = incomeError(income);
    if (i) found.push({ field: 'impots-creation-rfr', message: i });
    const mismatch =
      found.length === 0 && !identifiersMatch(normaliseIdentifier(access), typedIncome(income) ?? -1)
        ? 'Les informations saisies ne correspondent pas à celles de votre dernière déclaration de revenus ou de votre dernier avis d’impôt. Vérifiez votre saisie.'
        : null;
    if (refuse('impots.creation.continuer', found, mismatch)) go('compte');
  };
  const submitCompte = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (email.trim() === '')
      found.push({ field: 'impots-creation-email', message: 'Veuillez saisir votre adresse électronique.' });
    else if (!isValidEmail(email))
      found.push({
        field: 'impots-creation-email',
        message: 'L’adresse électronique saisie n’est pas valide. Exemple : nom@domaine.fr',
      });
    if (email2.trim() === '')
      found.push({ field: 'impots-creation-email2', message: 'Veuillez confirmer votre adresse électronique.' });
    else if (email2.trim().toLowerCase() !== email.trim().toLowerCase())
      found.push({
        field: 'impots-creation-email2',
        message: 'Les deux adresses électroniques saisies sont différentes.',
      });
    if (password === '') found.push({ field: 'impots-creation-password', message: 'Veuillez saisir un mot de passe.' });
    else if (!isStrongEnough(password))
      found.push({
        field: 'impots-creation-password',
        message: 'Le mot de passe ne respecte pas les règles de sécurité.',
      });
    if (password2 === '')
      found.push({ field: 'impots-creation-password2', message: 'Veuillez confirmer votre mot de passe.' });
    else if (password2 !== password)
      found.push({ field: 'impots-creation-password2', message: 'Les deux mots de passe saisis sont différents.' });
    if (refuse('impots.creation.valider', found)) onCreate(email.trim(), password);
  };

  const previous = (to: CreationStep) => (
    <TargetButton
      target="impots.creation.precedent"
      className="impots-button impots-button--secondary"
      onPress={() => go(to)}
    >
      Précédent
    </TargetButton>
  );

  return (
    <section className="impots-panel impots-narrow" aria-labelledby="impots-creation-title">
      <h1 id="impots-creation-title" tabIndex={-1}>
        Créer mon espace particulier
      </h1>
      <p className="impots-stepper">{titles[step]}</p>
      <ErrorSummary errors={errors} />
      {refusal && (
        <p className="impots-alert impots-alert--error" role="alert">
          {refusal}
        </p>
      )}
      {step === 'numero' && (
        <form noValidate onSubmit={submitNumero}>
          <TextField
            id="impots-creation-nif"
            target="impots.creation.numero-fiscal"
            label="Numéro fiscal"
            hint="13 chiffres"
            inputMode="numeric"
            value={nif}
            onValue={setNif}
            error={errorOf(errors, 'impots-creation-nif')}
            size="medium"
            below={
              <WhereToFind
                item="numero-fiscal"
                target="impots.creation.aide-numero-fiscal"
                label="Où trouver mon numéro fiscal ?"
              />
            }
          />
          <div className="impots-actions">
            <button
              type="submit"
              className="impots-button impots-button--primary"
              data-target="impots.creation.continuer"
            >
              Continuer
            </button>
          </div>
        </form>
      )}
      {step === 'identifiants' && (
        <form noValidate onSubmit={submitIdentifiants}>
          <p>
            Numéro fiscal : <strong className="impots-number">{spacedNif(normaliseIdentifier(nif))}</strong>
          </p>
          <TextField
            id="impots-creation-acces"
            target="impots.creation.numero-acces"
            label="Numéro d’accès en ligne"
            hint="7 chiffres"
            inputMode="numeric"
            value={access}
            onValue={setAccess}
            error={errorOf(errors, 'impots-creation-acces')}
            size="short"
            below={
              <WhereToFind
                item="numero-acces"
                target="impots.creation.aide-numero-acces"
                label="Où trouver mon numéro d’accès en ligne ?"
              />
            }
          />
          <TextField
            id="impots-creation-rfr"
            target="impots.creation.revenu-fiscal"
            label="Revenu fiscal de référence"
            hint="En euros, sans centimes"
            inputMode="numeric"
            value={income}
            onValue={setIncome}
            error={errorOf(errors, 'impots-creation-rfr')}
            size="short"
            below={
              <WhereToFind
                item="revenu-fiscal"
                target="impots.creation.aide-revenu-fiscal"
                label="Où trouver mon revenu fiscal de référence ?"
              />
            }
          />
          <div className="impots-actions">
            {previous('numero')}
            <button
              type="submit"
              className="impots-button impots-button--primary"
              data-target="impots.creation.continuer"
            >
              Continuer
            </button>
          </div>
        </form>
      )}
      {step === 'compte' && (
        <form noValidate onSubmit={submitCompte}>
          <TextField
            id="impots-creation-email"
            target="impots.creation.email"
            label="Adresse électronique"
            type="email"
            inputMode="email"
            value={email}
            onValue={setEmail}
            error={errorOf(errors, 'impots-creation-email')}
          />
          <TextField
            id="impots-creation-email2"
            target="impots.creation.email-confirmation"
            label="Confirmation de l’adresse électronique"
            type="email"
            inputMode="email"
            value={email2}
            onValue={setEmail2}
            error={errorOf(errors, 'impots-creation-email2')}
          />
          <PasswordField
            id="impots-creation-password"
            target="impots.creation.mot-de-passe"
            label="Mot de passe"
            value={password}
            onValue={setPassword}
            error={errorOf(errors, 'impots-creation-password')}
            describedBy="impots-creation-rules"
            size="medium"
          />
          <div id="impots-creation-rules" className="impots-rules">
            <p>Votre mot de passe doit contenir :</p>
            <ul>
              {passwordRules.map((rule) => {
                const met = rule.test(password);
                return (
                  <li key={rule.id} className={met ? 'impots-rules__met' : undefined}>
                    <span aria-hidden="true">{met ? '✓ ' : '• '}</span>
                    {rule.label}
                    {met && <span className="impots-sr-only"> (respecté)</span>}
                  </li>
                );
              })}
            </ul>
          </div>
          <PasswordField
            id="impots-creation-password2"
            target="impots.creation.mot-de-passe-confirmation"
            label="Confirmation du mot de passe"
            value={password2}
            onValue={setPassword2}
            error={errorOf(errors, 'impots-creation-password2')}
            size="medium"
          />
          <div className="impots-actions">
            {previous('identifiants')}
            <button
              type="submit"
              className="impots-button impots-button--primary"
              data-target="impots.creation.valider"
            >
              Valider
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
