/** « M'actualiser » outside the window: when the next update opens and closes. */
import { frenchDate } from '../../../../french/index.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import type { ActualisationWindow } from '../actualisationWindow.ts';

export interface ActualisationClosedProps {
  window: ActualisationWindow;
  onExit(): void;
}

/** « L'actualisation n'est pas encore ouverte ». */
export function ActualisationClosed({ window, onExit }: ActualisationClosedProps) {
  return (
    <>
      <h1 tabIndex={-1}>M’actualiser</h1>
      <div className="ft-alert ft-alert--info">
        <p className="ft-alert__title">L’actualisation n’est pas encore ouverte.</p>
        <p>
          Vous pourrez vous actualiser pour le mois de {window.month} du {frenchDate(window.opensOn.getTime())} au{' '}
          {frenchDate(window.closesOn.getTime())} inclus.
        </p>
      </div>
      <TargetButton target="france-travail.actualisation.retour" className="ft-link" onPress={onExit}>
        Retour à mon espace
      </TargetButton>
    </>
  );
}
