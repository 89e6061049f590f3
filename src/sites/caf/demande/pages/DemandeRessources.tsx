/** « Vos ressources » / « Les ressources de votre conjoint »: each of the 3 months, line by line. */
import { useState } from 'react';
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import type { DemandePageProps } from '../DemandePageProps.ts';
import {
  demandeLines,
  demandeMonths,
  type DemandeLine,
  type DemandeMember,
  type DemandeMonth,
} from '../demandeReducer.ts';
import { lineLabels } from '../demandeTargets.ts';
import { DemandeHeading } from '../ui/DemandeHeading.tsx';
import { DemandeNav } from '../ui/DemandeNav.tsx';
import { DemandeTextField } from '../ui/DemandeTextField.tsx';
import { useDemandeForm } from '../useDemandeForm.ts';
import { resourceError } from '../validateDemande.ts';

export interface DemandeRessourcesProps extends DemandePageProps {
  member: DemandeMember;
}

const idOf = (member: DemandeMember, month: DemandeMonth, line: DemandeLine) =>
  `caf-demande-${member}-${month}-${line}`;

export function DemandeRessources({
  member,
  state,
  dispatch,
  household,
  months,
  step,
  previous,
  next,
}: DemandeRessourcesProps) {
  const [amounts, setAmounts] = useState(state.ressources[member]);
  const set = (month: DemandeMonth, line: DemandeLine) => (value: string) =>
    setAmounts((current) => ({ ...current, [month]: { ...current[month], [line]: value } }));
  const { errors, onSubmit } = useDemandeForm(
    () =>
      demandeMonths.flatMap((month, index) =>
        demandeLines.map((line) => {
          const error = resourceError(amounts[month][line]);
          const where = `${months[index]}, ${lineLabels[line].toLowerCase()}`;
          return error
            ? {
                field: idOf(member, month, line),
                message: `${where} : ${error.charAt(0).toLowerCase()}${error.slice(1)}`,
              }
            : null;
        }),
      ),
    () => dispatch({ type: 'save', values: { ressources: { ...state.ressources, [member]: amounts } }, next }),
  );
  const title =
    member === 'vous' ? 'Vos ressources' : `Les ressources de votre conjoint, ${household.conjoint?.prenom ?? ''}`;
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <DemandeHeading title={title.trim().replace(/,$/, '')} step={step} />
      <ErrorSummary errors={errors} />
      <p className="caf-muted">
        Indiquez les montants perçus chaque mois, tels qu’ils figurent sur vos justificatifs. Laissez la case vide si
        aucune somme n’a été perçue.
      </p>
      {demandeMonths.map((month, index) => (
        <fieldset key={month} className="caf-sim-month">
          <legend>{months[index]}</legend>
          {demandeLines.map((line) => (
            <DemandeTextField
              key={line}
              id={idOf(member, month, line)}
              target={`caf.demande.ressources.${member}.${month}.${line}`}
              label={`${lineLabels[line]} (en euros)`}
              inputMode="decimal"
              className="caf-field--short"
              value={amounts[month][line]}
              onValue={set(month, line)}
              error={errorOf(errors, idOf(member, month, line))}
            />
          ))}
        </fieldset>
      ))}
      <DemandeNav onPrevious={() => dispatch({ type: 'go', page: previous })} />
    </form>
  );
}
