/** « Précédent » and « Suivant » under a question page (« Suivant » sends the page's form). */
import { TargetButton } from '../../../framework/TargetButton.tsx';

export interface SimulateurNavProps {
  /** Absent on the first page. */
  onPrevious?: () => void;
}

export function SimulateurNav({ onPrevious }: SimulateurNavProps) {
  return (
    <div className="caf-actions caf-actions--nav">
      {onPrevious && (
        <TargetButton
          target="caf.simulateur.previous"
          className="caf-button caf-button--secondary"
          onPress={onPrevious}
        >
          Précédent
        </TargetButton>
      )}
      <button type="submit" className="caf-button caf-button--primary" data-target="caf.simulateur.next">
        Suivant
      </button>
    </div>
  );
}
