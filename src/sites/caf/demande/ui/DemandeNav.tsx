/** « Précédent » and « Suivant » under a page of the claim (« Suivant » sends the page's form). */
import { TargetButton } from '../../../framework/TargetButton.tsx';

export interface DemandeNavProps {
  onPrevious(): void;
  /** (default: « Suivant ») */
  nextLabel?: string;
}

export function DemandeNav({ onPrevious, nextLabel = 'Suivant' }: DemandeNavProps) {
  return (
    <div className="caf-actions caf-actions--nav">
      <TargetButton target="caf.demande.precedent" className="caf-button caf-button--secondary" onPress={onPrevious}>
        Précédent
      </TargetButton>
      <button type="submit" className="caf-button caf-button--primary" data-target="caf.demande.suivant">
        {nextLabel}
      </button>
    </div>
  );
}
