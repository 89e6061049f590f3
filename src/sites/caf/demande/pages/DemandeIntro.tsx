/** « Demande de prime d'activité »: what the claim asks for, and « Commencer ma demande ». */
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { DemandeHeading } from '../ui/DemandeHeading.tsx';

export interface DemandeIntroProps {
  months: readonly [string, string, string];
  onStart(): void;
}

export function DemandeIntro({ months, onStart }: DemandeIntroProps) {
  return (
    <>
      <DemandeHeading title="Demande de prime d’activité" />
      <p>
        Votre demande porte sur les ressources de votre foyer des 3 derniers mois : {months[0].toLowerCase()},{' '}
        {months[1].toLowerCase()} et {months[2].toLowerCase()}.
      </p>
      <p>Munissez-vous de :</p>
      <ul>
        <li>vos bulletins de salaire et ceux de votre conjoint ;</li>
        <li>vos autres justificatifs de ressources (allocations chômage, revenus d’activité indépendante) ;</li>
        <li>votre relevé d’identité bancaire (RIB).</li>
      </ul>
      <p className="caf-muted">Durée estimée : 15 minutes.</p>
      <div className="caf-actions">
        <TargetButton target="caf.demande.commencer" className="caf-button caf-button--primary" onPress={onStart}>
          Commencer ma demande
        </TargetButton>
      </div>
    </>
  );
}
