/** The tabs of the espace particulier: « Accueil », « Documents », « Messagerie sécurisée ». */
import { TargetButton } from '../../framework/TargetButton.tsx';

export type EspaceTab = 'accueil' | 'documents' | 'messagerie';

export interface EspaceMenuProps {
  current: EspaceTab | null;
  onGo(tab: EspaceTab): void;
}

const tabs: readonly [EspaceTab, string][] = [
  ['accueil', 'Accueil'],
  ['documents', 'Documents'],
  ['messagerie', 'Messagerie sécurisée'],
];

/** The menu bar of the espace, on each of its pages. */
export function EspaceMenu({ current, onGo }: EspaceMenuProps) {
  return (
    <nav className="impots-menu" aria-label="Espace particulier">
      <ul>
        {tabs.map(([tab, label]) => (
          <li key={tab}>
            <TargetButton
              target={`impots.menu.${tab}`}
              className="impots-menu__item"
              aria-current={current === tab ? 'page' : undefined}
              onPress={() => onGo(tab)}
            >
              {label}
            </TargetButton>
          </li>
        ))}
      </ul>
    </nav>
  );
}
