/** « Précédent » and « Suivant » under a page of the declaration (« Suivant » sends the page's form). */
import { TargetButton } from '../../../framework/TargetButton.tsx';

export interface ChangementNavProps {
  /** Absent on the first page. */
  onPrevious?: () => void;
}

export function ChangementNav({ onPrevious }: ChangementNavProps) {
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
      <button type="submit" className="caf-button caf-button--primary" data-target="caf.changement.suivant">
        Suivant
      </button>
    </div>
  );
}
