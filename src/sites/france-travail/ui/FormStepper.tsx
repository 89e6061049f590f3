/**
 * The registration's steps: « Étape 3 sur 9 », then each step, a link for those already reached
 * (the learner may go back to any), the current one marked `aria-current="step"`.
 */
import { TargetButton } from '../../framework/TargetButton.tsx';
import { formSteps, stepTitles, type FormStep } from '../registration/formSteps.ts';

export interface FormStepperProps {
  current: FormStep;
  reached: readonly FormStep[];
  go(step: FormStep): void;
}

/** The stepper above each step of the form. */
export function FormStepper({ current, reached, go }: FormStepperProps) {
  return (
    <nav className="ft-stepper" aria-label="Étapes de l’inscription">
      <p className="ft-stepper__count">
        Étape {formSteps.indexOf(current) + 1} sur {formSteps.length}
      </p>
      <ol>
        {formSteps.map((step, index) => {
          const title = `${index + 1}. ${stepTitles[step]}`;
          if (step === current)
            return (
              <li key={step} className="ft-stepper__current" aria-current="step">
                {title}
              </li>
            );
          if (reached.includes(step))
            return (
              <li key={step} className="ft-stepper__done">
                <TargetButton
                  target={`france-travail.inscription.etape.${step}`}
                  className="ft-link"
                  onPress={() => go(step)}
                >
                  {title}
                </TargetButton>
              </li>
            );
          return (
            <li key={step} className="ft-stepper__todo">
              {title}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
