/** The caf.fr header: the « caf.fr » wordmark (home) and « Mon Compte », top right. */
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { CafPage } from '../navigationReducer.ts';

export interface CafHeaderProps {
  /** Logged in: « Mon Compte » opens the espace and « Me déconnecter » shows. */
  signedIn: boolean;
  go(page: CafPage): void;
  onLogout(): void;
}

/** The site header, on every page. */
export function CafHeader({ signedIn, go, onLogout }: CafHeaderProps) {
  return (
    <header className="caf-header">
      <TargetButton
        target="caf.header.logo"
        className="caf-wordmark"
        aria-label="caf.fr, accueil"
        onPress={() => go('home')}
      >
        <span className="caf-wordmark__caf">caf</span>
        <span className="caf-wordmark__fr">.fr</span>
      </TargetButton>
      <p className="caf-header__tagline">Allocations familiales</p>
      <div className="caf-header__tools">
        <TargetButton
          target="caf.header.mon-compte"
          className="caf-button caf-button--account"
          onPress={() => go(signedIn ? 'espace' : 'login')}
        >
          <span aria-hidden="true" className="caf-icon-user" />
          Mon Compte
        </TargetButton>
        {signedIn && (
          <TargetButton target="caf.espace.logout" className="caf-button caf-button--secondary" onPress={onLogout}>
            Me déconnecter
          </TargetButton>
        )}
      </div>
    </header>
  );
}
