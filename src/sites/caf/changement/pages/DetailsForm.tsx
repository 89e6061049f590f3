/**
 * The details of a change (its page of the declaration): the fields of that change, its effective
 * date checked against the practice day, and « Suivant » keeping them.
 */
import type { Dispatch } from 'react';
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { RadioGroup } from '../../simulateur/ui/RadioGroup.tsx';
import type { ChangementAction, ChangementDetails, ChangementType } from '../changementReducer.ts';
import { changementLabels, type ChangementTarget } from '../changementTargets.ts';
import { ChangementHeading } from '../ui/ChangementHeading.tsx';
import { ChangementNav } from '../ui/ChangementNav.tsx';
import { ChangementSelect } from '../ui/ChangementSelect.tsx';
import { ChangementTextField } from '../ui/ChangementTextField.tsx';
import { errorAt, useChangementForm } from '../useChangementForm.ts';
import {
  changeDateError,
  communesOf,
  nirError,
  postcodeError,
  rentError,
  requiredError,
} from '../validateChangement.ts';

export interface DetailsFormProps {
  type: ChangementType;
  /** What the page shows: the draft kept with the run. */
  values: ChangementDetails;
  today: Date;
  dispatch: Dispatch<ChangementAction>;
}

const dateLabels: Record<ChangementType, string> = {
  demenagement: 'Date d’emménagement',
  naissance: 'Date de naissance',
  couple: 'Date de début de vie en couple',
  emploi: 'Date de reprise d’activité',
};

/** One page of details. */
export function DetailsForm({ type, values, today, dispatch }: DetailsFormProps) {
  const get = (key: string) => values[key] ?? '';
  const set = (key: string) => (value: string) => dispatch({ type: 'draft', field: key, value });
  const id = (key: string) => `caf-chg-${key}`;
  const tenant = get('logement') === 'locataire';
  const communes = communesOf(get('codePostal'));

  const checks: Record<ChangementType, () => ReturnType<typeof errorAt>[]> = {
    demenagement: () => [
      errorAt(id('adresse'), requiredError(get('adresse'))),
      errorAt(id('codePostal'), postcodeError(get('codePostal'))),
      errorAt(id('commune'), communes.includes(get('commune')) ? null : 'Sélectionnez la commune.'),
      errorAt(id('date'), changeDateError(get('date'), type, today)),
      errorAt(id('logement'), get('logement') ? null : 'Sélectionnez une réponse.'),
      tenant ? errorAt(id('loyer'), rentError(get('loyer'))) : null,
    ],
    naissance: () => [
      errorAt(id('nom'), requiredError(get('nom'))),
      errorAt(id('prenoms'), requiredError(get('prenoms'))),
      errorAt(id('sexe'), get('sexe') ? null : 'Sélectionnez une réponse.'),
      errorAt(id('date'), changeDateError(get('date'), type, today)),
    ],
    couple: () => [
      errorAt(id('nom'), requiredError(get('nom'))),
      errorAt(id('prenom'), requiredError(get('prenom'))),
      errorAt(id('nir'), nirError(get('nir'))),
      errorAt(id('date'), changeDateError(get('date'), type, today)),
    ],
    emploi: () => [
      errorAt(id('employeur'), requiredError(get('employeur'))),
      errorAt(id('date'), changeDateError(get('date'), type, today)),
    ],
  };
  const next = `caf.changement.${type}.suivant` as ChangementTarget;
  const { errors, onSubmit } = useChangementForm(next, checks[type], () => {
    const kept = Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'loyer' || tenant));
    dispatch({ type: 'save-details', details: kept });
  });

  const text = (
    key: string,
    label: string,
    more: { hint?: string; inputMode?: 'numeric' | 'decimal'; short?: boolean } = {},
  ) => (
    <ChangementTextField
      id={id(key)}
      target={`caf.changement.${type}.${key === 'codePostal' ? 'code-postal' : key}` as ChangementTarget}
      label={label}
      hint={more.hint}
      inputMode={more.inputMode}
      className={more.short ? 'caf-field--short' : undefined}
      value={get(key)}
      onValue={set(key)}
      error={errorOf(errors, id(key))}
    />
  );
  const date = text('date', dateLabels[type], { hint: 'Format JJ/MM/AAAA', inputMode: 'numeric', short: true });

  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <ChangementHeading title={changementLabels[type]} step={2} />
      <p className="caf-muted">Tous les champs sont obligatoires.</p>
      <ErrorSummary errors={errors} />
      {type === 'demenagement' && (
        <>
          <h2>Votre nouvelle adresse</h2>
          {text('adresse', 'Numéro et libellé de la voie', { hint: 'Exemple : 12 rue des Lilas' })}
          {text('codePostal', 'Code postal', { inputMode: 'numeric', short: true })}
          <ChangementSelect
            id={id('commune')}
            target="caf.changement.demenagement.commune"
            label="Commune"
            options={communes}
            value={communes.includes(get('commune')) ? get('commune') : ''}
            onValue={set('commune')}
            hint={communes.length ? undefined : 'Saisissez d’abord le code postal.'}
            error={errorOf(errors, id('commune'))}
          />
          {date}
          <RadioGroup
            name={id('logement')}
            target="caf.changement.demenagement.logement"
            legend="Dans ce logement, vous êtes :"
            options={[
              { value: 'locataire', label: 'Locataire' },
              { value: 'proprietaire', label: 'Propriétaire' },
              { value: 'heberge', label: 'Hébergé(e) gratuitement' },
            ]}
            value={get('logement')}
            onValue={set('logement')}
            error={errorOf(errors, id('logement'))}
          />
          {tenant &&
            text('loyer', 'Montant du loyer mensuel (en euros)', {
              hint: 'Hors charges. Exemple : 650,00',
              inputMode: 'decimal',
              short: true,
            })}
        </>
      )}
      {type === 'naissance' && (
        <>
          <h2>Votre enfant</h2>
          {text('nom', 'Nom de l’enfant')}
          {text('prenoms', 'Prénom(s) de l’enfant')}
          <RadioGroup
            name={id('sexe')}
            target="caf.changement.naissance.sexe"
            legend="Sexe"
            options={[
              { value: 'F', label: 'Féminin' },
              { value: 'M', label: 'Masculin' },
            ]}
            inline
            value={get('sexe')}
            onValue={set('sexe')}
            error={errorOf(errors, id('sexe'))}
          />
          {date}
        </>
      )}
      {type === 'couple' && (
        <>
          <h2>Votre conjoint</h2>
          {text('nom', 'Nom de votre conjoint')}
          {text('prenom', 'Prénom de votre conjoint')}
          {text('nir', 'Numéro de sécurité sociale de votre conjoint', { hint: '15 caractères', inputMode: 'numeric' })}
          {date}
        </>
      )}
      {type === 'emploi' && (
        <>
          <h2>Votre emploi</h2>
          {text('employeur', 'Nom de l’employeur')}
          {date}
        </>
      )}
      <ChangementNav next={next} onPrevious={() => dispatch({ type: 'previous' })} />
    </form>
  );
}
