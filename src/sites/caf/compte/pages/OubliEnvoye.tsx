/**
 * « Vérifiez votre messagerie »: the same answer whether an account matches the number and the
 * date or not, as the real site never says whether an account exists.
 */
import { TargetButton } from '../../../framework/TargetButton.tsx';

/** The request is sent. */
export function OubliEnvoye({ onBack }: { onBack(): void }) {
  return (
    <section className="caf-panel caf-narrow" aria-labelledby="caf-oubli-envoye-title">
      <h1 id="caf-oubli-envoye-title" tabIndex={-1}>
        Vérifiez votre messagerie
      </h1>
      <div className="caf-alert caf-alert--info" role="status">
        <p>
          Si les informations saisies correspondent à un compte, un courriel vient d’être envoyé à l’adresse
          électronique de ce compte.
        </p>
      </div>
      <p>Cliquez sur le lien « Réinitialiser mon mot de passe » de ce courriel. Ce lien est valable 24 heures.</p>
      <p className="caf-muted">
        Vous n’avez pas reçu de courriel ? Regardez aussi dans le dossier « Courrier indésirable » de votre messagerie.
      </p>
      <p>
        <TargetButton target="caf.compte.envoye.retour" className="caf-link" onPress={onBack}>
          Retour à la connexion
        </TargetButton>
      </p>
    </section>
  );
}
