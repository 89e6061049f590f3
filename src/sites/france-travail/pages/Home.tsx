/** The francetravail.fr home page: « Je suis candidat », with the main services, and the news. */
import { useState } from 'react';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { InfoStatus } from '../ui/InfoStatus.tsx';

export interface HomeProps {
  /** What the page says after leaving the espace (« Vous êtes déconnecté »…), if anything. */
  notice: string | null;
  onInscription(): void;
  onConnexion(): void;
  onActualisation(): void;
  onDocuments(): void;
}

const notHere = 'Cette partie du site n’est pas reproduite sur le site d’entraînement.';

/** Accueil. */
export function Home({ notice, onInscription, onConnexion, onActualisation, onDocuments }: HomeProps) {
  const [info, setInfo] = useState<string | null>(null);
  const tile = (
    target: Parameters<typeof TargetButton>[0]['target'],
    title: string,
    text: string,
    onPress: () => void,
  ) => (
    <li>
      <TargetButton target={target} className="ft-tile" onPress={onPress}>
        <span className="ft-tile__title">{title}</span>
        <span>{text}</span>
      </TargetButton>
    </li>
  );
  return (
    <>
      {notice && (
        <p className="ft-alert ft-alert--success" role="status">
          {notice}
        </p>
      )}
      <section className="ft-hero" aria-labelledby="ft-home-title">
        <h1 id="ft-home-title" tabIndex={-1}>
          Bienvenue sur francetravail.fr
        </h1>
        <p>Trouver un emploi, une formation, être accompagné et indemnisé.</p>
      </section>
      <section className="ft-section" aria-labelledby="ft-home-candidat">
        <h2 id="ft-home-candidat">Je suis candidat</h2>
        <ul className="ft-tiles">
          {tile(
            'france-travail.home.inscription',
            'S’inscrire, se réinscrire',
            'Inscription comme demandeur d’emploi et demande d’allocation',
            onInscription,
          )}
          {tile(
            'france-travail.home.connexion',
            'Se connecter à mon espace',
            'Mon espace personnel candidat',
            onConnexion,
          )}
          {tile(
            'france-travail.home.actualisation',
            'M’actualiser',
            'Déclarer ma situation chaque mois',
            onActualisation,
          )}
          {tile(
            'france-travail.home.documents',
            'Transmettre un document',
            'Bulletins de salaire, attestations, justificatifs',
            onDocuments,
          )}
          {tile(
            'france-travail.home.offres',
            'Rechercher une offre d’emploi',
            'Offres d’emploi partout en France',
            () => setInfo(notHere),
          )}
        </ul>
        <InfoStatus info={info} />
      </section>
      <section className="ft-section" aria-labelledby="ft-home-news">
        <h2 id="ft-home-news">Actualités</h2>
        <div className="ft-cards">
          <article className="ft-card">
            <h3>Actualisation : du 28 du mois au 15 du mois suivant</h3>
            <p>Chaque mois, déclarez votre situation pour continuer à être inscrit et indemnisé.</p>
          </article>
          <article className="ft-card">
            <h3>Votre espace personnel</h3>
            <p>Rendez-vous, courriers, documents à transmettre : tout est dans votre espace.</p>
          </article>
        </div>
      </section>
    </>
  );
}
