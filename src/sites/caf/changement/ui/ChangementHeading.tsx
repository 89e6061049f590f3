/** The title of a page of the declaration, under its name, and « Étape n sur 4 ». */
import { DtrStepper } from '../../pages/DtrStepper.tsx';

export interface ChangementHeadingProps {
  title: string;
  /** 1-based; absent on the confirmation. */
  step?: number;
}

export function ChangementHeading({ title, step }: ChangementHeadingProps) {
  return (
    <>
      <p className="caf-sim-kicker">Déclarer un changement de situation</p>
      <h1 tabIndex={-1}>{title}</h1>
      {step !== undefined && <DtrStepper step={step} steps={4} />}
    </>
  );
}
