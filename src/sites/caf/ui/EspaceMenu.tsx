/** The menu of Mon Compte: Mes ressources, Mes paiements et mes droits, Mon profil, Mes documents. */
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { CafPage } from '../navigationReducer.ts';

const items = [
  ['ressources', 'caf.espace.menu.ressources', 'Mes ressources'],
  ['paiements', 'caf.espace.menu.paiements', 'Mes paiements et mes droits'],
  ['profil', 'caf.espace.menu.profil', 'Mon profil'],
  ['documents', 'caf.espace.menu.documents', 'Mes documents'],
] as const;

export interface EspaceMenuProps {
  current: CafPage;
  go(page: CafPage): void;
}

/** The espace's navigation bar, on every page of Mon Compte outside the declaration. */
export function EspaceMenu({ current, go }: EspaceMenuProps) {
  return (
    <nav className="caf-menu" aria-label="Mon Compte">
      <ul>
        {items.map(([page, target, label]) => (
          <li key={page}>
            <TargetButton
              target={target}
              className="caf-menu__item"
              aria-current={current === page ? 'page' : undefined}
              onPress={() => go(page)}
            >
              {label}
            </TargetButton>
          </li>
        ))}
      </ul>
    </nav>
  );
}
