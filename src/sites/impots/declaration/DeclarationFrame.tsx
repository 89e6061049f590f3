/** The frame of the declaration's pages: « Déclaration des revenus 2025 », the steps, the page's title. */
import type { ReactNode } from 'react';
import { TargetButton } from '../../framework/TargetButton.tsx';

const steps = ['État civil et situation du foyer', 'Revenus et charges', 'Récapitulatif'] as const;

export interface DeclarationFrameProps {
  incomeYear: number;
  /** 1, 2 or 3. */
  step: 1 | 2 | 3;
  children: ReactNode;
}

/** One page of the declaration. */
export function DeclarationFrame({ incomeYear, step, children }: DeclarationFrameProps) {
  return (
    <section className="impots-panel impots-declaration" aria-labelledby="impots-declaration-title">
      <p className="impots-declaration__kicker">Déclaration des revenus {incomeYear}</p>
      <h1 id="impots-declaration-title" tabIndex={-1}>
        {steps[step - 1]}
      </h1>
      <ol className="impots-steps" aria-label="Étapes de la déclaration">
        {steps.map((title, index) => (
          <li key={title} aria-current={index + 1 === step ? 'step' : undefined}>
            <span className="impots-steps__number">{index + 1}</span> {title}
          </li>
        ))}
      </ol>
      {children}
    </section>
  );
}

/** « Étape précédente ». */
export function PreviousStep({ onPress }: { onPress(): void }) {
  return (
    <TargetButton
      target="impots.declaration.precedent"
      className="impots-button impots-button--secondary"
      onPress={onPress}
    >
      Étape précédente
    </TargetButton>
  );
}
