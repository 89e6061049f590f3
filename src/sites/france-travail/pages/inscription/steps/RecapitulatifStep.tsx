/** « Récapitulatif »: every step's answers, each step with its « Modifier » button. */
import { TargetButton } from '../../../../framework/TargetButton.tsx';
import { editableSteps, stepTitles, type FormStep } from '../../../registration/formSteps.ts';
import { summaryOf } from '../../../registration/summary.ts';
import type { StepProps } from './stepProps.ts';

export interface RecapitulatifStepProps extends StepProps {
  onModify(step: FormStep): void;
}

/** The summary of the form. */
export function RecapitulatifStep({ values, onModify }: RecapitulatifStepProps) {
  return (
    <>
      <p>Vérifiez vos réponses avant de choisir votre rendez-vous.</p>
      {editableSteps.map((step) => (
        <section key={step} className="ft-recap" aria-labelledby={`ft-recap-${step}`}>
          <div className="ft-recap__head">
            <h2 id={`ft-recap-${step}`}>{stepTitles[step]}</h2>
            <TargetButton
              target={`france-travail.inscription.recapitulatif.modifier.${step}`}
              className="ft-button ft-button--tertiary"
              aria-label={`Modifier : ${stepTitles[step]}`}
              onPress={() => onModify(step)}
            >
              Modifier
            </TargetButton>
          </div>
          <dl>
            {summaryOf(step, values).map(([label, answer]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
