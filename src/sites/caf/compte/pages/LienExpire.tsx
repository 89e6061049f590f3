/** « Ce lien n'est plus valable »: the reset link was opened after its 24 hours, or has served. */
import { TargetButton } from '../../../framework/TargetButton.tsx';

/** The link expired. */
export function LienExpire({ onNewRequest }: { onNewRequest(): void }) {
  return (
    <section className="caf-panel caf-narrow" aria-labelledby="caf-lien-expire-title">
      <h1 id="caf-lien-expire-title" tabIndex={-1}>
        Ce lien n’est plus valable
      </h1>
      <p className="caf-alert caf-alert--error">
        Le lien de réinitialisation de votre mot de passe a expiré ou a déjà servi. Il est valable 24 heures et une
        seule fois.
      </p>
      <TargetButton
        target="caf.compte.lien-expire.nouvelle-demande"
        className="caf-button caf-button--primary caf-button--wide"
        onPress={onNewRequest}
      >
        Faire une nouvelle demande
      </TargetButton>
    </section>
  );
}
