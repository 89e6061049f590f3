/** « Votre espace particulier est activé », once the activation link was opened in time. */
import { TargetButton } from '../../framework/TargetButton.tsx';

/** The page the activation link opens. */
export function ActivationDone({ onAccess }: { onAccess(): void }) {
  return (
    <section className="impots-panel impots-narrow" aria-labelledby="impots-activee-title">
      <h1 id="impots-activee-title" tabIndex={-1}>
        Votre espace particulier est activé
      </h1>
      <p className="impots-alert impots-alert--success">
        Félicitations, votre espace particulier a bien été créé. Vous pouvez maintenant vous connecter avec votre numéro
        fiscal et votre mot de passe.
      </p>
      <TargetButton
        target="impots.creation.acceder"
        className="impots-button impots-button--primary"
        onPress={onAccess}
      >
        Accéder à mon espace
      </TargetButton>
    </section>
  );
}
