/** Votre logement: the kind of housing, and the aide au logement and its amount. */
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import type { SimulateurPageProps } from '../SimulateurPageProps.ts';
import { housingOptions, yesNoOptions } from '../simulateurOptions.ts';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import { SimTextField } from '../ui/SimTextField.tsx';
import { SimulateurHeading } from '../ui/SimulateurHeading.tsx';
import { SimulateurNav } from '../ui/SimulateurNav.tsx';
import { DtrStepper } from '../../pages/DtrStepper.tsx';
import { errorAt, useSimulateurForm } from '../useSimulateurForm.ts';
import { useDraft } from '../useDraft.ts';
import { amountError, choiceError } from '../validateSimulateur.ts';

/** Votre logement. */
export function SimLogement({ answers, dispatch, step, steps }: SimulateurPageProps) {
  const [logement, setLogement] = useDraft('logement', answers, dispatch);
  const [aideLogement, setAideLogement] = useDraft('aideLogement', answers, dispatch);
  const [montantAide, setMontantAide] = useDraft('montantAide', answers, dispatch, (v) => !amountError(v));
  // A person housed free of charge gets no aide au logement: the question is not asked.
  const asksAide = logement !== '' && logement !== 'heberge';
  const asksAmount = asksAide && aideLogement === 'oui';
  const { errors, onSubmit } = useSimulateurForm(
    () => [
      errorAt('caf-sim-logement', choiceError(logement)),
      asksAide ? errorAt('caf-sim-aide', choiceError(aideLogement)) : null,
      asksAmount ? errorAt('caf-sim-montant-aide', amountError(montantAide)) : null,
    ],
    () =>
      dispatch({
        type: 'save',
        answers: {
          logement,
          aideLogement: asksAide ? aideLogement : 'non',
          montantAide: asksAmount ? montantAide.trim() : '',
        },
      }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <SimulateurHeading title="Votre logement" />
      <DtrStepper step={step} steps={steps} />
      <ErrorSummary errors={errors} />
      <RadioGroup
        name="caf-sim-logement"
        target="caf.simulateur.logement.type"
        legend="Vous êtes :"
        options={housingOptions}
        value={logement}
        onValue={setLogement}
        error={errorOf(errors, 'caf-sim-logement')}
      />
      {asksAide && (
        <RadioGroup
          name="caf-sim-aide"
          target="caf.simulateur.logement.aide"
          legend="Percevez-vous une aide au logement ?"
          hint="APL, allocation de logement familiale (ALF) ou sociale (ALS)"
          options={yesNoOptions}
          inline
          value={aideLogement}
          onValue={setAideLogement}
          error={errorOf(errors, 'caf-sim-aide')}
        />
      )}
      {asksAmount && (
        <SimTextField
          id="caf-sim-montant-aide"
          target="caf.simulateur.logement.montant-aide"
          label="Montant mensuel de l’aide au logement (en euros)"
          hint="Exemple : 250,00"
          inputMode="decimal"
          className="caf-field--short"
          value={montantAide}
          onValue={setMontantAide}
          error={errorOf(errors, 'caf-sim-montant-aide')}
        />
      )}
      <SimulateurNav onPrevious={() => dispatch({ type: 'previous' })} />
    </form>
  );
}
