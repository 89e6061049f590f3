/** « Mes ressources »: what the quarterly declaration is, and the button to make it. */
import { TargetButton } from '../../framework/TargetButton.tsx';
import { frenchDate } from '../../../french/index.ts';
import type { CafPersona } from '../cafPersona.ts';
import type { DtrState } from '../dtrReducer.ts';

export interface RessourcesProps {
  p: CafPersona;
  dtr: DtrState;
  onDeclare(): void;
  /** Back to the confirmation page of the declaration already sent. */
  onReview(): void;
}

/** Mes ressources. */
export function Ressources({ p, dtr, onDeclare, onReview }: RessourcesProps) {
  return (
    <>
      <h1 tabIndex={-1}>Mes ressources</h1>
      <section aria-labelledby="caf-ressources-dtr" className="caf-panel">
        <h2 id="caf-ressources-dtr">Déclaration trimestrielle de ressources</h2>
        <p>
          {p.caf.prestation ? `Vous recevez la ${p.caf.prestation}. ` : ''}Tous les 3 mois, vous devez déclarer les
          ressources de votre foyer. Sans déclaration, vos paiements s’arrêtent.
        </p>
        <dl className="caf-facts">
          <dt>Mois à déclarer</dt>
          <dd>{p.dtr.periode}</dd>
          <dt>À faire avant le</dt>
          <dd>{p.dtr.date_limite}</dd>
        </dl>
        {dtr.submitted ? (
          <div className="caf-alert caf-alert--success">
            <p>
              Déclaration enregistrée le {frenchDate(dtr.submitted.at)} (référence {dtr.submitted.reference}).
            </p>
            <button type="button" className="caf-link" onClick={onReview}>
              Revoir la confirmation et l’accusé de réception
            </button>
          </div>
        ) : (
          <TargetButton target="caf.ressources.declarer" className="caf-button caf-button--primary" onPress={onDeclare}>
            Déclarer mes ressources trimestrielles
          </TargetButton>
        )}
      </section>
    </>
  );
}
