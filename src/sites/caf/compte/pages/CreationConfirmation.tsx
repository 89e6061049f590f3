/** « Votre compte est créé »: the learner is signed in; « Accéder à Mon Compte ». */
import { TargetButton } from '../../../framework/TargetButton.tsx';

/** The account is created. */
export function CreationConfirmation({ onContinue }: { onContinue(): void }) {
  return (
    <section className="caf-panel caf-narrow" aria-labelledby="caf-cree-title">
      <h1 id="caf-cree-title" tabIndex={-1}>
        Votre compte est créé
      </h1>
      <p className="caf-alert caf-alert--success" role="status">
        Votre compte caf.fr est créé. Pour vous connecter, utilisez votre numéro de sécurité sociale (13 chiffres) et
        votre mot de passe.
      </p>
      <TargetButton
        target="caf.compte.cree.continuer"
        className="caf-button caf-button--primary caf-button--wide"
        onPress={onContinue}
      >
        Accéder à Mon Compte
      </TargetButton>
    </section>
  );
}
