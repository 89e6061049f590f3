/**
 * After « Non » to « Êtes-vous toujours à la recherche d'un emploi ? »: the real consequence,
 * the end of the registration, to confirm or to change the answer.
 */
import { TargetButton } from '../../../framework/TargetButton.tsx';

export interface ActualisationEndOfSearchProps {
  onConfirm(): void;
  onChange(): void;
}

/** « Vous n'êtes plus à la recherche d'un emploi ». */
export function ActualisationEndOfSearch({ onConfirm, onChange }: ActualisationEndOfSearchProps) {
  return (
    <>
      <h1 tabIndex={-1}>Vous n’êtes plus à la recherche d’un emploi</h1>
      <div className="ft-alert ft-alert--warning">
        <p className="ft-alert__title">Attention</p>
        <p>
          Vous avez répondu « Non » à la question « Êtes-vous toujours à la recherche d’un emploi ? ». Si vous
          confirmez, votre inscription sur la liste des demandeurs d’emploi prendra fin et le versement de vos
          allocations sera interrompu.
        </p>
      </div>
      <div className="ft-actions">
        <TargetButton
          target="france-travail.actualisation.fin-recherche.modifier"
          className="ft-button ft-button--secondary"
          onPress={onChange}
        >
          Modifier ma réponse
        </TargetButton>
        <TargetButton
          target="france-travail.actualisation.fin-recherche.confirmer"
          className="ft-button ft-button--primary"
          onPress={onConfirm}
        >
          Confirmer
        </TargetButton>
      </div>
    </>
  );
}
