/**
 * The ameli header: a plain text name « ameli (entraînement) » (no logo of the Assurance Maladie
 * or of the State), « Mon compte » and « Se déconnecter » once signed in.
 */
import { TargetButton } from '../../framework/TargetButton.tsx';

export interface AmeliHeaderProps {
  signedIn: boolean;
  onHome(): void;
  onAccount(): void;
  onLogout(): void;
}

/** The site header, on every page. */
export function AmeliHeader({ signedIn, onHome, onAccount, onLogout }: AmeliHeaderProps) {
  return (
    <header className="am-header">
      <TargetButton
        target="ameli.header.logo"
        className="am-wordmark"
        aria-label="ameli (entraînement), accueil"
        onPress={onHome}
      >
        <span className="am-wordmark__name">ameli</span>
        <span className="am-wordmark__practice">(entraînement)</span>
      </TargetButton>
      <p className="am-header__space">Mon compte ameli</p>
      {signedIn && (
        <nav className="am-header__tools" aria-label="Mon compte">
          <TargetButton target="ameli.header.compte" className="am-button am-button--ghost" onPress={onAccount}>
            Mon compte
          </TargetButton>
          <TargetButton target="ameli.header.deconnexion" className="am-button am-button--secondary" onPress={onLogout}>
            Se déconnecter
          </TargetButton>
        </nav>
      )}
    </header>
  );
}
