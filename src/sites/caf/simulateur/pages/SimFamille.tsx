/** Votre famille: couple, children, and for a person alone with children, a child under 3. */
import { useChooseTarget } from '../../../framework/useChooseTarget.ts';
import { describedBy, Field } from '../../../framework/ui/Field.tsx';
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import type { SimulateurPageProps } from '../SimulateurPageProps.ts';
import { yesNoOptions } from '../simulateurOptions.ts';
import { childCounts, type SimulateurAnswers } from '../simulateurReducer.ts';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import { SimulateurHeading } from '../ui/SimulateurHeading.tsx';
import { SimulateurNav } from '../ui/SimulateurNav.tsx';
import { DtrStepper } from '../../pages/DtrStepper.tsx';
import { errorAt, useSimulateurForm } from '../useSimulateurForm.ts';
import { useDraft } from '../useDraft.ts';
import { choiceError } from '../validateSimulateur.ts';

/** Votre famille. */
export function SimFamille({ answers, dispatch, step, steps }: SimulateurPageProps) {
  const [couple, setCouple] = useDraft('couple', answers, dispatch);
  const [enfants, setEnfants] = useDraft('enfants', answers, dispatch);
  const [moinsDe3Ans, setMoinsDe3Ans] = useDraft('moinsDe3Ans', answers, dispatch);
  const enfantsTarget = useChooseTarget('caf.simulateur.famille.enfants', (v) =>
    setEnfants(v as SimulateurAnswers['enfants']),
  );
  const asksYoungest = couple === 'non' && enfants !== '' && enfants !== '0';
  const { errors, onSubmit } = useSimulateurForm(
    () => [
      errorAt('caf-sim-couple', choiceError(couple)),
      errorAt('caf-sim-enfants', enfants === '' ? 'Indiquez le nombre d’enfants à charge.' : null),
      asksYoungest ? errorAt('caf-sim-moins-3-ans', choiceError(moinsDe3Ans)) : null,
    ],
    () => dispatch({ type: 'save', answers: { couple, enfants, moinsDe3Ans: asksYoungest ? moinsDe3Ans : '' } }),
  );
  const enfantsError = errorOf(errors, 'caf-sim-enfants');
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <SimulateurHeading title="Votre famille" />
      <DtrStepper step={step} steps={steps} />
      <ErrorSummary errors={errors} />
      <RadioGroup
        name="caf-sim-couple"
        target="caf.simulateur.famille.couple"
        legend="Vivez-vous en couple ?"
        hint="Marié(e), pacsé(e) ou en union libre"
        options={yesNoOptions}
        inline
        value={couple}
        onValue={setCouple}
        error={errorOf(errors, 'caf-sim-couple')}
      />
      <Field
        classPrefix="caf"
        id="caf-sim-enfants"
        label="Nombre d’enfants à charge"
        hint="Enfants de moins de 25 ans qui vivent avec vous"
        error={enfantsError}
        errorPlacement="after"
        className="caf-field--short"
      >
        <select
          id="caf-sim-enfants"
          {...enfantsTarget}
          value={enfants}
          aria-invalid={enfantsError ? true : undefined}
          aria-describedby={describedBy('caf-sim-enfants', 'hint', enfantsError)}
        >
          <option value="">Choisissez</option>
          {childCounts.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      {asksYoungest && (
        <RadioGroup
          name="caf-sim-moins-3-ans"
          target="caf.simulateur.famille.moins-de-3-ans"
          legend="Votre plus jeune enfant a-t-il moins de 3 ans ?"
          options={yesNoOptions}
          inline
          value={moinsDe3Ans}
          onValue={setMoinsDe3Ans}
          error={errorOf(errors, 'caf-sim-moins-3-ans')}
        />
      )}
      <SimulateurNav onPrevious={() => dispatch({ type: 'previous' })} />
    </form>
  );
}
