/**
 * The home page of impots.gouv.fr, the particuliers' side: « Votre espace particulier » (the
 * login) and « Créer mon espace », as on the real portal.
 */
import { TargetButton } from '../../framework/TargetButton.tsx';

export interface HomeProps {
  /** « Vous êtes déconnecté », after « Se déconnecter ». */
  loggedOut: boolean;
  onSpace(): void;
  onCreate(): void;
}

/** The home page. */
export function Home({ loggedOut, onSpace, onCreate }: HomeProps) {
  return (
    <section className="impots-home" aria-labelledby="impots-home-title">
      {loggedOut && (
        <p className="impots-alert impots-alert--success" role="status">
          Vous avez été déconnecté de votre espace particulier.
        </p>
      )}
      <h1 id="impots-home-title" tabIndex={-1}>
        Particulier
      </h1>
      <div className="impots-home__box">
        <h2>Votre espace particulier</h2>
        <p>Déclarez vos revenus, consultez vos avis d’impôt, gérez votre prélèvement à la source.</p>
        <TargetButton target="impots.home.espace" className="impots-button impots-button--primary" onPress={onSpace}>
          Votre espace particulier
        </TargetButton>
        <p className="impots-home__create">
          Vous n’avez pas encore d’espace particulier ?{' '}
          <TargetButton target="impots.home.creer-espace" className="impots-link" onPress={onCreate}>
            Créer mon espace
          </TargetButton>
        </p>
      </div>
      <ul className="impots-home__tiles" aria-label="Services">
        <li>Déclarer mes revenus</li>
        <li>Payer mes impôts</li>
        <li>Gérer mon prélèvement à la source</li>
        <li>Consulter mes avis d’impôt</li>
      </ul>
    </section>
  );
}
