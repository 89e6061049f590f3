/** The start of the quarterly declaration: period, deadline, which amount and which month. */
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { CafPersona } from '../cafPersona.ts';

export interface DtrIntroProps {
  p: CafPersona;
  onStart(): void;
}

/** Déclaration trimestrielle de ressources: introduction. */
export function DtrIntro({ p, onStart }: DtrIntroProps) {
  return (
    <>
      <h1 tabIndex={-1}>Déclaration trimestrielle de ressources</h1>
      <p className="caf-lead">
        Mois à déclarer : <strong>{p.dtr.periode}</strong>. À faire avant le <strong>{p.dtr.date_limite}</strong>.
      </p>
      <section aria-labelledby="caf-dtr-how" className="caf-panel">
        <h2 id="caf-dtr-how">Comment ça marche ?</h2>
        <ol className="caf-steps">
          <li>La Caf a déjà rempli les montants qu’elle connaît. Vérifiez-les, mois par mois.</li>
          <li>Si un montant est faux, cliquez sur « Modifier ».</li>
          <li>Ajoutez les ressources que la Caf ne connaît pas (« Ajouter une ressource »).</li>
          <li>Relisez, puis validez votre déclaration.</li>
        </ol>
      </section>
      <section aria-labelledby="caf-dtr-net" className="caf-panel">
        <h2 id="caf-dtr-net">Quel montant déclarer ?</h2>
        <p>
          Déclarez le <strong>montant net social</strong>. Il est écrit sur votre bulletin de salaire, sous le nom «
          Montant net social ». Ce n’est ni le salaire brut, ni le « net à payer ».
        </p>
      </section>
      <section aria-labelledby="caf-dtr-month" className="caf-panel">
        <h2 id="caf-dtr-month">Dans quel mois ?</h2>
        <p>
          Déclarez chaque somme dans le <strong>mois où vous avez reçu l’argent</strong>, et non dans le mois où vous
          avez travaillé. Par exemple, un salaire de juillet payé le 2 août se déclare en août.
        </p>
      </section>
      <TargetButton target="caf.dtr.start" className="caf-button caf-button--primary" onPress={onStart}>
        Commencer ma déclaration
      </TargetButton>
    </>
  );
}
