/**
 * « Mes ressources »: the quarterly declaration due (period, deadline) and the button to make it; once it is
 * sent, the way back to its confirmation and, on the practice site only, a way to make it again.
 */
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
  /** Practice only: the declaration's pages again, with the amounts sent; validating sends it anew. */
  onRedo(): void;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Mes ressources. */
export function Ressources({ p, dtr, onDeclare, onReview, onRedo }: RessourcesProps) {
  return (
    <>
      <h1 tabIndex={-1}>Mes ressources</h1>
      <section aria-labelledby="caf-ressources-dtr" className="caf-panel">
        <h2 id="caf-ressources-dtr">Déclaration trimestrielle de ressources</h2>
        <dl className="caf-facts">
          {p.caf.prestation && (
            <>
              <dt>Prestation</dt>
              <dd>{capitalised(p.caf.prestation)}</dd>
            </>
          )}
          <dt>Mois à déclarer</dt>
          <dd>{p.dtr.periode}</dd>
          <dt>À faire avant le</dt>
          <dd>{p.dtr.date_limite}</dd>
        </dl>
        {dtr.submitted ? (
          <>
            <div className="caf-alert caf-alert--success">
              <p>
                Déclaration transmise le {frenchDate(dtr.submitted.at)} (référence {dtr.submitted.reference}).
              </p>
              <TargetButton target="caf.ressources.revoir" className="caf-link" onPress={onReview}>
                Revoir la confirmation et le récapitulatif
              </TargetButton>
            </div>
            <div className="caf-alert caf-alert--info">
              <p>
                Ce bouton existe seulement sur le site d’entraînement. Sur le vrai site, une déclaration envoyée ne se
                refait pas : il faut prévenir la Caf.
              </p>
              <TargetButton
                target="caf.ressources.refaire"
                className="caf-button caf-button--secondary"
                onPress={onRedo}
              >
                Refaire la déclaration (site d’entraînement)
              </TargetButton>
            </div>
          </>
        ) : (
          <TargetButton target="caf.ressources.declarer" className="caf-button caf-button--primary" onPress={onDeclare}>
            Déclarer mes ressources trimestrielles
          </TargetButton>
        )}
      </section>
    </>
  );
}
