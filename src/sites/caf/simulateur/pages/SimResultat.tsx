/**
 * The simulation's result: the estimated monthly amount, said to be an estimate, with the detail
 * of the calculation and its scale, and the invitation to apply; or why nothing would be paid.
 */
import { formatAmount } from '../../../../french/index.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import type { NotEligibleReason, PrimeEstimate } from '../../primeActivite/index.ts';
import { SimulateurHeading } from '../ui/SimulateurHeading.tsx';

export interface SimResultatProps {
  estimate: PrimeEstimate;
  onDemande(): void;
  onModify(): void;
  onPrevious(): void;
  onRestart(): void;
}

const euros = (amount: number) => formatAmount(Math.round(amount * 100));

const reasons: Record<NotEligibleReason, (estimate: PrimeEstimate) => string> = {
  'no-professional-income': () =>
    'Aucune personne de votre foyer n’a perçu de revenus professionnels au cours des 3 derniers mois.',
  'student-income': () =>
    'Étudiant, apprenti ou stagiaire : vos revenus d’activité doivent dépasser un montant minimum chaque mois.',
  'too-high': () => 'Les ressources de votre foyer sont trop élevées.',
  'under-minimum': (e) =>
    `Le montant calculé (${euros(e.computed)}) est inférieur à 15 € par mois : la prime d’activité n’est pas versée.`,
};

/** Résultat de votre simulation. */
export function SimResultat({ estimate, onDemande, onModify, onPrevious, onRestart }: SimResultatProps) {
  return (
    <>
      <SimulateurHeading title="Résultat de votre simulation" />
      {estimate.eligible ? (
        <section className="caf-sim-result" aria-labelledby="caf-sim-result-title">
          <h2 id="caf-sim-result-title">Votre droit estimé à la prime d’activité</h2>
          <p className="caf-sim-result__amount">
            <strong>{euros(estimate.amount)}</strong> par mois
          </p>
          <p>
            Ce montant est une estimation, calculée à partir des informations que vous avez saisies. Il ne constitue pas
            une décision de la Caf : votre droit sera calculé lors de l’étude de votre demande.
          </p>
        </section>
      ) : (
        <section className="caf-sim-result caf-sim-result--none" aria-labelledby="caf-sim-result-title">
          <h2 id="caf-sim-result-title">
            D’après les informations saisies, vous ne pouvez pas bénéficier de la prime d’activité
          </h2>
          <p>{estimate.reason ? reasons[estimate.reason](estimate) : ''}</p>
          <p>Ce résultat est une estimation. Il ne constitue pas une décision de la Caf.</p>
        </section>
      )}
      <section aria-labelledby="caf-sim-detail" className="caf-section">
        <h2 id="caf-sim-detail">Détail du calcul</h2>
        <table className="caf-table caf-sim-detail">
          <caption className="caf-sr-only">Détail du calcul, montants par mois</caption>
          <tbody>
            {estimate.lines.map((line) => (
              <tr key={line.label} className={line.sign === '=' ? 'caf-sim-detail__total' : undefined}>
                <th scope="row">{line.label}</th>
                <td>
                  {line.sign === '=' ? '' : `${line.sign === '+' ? '+' : '−'} `}
                  {euros(line.amount)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="caf-muted">{estimate.scale}. Calcul sur la moyenne des ressources des 3 derniers mois.</p>
      </section>
      <div className="caf-actions">
        {estimate.eligible && (
          <TargetButton
            target="caf.simulateur.resultat.demande"
            className="caf-button caf-button--primary"
            onPress={onDemande}
          >
            Faire une demande
          </TargetButton>
        )}
        <TargetButton
          target="caf.simulateur.resultat.modifier"
          className="caf-button caf-button--secondary"
          onPress={onModify}
        >
          Modifier mes réponses
        </TargetButton>
        <TargetButton
          target="caf.simulateur.resultat.nouvelle"
          className="caf-button caf-button--secondary"
          onPress={onRestart}
        >
          Faire une nouvelle simulation
        </TargetButton>
      </div>
      <div className="caf-actions caf-actions--nav">
        <TargetButton
          target="caf.simulateur.previous"
          className="caf-button caf-button--secondary"
          onPress={onPrevious}
        >
          Précédent
        </TargetButton>
      </div>
    </>
  );
}
