/** The start of the quarterly declaration: the period and the deadline. */
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { CafPersona } from '../cafPersona.ts';

export interface DtrIntroProps {
  p: CafPersona;
  onStart(): void;
}

/** Déclaration trimestrielle de ressources: introduction. */
export function DtrIntro({ p, onStart }: DtrIntroProps) {
  return (
    <>
      <h1 tabIndex={-1}>Déclaration trimestrielle de ressources</h1>
      <p className="caf-lead">
        Mois à déclarer : <strong>{p.dtr.periode}</strong>. À faire avant le <strong>{p.dtr.date_limite}</strong>.
      </p>
      <TargetButton target="caf.dtr.start" className="caf-button caf-button--primary" onPress={onStart}>
        Commencer ma déclaration
      </TargetButton>
    </>
  );
}
