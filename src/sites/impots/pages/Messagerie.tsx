/** « Messagerie sécurisée »: not copied on the practice site. */
import { TargetButton } from '../../framework/TargetButton.tsx';

/** The secure messaging page (a stub). */
export function Messagerie({ onBack }: { onBack(): void }) {
  return (
    <section className="impots-panel" aria-labelledby="impots-messagerie-title">
      <h1 id="impots-messagerie-title" tabIndex={-1}>
        Messagerie sécurisée
      </h1>
      <p className="impots-alert impots-alert--info">
        Site d’entraînement : la messagerie sécurisée n’est pas reproduite.
      </p>
      <TargetButton target="impots.messagerie.retour" className="impots-link" onPress={onBack}>
        Retour à l’accueil
      </TargetButton>
    </section>
  );
}
