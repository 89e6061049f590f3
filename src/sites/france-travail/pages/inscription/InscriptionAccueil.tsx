/** « S’inscrire, se réinscrire »: what the registration is, and « Je commence ». */
import { TargetButton } from '../../../framework/TargetButton.tsx';

export interface InscriptionAccueilProps {
  signedIn: boolean;
  onStart(): void;
  onLogin(): void;
}

/** The registration's first page. */
export function InscriptionAccueil({ signedIn, onStart, onLogin }: InscriptionAccueilProps) {
  return (
    <section className="ft-panel" aria-labelledby="ft-inscription-title">
      <h1 id="ft-inscription-title" tabIndex={-1}>
        S’inscrire, se réinscrire
      </h1>
      <p>
        Inscrivez-vous comme demandeur d’emploi dès le lendemain de la fin de votre contrat de travail. Votre
        inscription vaut aussi demande d’allocation.
      </p>
      <h2>Comment ça se passe ?</h2>
      <ol className="ft-list">
        <li>Vous répondez à quelques questions sur votre situation.</li>
        <li>Vous créez votre espace personnel, si vous n’en avez pas encore.</li>
        <li>Vous complétez le formulaire d’inscription, étape par étape.</li>
        <li>Vous choisissez la date de votre premier rendez-vous avec un conseiller.</li>
      </ol>
      <p>Comptez environ 30 minutes. Vous pouvez enregistrer votre inscription et la reprendre plus tard.</p>
      <TargetButton
        target="france-travail.inscription.commencer"
        className="ft-button ft-button--primary"
        onPress={onStart}
      >
        Je commence
      </TargetButton>
      {!signedIn && (
        <p className="ft-muted ft-spaced">
          Vous avez déjà commencé votre inscription ?{' '}
          <TargetButton target="france-travail.inscription.se-connecter" className="ft-link" onPress={onLogin}>
            Me connecter pour reprendre mon inscription
          </TargetButton>
        </p>
      )}
    </section>
  );
}
