/** One adult's resources, month by month: salaries and other resources. */
import { useRef, useState } from 'react';
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import type { SimulateurPageProps } from '../SimulateurPageProps.ts';
import {
  simulateurMonths,
  type MonthAmounts,
  type SimulateurAdult,
  type SimulateurMonth,
} from '../simulateurReducer.ts';
import { SimTextField } from '../ui/SimTextField.tsx';
import { SimulateurHeading } from '../ui/SimulateurHeading.tsx';
import { SimulateurNav } from '../ui/SimulateurNav.tsx';
import { DtrStepper } from '../../pages/DtrStepper.tsx';
import { errorAt, useSimulateurForm } from '../useSimulateurForm.ts';
import { amountError } from '../validateSimulateur.ts';

export interface SimRessourcesProps extends SimulateurPageProps {
  adult: SimulateurAdult;
}

const idOf = (adult: SimulateurAdult, month: SimulateurMonth, key: keyof MonthAmounts) =>
  `caf-sim-${adult}-${month}-${key}`;

/** Vos ressources / Les ressources de votre conjoint. */
export function SimRessources({ adult, answers, dispatch, step, steps, months }: SimRessourcesProps) {
  const [amounts, setAmounts] = useState(answers.ressources[adult]);
  // The valid amounts typed, kept with the run as a draft (a reload brings them back).
  const kept = useRef(answers.ressources[adult]);
  const set = (month: SimulateurMonth, key: keyof MonthAmounts) => (value: string) => {
    setAmounts((current) => ({ ...current, [month]: { ...current[month], [key]: value } }));
    if (amountError(value)) return;
    kept.current = { ...kept.current, [month]: { ...kept.current[month], [key]: value } };
    dispatch({ type: 'draft', answers: { ressources: { ...answers.ressources, [adult]: kept.current } } });
  };
  const { errors, onSubmit } = useSimulateurForm(
    () =>
      simulateurMonths.flatMap((month, index) =>
        (['salaires', 'autres'] as const).map((key) => {
          const error = amountError(amounts[month][key]);
          // Six fields share their messages: each names its month and its line.
          const where = `${months[index]}, ${key === 'salaires' ? 'salaires' : 'autres ressources'}`;
          return errorAt(
            idOf(adult, month, key),
            error && `${where} : ${error.charAt(0).toLowerCase()}${error.slice(1)}`,
          );
        }),
      ),
    () => dispatch({ type: 'save', answers: { ressources: { ...answers.ressources, [adult]: amounts } } }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <SimulateurHeading title={adult === 'vous' ? 'Vos ressources' : 'Les ressources de votre conjoint'} />
      <DtrStepper step={step} steps={steps} />
      <ErrorSummary errors={errors} />
      <p className="caf-muted">Indiquez les montants perçus chaque mois. Saisissez 0 si vous n’avez rien perçu.</p>
      {simulateurMonths.map((month, index) => (
        <fieldset key={month} className="caf-sim-month">
          <legend>{months[index]}</legend>
          <SimTextField
            id={idOf(adult, month, 'salaires')}
            target={`caf.simulateur.ressources.${adult}.${month}.salaires`}
            label="Salaires et revenus d’activité (montant net social)"
            inputMode="decimal"
            value={amounts[month].salaires}
            onValue={set(month, 'salaires')}
            error={errorOf(errors, idOf(adult, month, 'salaires'))}
          />
          <SimTextField
            id={idOf(adult, month, 'autres')}
            target={`caf.simulateur.ressources.${adult}.${month}.autres`}
            label="Autres ressources (allocations chômage, pensions, indemnités journalières…)"
            inputMode="decimal"
            value={amounts[month].autres}
            onValue={set(month, 'autres')}
            error={errorOf(errors, idOf(adult, month, 'autres'))}
          />
        </fieldset>
      ))}
      <SimulateurNav onPrevious={() => dispatch({ type: 'previous' })} />
    </form>
  );
}
