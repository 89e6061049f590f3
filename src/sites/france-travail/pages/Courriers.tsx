/** « Mes courriers »: the letters France Travail sent (here, the convocation once registered). */
import { frenchDate } from '../../../french/index.ts';
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { Submitted } from '../registration/inscriptionReducer.ts';

export interface CourriersProps {
  submitted: Submitted | null;
  onConvocation(): void;
  onBack(): void;
}

/** The letters page. */
export function Courriers({ submitted, onConvocation, onBack }: CourriersProps) {
  return (
    <section className="ft-panel" aria-labelledby="ft-courriers-title">
      <TargetButton target="france-travail.espace.retour" className="ft-link ft-back" onPress={onBack}>
        Retour à mon espace
      </TargetButton>
      <h1 id="ft-courriers-title" tabIndex={-1}>
        Mes courriers
      </h1>
      {submitted ? (
        <table className="ft-table">
          <caption className="ft-sr-only">Vos courriers, du plus récent au plus ancien</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Courrier</th>
              <th scope="col">Document</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{frenchDate(submitted.at)}</td>
              <td>Convocation à un entretien</td>
              <td>
                <TargetButton
                  target="france-travail.convocation.telecharger"
                  className="ft-link ft-download"
                  onPress={onConvocation}
                >
                  Télécharger ma convocation (PDF)
                </TargetButton>
              </td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p>Vous n’avez aucun courrier.</p>
      )}
    </section>
  );
}
