/** « Votre foyer »: what the CAF knows of the household, to check (« Ces informations sont-elles exactes ? »). */
import { useState } from 'react';
import { RadioGroup } from '../../simulateur/ui/RadioGroup.tsx';
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import type { DemandePageProps } from '../DemandePageProps.ts';
import { DemandeHeading } from '../ui/DemandeHeading.tsx';
import { DemandeNav } from '../ui/DemandeNav.tsx';
import { useDemandeForm } from '../useDemandeForm.ts';

const fieldId = 'caf-demande-foyer-exact';

export function DemandeFoyer({ state, dispatch, household, step, previous, next }: DemandePageProps) {
  const [exact, setExact] = useState(state.foyerExact);
  const { errors, onSubmit } = useDemandeForm(
    () => [
      exact === ''
        ? { field: fieldId, message: 'Indiquez si ces informations sont exactes.' }
        : exact === 'non'
          ? {
              field: fieldId,
              message:
                'Votre situation familiale doit être mise à jour avant votre demande : déclarez le changement dans « Mon profil ».',
            }
          : null,
    ],
    () => dispatch({ type: 'save', values: { foyerExact: exact }, next }),
  );
  const { allocataire, conjoint, enfants } = household;
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <DemandeHeading title="Votre foyer" step={step} />
      <ErrorSummary errors={errors} />
      <p>Voici les informations que nous connaissons sur votre foyer.</p>
      <dl className="caf-demande-facts">
        <dt>Situation familiale</dt>
        <dd>{conjoint ? 'Vie maritale (en couple)' : 'Seul(e)'}</dd>
        <dt>Vous</dt>
        <dd>
          {allocataire.prenom} {allocataire.nom}, né(e) le {allocataire.naissance}
        </dd>
        {conjoint && (
          <>
            <dt>Votre conjoint</dt>
            <dd>
              {conjoint.prenom} {conjoint.nom}, né(e) le {conjoint.naissance}
            </dd>
          </>
        )}
        <dt>Enfants à charge</dt>
        {enfants.length ? (
          enfants.map((e) => (
            <dd key={`${e.prenom}-${e.naissance}`}>
              {e.prenom}, né(e) le {e.naissance}
            </dd>
          ))
        ) : (
          <dd>Aucun</dd>
        )}
      </dl>
      <RadioGroup
        name={fieldId}
        target="caf.demande.foyer.exact"
        legend="Ces informations sont-elles exactes ?"
        options={[
          { value: 'oui', label: 'Oui' },
          { value: 'non', label: 'Non' },
        ]}
        value={exact}
        onValue={(value) => setExact(value as 'oui' | 'non')}
        error={errorOf(errors, fieldId)}
        inline
      />
      <DemandeNav onPrevious={() => dispatch({ type: 'go', page: previous })} />
    </form>
  );
}
