/** The title of a page of the claim, under the claim's name, and its progress. */
import { DtrStepper } from '../../pages/DtrStepper.tsx';

export interface DemandeHeadingProps {
  title: string;
  /** This page's place among the form's pages (1-based) and their number; no stepper without it. */
  step?: { step: number; steps: number };
}

export function DemandeHeading({ title, step }: DemandeHeadingProps) {
  return (
    <>
      <p className="caf-sim-kicker">Demande de prime d’activité</p>
      <h1 tabIndex={-1}>{title}</h1>
      {step && <DtrStepper step={step.step} steps={step.steps} />}
    </>
  );
}
