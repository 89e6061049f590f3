/** « Étape 2 sur 3 »: where the learner is in the declaration. */

export interface DtrStepperProps {
  /** 1-based. */
  step: number;
  steps: number;
}

/** The declaration's progress, as text and as a bar. */
export function DtrStepper({ step, steps }: DtrStepperProps) {
  return (
    <div className="caf-stepper">
      <p>
        Étape {step} sur {steps}
      </p>
      <div className="caf-stepper__bar" aria-hidden="true">
        {Array.from({ length: steps }, (_, i) => (
          <span key={i} className={i < step ? 'caf-stepper__done' : undefined} />
        ))}
      </div>
    </div>
  );
}
