/** « Préparez vos documents »: what to have at hand, then « Commencer mon inscription ». */
import { TargetButton } from '../../../framework/TargetButton.tsx';

export interface PiecesProps {
  signedIn: boolean;
  onStart(): void;
  onLogin(): void;
}

/** The list of documents to have. */
export function Pieces({ signedIn, onStart, onLogin }: PiecesProps) {
  return (
    <section className="ft-panel" aria-labelledby="ft-pieces-title">
      <h1 id="ft-pieces-title" tabIndex={-1}>
        Préparez vos documents
      </h1>
      <p>Pour vous inscrire, gardez près de vous :</p>
      <ul className="ft-list ft-list--documents">
        <li>votre pièce d’identité (carte d’identité, passeport ou titre de séjour) en cours de validité ;</li>
        <li>votre carte Vitale ou votre attestation de droits (numéro de sécurité sociale) ;</li>
        <li>vos attestations employeur et vos derniers bulletins de salaire ;</li>
        <li>un RIB (relevé d’identité bancaire) à votre nom ;</li>
        <li>votre CV, si vous en avez un.</li>
      </ul>
      <p>Vous transmettrez les copies de ces documents depuis votre espace personnel, à la fin de votre inscription.</p>
      <TargetButton
        target="france-travail.inscription.pieces.commencer"
        className="ft-button ft-button--primary"
        onPress={onStart}
      >
        Commencer mon inscription
      </TargetButton>
      {!signedIn && (
        <p className="ft-muted ft-spaced">
          <TargetButton target="france-travail.inscription.pieces.connexion" className="ft-link" onPress={onLogin}>
            J’ai déjà un espace personnel : me connecter
          </TargetButton>
        </p>
      )}
    </section>
  );
}
