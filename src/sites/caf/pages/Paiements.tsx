/**
 * « Mes paiements et mes droits »: the persona's benefit, and « Mes ressources », the second way
 * to the quarterly declaration (« Mes paiements et mes droits » → « Mes ressources » →
 * « Déclarer », procedures.md 1.1 B). The payments themselves are not copied.
 */
import { frenchDate } from '../../../french/index.ts';
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { CafPersona } from '../cafPersona.ts';
import type { DtrState } from '../dtrReducer.ts';

export interface PaiementsProps {
  p: CafPersona;
  dtr: DtrState;
  /** « Mes ressources »: the resources page, where the declaration starts. */
  onRessources(): void;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Mes paiements et mes droits. */
export function Paiements({ p, dtr, onRessources }: PaiementsProps) {
  return (
    <>
      <h1 tabIndex={-1}>Mes paiements et mes droits</h1>
      <section aria-labelledby="caf-paiements-droits" className="caf-section">
        <h2 id="caf-paiements-droits">Mes droits</h2>
        <div className="caf-cards">
          <div className="caf-card">
            <h3>{p.caf.prestation ? capitalised(p.caf.prestation) : 'Aucun droit en cours'}</h3>
            {p.caf.prestation && <p>Droit ouvert</p>}
          </div>
        </div>
      </section>
      <section aria-labelledby="caf-paiements-ressources" className="caf-section">
        <h2 id="caf-paiements-ressources">Mes ressources</h2>
        <p>
          {dtr.submitted
            ? `Déclaration trimestrielle de ressources transmise le ${frenchDate(dtr.submitted.at)}.`
            : `Déclaration trimestrielle de ressources à faire avant le ${p.dtr.date_limite}.`}
        </p>
        <TargetButton
          target="caf.paiements.ressources"
          className="caf-button caf-button--secondary"
          onPress={onRessources}
        >
          Mes ressources
        </TargetButton>
      </section>
      <section aria-labelledby="caf-paiements-paiements" className="caf-section">
        <h2 id="caf-paiements-paiements">Mes paiements</h2>
        <p className="caf-alert caf-alert--info">Le détail des paiements n’est pas reproduit dans l’entraînement.</p>
      </section>
    </>
  );
}
