/**
 * The francetravail.fr header: a plain text name « France Travail (entraînement) » (no logo),
 * « Candidat », and « Se connecter » (« Mon espace » once signed in) with « Se déconnecter ».
 */
import { TargetButton } from '../../framework/TargetButton.tsx';

export interface FtHeaderProps {
  signedIn: boolean;
  onHome(): void;
  onAccount(): void;
  onLogout(): void;
}

/** The site header, on every page. */
export function FtHeader({ signedIn, onHome, onAccount, onLogout }: FtHeaderProps) {
  return (
    <header className="ft-header">
      <TargetButton
        target="france-travail.header.logo"
        className="ft-wordmark"
        aria-label="France Travail (entraînement), accueil"
        onPress={onHome}
      >
        <span className="ft-wordmark__name">France Travail</span>
        <span className="ft-wordmark__practice">(entraînement)</span>
      </TargetButton>
      <p className="ft-header__audience">Candidat</p>
      <div className="ft-header__tools">
        <TargetButton
          target="france-travail.header.connexion"
          className="ft-button ft-button--account"
          onPress={onAccount}
        >
          <span aria-hidden="true" className="ft-icon-user" />
          {signedIn ? 'Mon espace' : 'Se connecter'}
        </TargetButton>
        {signedIn && (
          <TargetButton
            target="france-travail.header.deconnexion"
            className="ft-button ft-button--secondary"
            onPress={onLogout}
          >
            Se déconnecter
          </TargetButton>
        )}
      </div>
    </header>
  );
}
