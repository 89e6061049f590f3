/**
 * The impots.gouv.fr header: a dark blue band with the plain text name « impots.gouv.fr
 * (entraînement) » (no Marianne, no logo), « Votre espace particulier » and, once signed in,
 * « Se déconnecter ».
 */
import { TargetButton } from '../../framework/TargetButton.tsx';

export interface ImpotsHeaderProps {
  signedIn: boolean;
  onHome(): void;
  onSpace(): void;
  onLogout(): void;
}

/** The site header, on every page. */
export function ImpotsHeader({ signedIn, onHome, onSpace, onLogout }: ImpotsHeaderProps) {
  return (
    <header className="impots-header">
      <TargetButton
        target="impots.header.logo"
        className="impots-wordmark"
        aria-label="impots.gouv.fr (entraînement), accueil"
        onPress={onHome}
      >
        <span className="impots-wordmark__name">impots.gouv.fr</span>
        <span className="impots-wordmark__practice">(entraînement)</span>
      </TargetButton>
      <div className="impots-header__tools">
        <TargetButton target="impots.header.espace" className="impots-header__space" onPress={onSpace}>
          <span aria-hidden="true" className="impots-icon-user" />
          Votre espace particulier
        </TargetButton>
        {signedIn && (
          <TargetButton target="impots.header.deconnexion" className="impots-header__logout" onPress={onLogout}>
            Se déconnecter
          </TargetButton>
        )}
      </div>
    </header>
  );
}
