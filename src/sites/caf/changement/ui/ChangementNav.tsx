/** « Précédent » and « Suivant » under a page of the declaration (« Suivant » sends the page's form). */
import { TargetButton } from '../../../framework/TargetButton.tsx';
import type { ChangementTarget } from '../changementTargets.ts';

export interface ChangementNavProps {
  /** The target of this page's « Suivant ». */
  next: ChangementTarget;
  /** Absent on the first page. */
  onPrevious?: () => void;
}

export function ChangementNav({ next, onPrevious }: ChangementNavProps) {
  return (
    <div className="caf-actions caf-actions--nav">
      {onPrevious && (
        <TargetButton
          target="caf.changement.precedent"
          className="caf-button caf-button--secondary"
          onPress={onPrevious}
        >
          Précédent
        </TargetButton>
      )}
      <button type="submit" className="caf-button caf-button--primary" data-target={next}>
        Suivant
      </button>
    </div>
  );
}
