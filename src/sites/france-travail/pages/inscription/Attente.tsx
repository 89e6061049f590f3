/** Still under contract or notice: registration opens the day after it ends. */
import { parseFrenchDate } from '../../../../french/index.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { dayAfter } from '../../registration/days.ts';

export interface AttenteProps {
  /** The end date the learner gave, `JJ/MM/AAAA`. */
  dateFin: string;
  onHome(): void;
}

/** « Vous ne pouvez pas encore vous inscrire ». */
export function Attente({ dateFin, onHome }: AttenteProps) {
  const end = parseFrenchDate(dateFin);
  return (
    <section className="ft-panel" aria-labelledby="ft-attente-title">
      <h1 id="ft-attente-title" tabIndex={-1}>
        Vous ne pouvez pas encore vous inscrire
      </h1>
      <div className="ft-alert ft-alert--info">
        <p>Votre contrat ou votre préavis se termine le {dateFin.trim()}.</p>
        {end && (
          <p>
            Vous pourrez vous inscrire à partir du <strong>{dayAfter(end)}</strong>, le lendemain de la fin de votre
            contrat.
          </p>
        )}
      </div>
      <TargetButton
        target="france-travail.inscription.attente.accueil"
        className="ft-button ft-button--primary"
        onPress={onHome}
      >
        Retour à l’accueil
      </TargetButton>
    </section>
  );
}
