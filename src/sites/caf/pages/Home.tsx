/** The caf.fr home page: the two main tiles and the news, with no teaching text (the guide teaches). */
import { useState } from 'react';
import { InfoStatus } from '../ui/InfoStatus.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';

export interface HomeProps {
  /** Shows « Vous êtes déconnecté » (after « Me déconnecter »). */
  loggedOut: boolean;
  /** « Faire une simulation »: opens the prime d'activité simulator. */
  onSimulate: () => void;
}

const notHere = 'Cette partie du site n’est pas reproduite dans l’entraînement.';

/** Accueil. */
export function Home({ loggedOut, onSimulate }: HomeProps) {
  const [info, setInfo] = useState<string | null>(null);
  return (
    <>
      {loggedOut && (
        <p className="caf-alert caf-alert--success" role="status">
          Vous êtes déconnecté. À bientôt sur caf.fr.
        </p>
      )}
      <section className="caf-hero" aria-labelledby="caf-home-title">
        <h1 id="caf-home-title" tabIndex={-1}>
          Bienvenue sur caf.fr
        </h1>
        <p>Vos aides, vos démarches et votre espace Mon Compte.</p>
      </section>
      <section aria-labelledby="caf-home-tiles" className="caf-section">
        <h2 id="caf-home-tiles">Que voulez-vous faire ?</h2>
        <ul className="caf-tiles">
          <li>
            <TargetButton target="caf.home.faire-demande" className="caf-tile" onPress={() => setInfo(notHere)}>
              <span className="caf-tile__title">Faire une demande de prestation</span>
              <span>Prime d’activité, RSA, aide au logement…</span>
            </TargetButton>
          </li>
          <li>
            <TargetButton target="caf.home.simulateur" className="caf-tile" onPress={onSimulate}>
              <span className="caf-tile__title">Faire une simulation</span>
              <span>Estimez vos droits avant de faire une demande.</span>
            </TargetButton>
          </li>
        </ul>
        <InfoStatus info={info} />
      </section>
      <section aria-labelledby="caf-home-news" className="caf-section">
        <h2 id="caf-home-news">Actualités</h2>
        <div className="caf-cards">
          <article className="caf-card">
            <h3>Revalorisation des prestations au 1er avril</h3>
            <p>Le montant de plusieurs prestations augmente chaque année au 1er avril.</p>
          </article>
          <article className="caf-card">
            <h3>Les dates de paiement de vos prestations</h3>
            <p>Retrouvez le calendrier des versements de l’année.</p>
          </article>
        </div>
      </section>
    </>
  );
}
