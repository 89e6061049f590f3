/** The account's home: « Bonjour <Prénom> », and the tiles of the main services. */
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { AmeliTarget } from '../targets.ts';

export interface AccueilProps {
  prenom: string;
  nom: string;
  onTile(tile: 'paiements' | 'demarches' | 'attestations' | 'messagerie'): void;
}

const tiles = [
  { id: 'paiements', title: 'Mes paiements', text: 'Consulter mes remboursements et mes indemnités' },
  { id: 'demarches', title: 'Mes démarches', text: 'Attestations, carte Vitale, changement de situation' },
  { id: 'attestations', title: 'Mes attestations', text: 'Télécharger mes attestations' },
  { id: 'messagerie', title: 'Messagerie', text: 'Écrire à ma caisse, lire mes messages' },
] as const;

/** « Mon compte ameli », once signed in. */
export function Accueil({ prenom, nom, onTile }: AccueilProps) {
  return (
    <section aria-labelledby="am-accueil-title">
      <h1 id="am-accueil-title" tabIndex={-1}>
        Bonjour {prenom} {nom.toUpperCase()}
      </h1>
      <ul className="am-tiles">
        {tiles.map((tile) => (
          <li key={tile.id}>
            <TargetButton
              target={`ameli.compte.${tile.id}` satisfies AmeliTarget}
              className="am-tile"
              onPress={() => onTile(tile.id)}
            >
              <span className="am-tile__title">{tile.title}</span>
              <span className="am-tile__text">{tile.text}</span>
            </TargetButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
