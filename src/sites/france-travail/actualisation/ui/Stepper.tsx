/** « Étape 1 sur 3 — Ma situation »: where the learner is in the update. */

export interface StepperProps {
  /** The current step's name. */
  current: 'Ma situation' | 'Mes employeurs' | 'Récapitulatif';
  /** Whether the update has the employers' step (the learner worked). */
  withEmployers: boolean;
}

/** The update's step line. */
export function Stepper({ current, withEmployers }: StepperProps) {
  const steps = withEmployers ? ['Ma situation', 'Mes employeurs', 'Récapitulatif'] : ['Ma situation', 'Récapitulatif'];
  return (
    <p className="fta-stepper">
      Étape {steps.indexOf(current) + 1} sur {steps.length} <span aria-hidden="true">—</span> {current}
    </p>
  );
}
