/** « Déclarer un changement de situation »: which change to declare. */
import { useState, type Dispatch } from 'react';
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { RadioGroup } from '../../simulateur/ui/RadioGroup.tsx';
import { changementTypes, type ChangementAction, type ChangementType } from '../changementReducer.ts';
import { changementLabels } from '../changementTargets.ts';
import { ChangementHeading } from '../ui/ChangementHeading.tsx';
import { ChangementNav } from '../ui/ChangementNav.tsx';
import { errorAt, useChangementForm } from '../useChangementForm.ts';

export interface ChangementChoixProps {
  type: '' | ChangementType;
  dispatch: Dispatch<ChangementAction>;
}

const options = changementTypes.map((value) => ({ value, label: changementLabels[value] }));

/** The choice of the change. */
export function ChangementChoix({ type, dispatch }: ChangementChoixProps) {
  const [value, setValue] = useState(type);
  const { errors, onSubmit } = useChangementForm(
    'caf.changement.choix.suivant',
    () => [errorAt('caf-chg-type', value === '' ? 'Sélectionnez le changement à déclarer.' : null)],
    () => dispatch({ type: 'start' }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <ChangementHeading title="Déclarer un changement de situation" step={1} />
      <ErrorSummary errors={errors} />
      <RadioGroup
        name="caf-chg-type"
        target="caf.changement.type"
        legend="Quel changement souhaitez-vous déclarer ?"
        options={options}
        value={value}
        onValue={(v) => {
          setValue(v as ChangementType);
          dispatch({ type: 'choose', value: v as ChangementType });
        }}
        error={errorOf(errors, 'caf-chg-type')}
      />
      <ChangementNav next="caf.changement.choix.suivant" />
    </form>
  );
}
