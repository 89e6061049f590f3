/** The end of a simulation without professional income. */
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { SimulateurHeading } from '../ui/SimulateurHeading.tsx';

export interface SimNonEligibleProps {
  onModify(): void;
}

/** Vous ne pouvez pas bénéficier de la prime d'activité. */
export function SimNonEligible({ onModify }: SimNonEligibleProps) {
  return (
    <>
      <SimulateurHeading title="Vous ne pouvez pas bénéficier de la prime d’activité" />
      <div className="caf-alert caf-alert--info">
        <p>
          La prime d’activité complète les revenus des personnes qui exercent une activité professionnelle. D’après
          votre réponse, aucune personne de votre foyer n’a perçu de revenus professionnels au cours des 3 derniers
          mois.
        </p>
      </div>
      <div className="caf-actions">
        <TargetButton
          target="caf.simulateur.non-eligible.modifier"
          className="caf-button caf-button--secondary"
          onPress={onModify}
        >
          Modifier ma réponse
        </TargetButton>
      </div>
    </>
  );
}
