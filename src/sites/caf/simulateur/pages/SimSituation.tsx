/** « Êtes-vous dans l'une de ces situations ? » */
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import type { SimulateurPageProps } from '../SimulateurPageProps.ts';
import { situationOptions } from '../simulateurOptions.ts';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import { SimulateurHeading } from '../ui/SimulateurHeading.tsx';
import { SimulateurNav } from '../ui/SimulateurNav.tsx';
import { DtrStepper } from '../../pages/DtrStepper.tsx';
import { errorAt, useSimulateurForm } from '../useSimulateurForm.ts';
import { useDraft } from '../useDraft.ts';
import { choiceError } from '../validateSimulateur.ts';

/** Votre situation. */
export function SimSituation({ answers, dispatch, step, steps }: SimulateurPageProps) {
  const [situation, setSituation] = useDraft('situation', answers, dispatch);
  const { errors, onSubmit } = useSimulateurForm(
    () => [errorAt('caf-sim-situation', choiceError(situation))],
    () => dispatch({ type: 'save', answers: { situation } }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <SimulateurHeading title="Votre situation" />
      <DtrStepper step={step} steps={steps} />
      <ErrorSummary errors={errors} />
      <RadioGroup
        name="caf-sim-situation"
        target="caf.simulateur.situation"
        legend="Êtes-vous dans l’une de ces situations ?"
        options={situationOptions}
        value={situation}
        onValue={setSituation}
        error={errorOf(errors, 'caf-sim-situation')}
      />
      <SimulateurNav onPrevious={() => dispatch({ type: 'previous' })} />
    </form>
  );
}
