/** « Une personne du foyer a-t-elle perçu des revenus professionnels au cours des 3 derniers mois ? » */
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import type { SimulateurPageProps } from '../SimulateurPageProps.ts';
import { yesNoOptions } from '../simulateurOptions.ts';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import { SimulateurHeading } from '../ui/SimulateurHeading.tsx';
import { SimulateurNav } from '../ui/SimulateurNav.tsx';
import { DtrStepper } from '../../pages/DtrStepper.tsx';
import { errorAt, useSimulateurForm } from '../useSimulateurForm.ts';
import { useDraft } from '../useDraft.ts';
import { choiceError } from '../validateSimulateur.ts';

/** Vos revenus professionnels. */
export function SimRevenus({ answers, dispatch, step, steps }: SimulateurPageProps) {
  const [revenus, setRevenus] = useDraft('revenus', answers, dispatch);
  const { errors, onSubmit } = useSimulateurForm(
    () => [errorAt('caf-sim-revenus', choiceError(revenus))],
    () => dispatch({ type: 'save', answers: { revenus } }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <SimulateurHeading title="Vos revenus professionnels" />
      <DtrStepper step={step} steps={steps} />
      <ErrorSummary errors={errors} />
      <RadioGroup
        name="caf-sim-revenus"
        target="caf.simulateur.revenus"
        legend="Une personne du foyer a-t-elle perçu des revenus professionnels au cours des 3 derniers mois ?"
        hint="Salaires, revenus d’une activité indépendante, indemnités de stage ou d’apprentissage…"
        options={yesNoOptions}
        inline
        value={revenus}
        onValue={setRevenus}
        error={errorOf(errors, 'caf-sim-revenus')}
      />
      <SimulateurNav onPrevious={() => dispatch({ type: 'previous' })} />
    </form>
  );
}
