/** « Mon profil »: the situation the CAF knows, « Modifier » to declare a change, and the last change declared. */
import { frenchDate } from '../../../../french/index.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import type { SentChangement } from '../changementReducer.ts';
import type { Profil as ProfilData } from '../profilOf.ts';

export interface ProfilProps {
  profil: ProfilData;
  /** The latest declaration, if any. */
  last: SentChangement | undefined;
  onModify(): void;
  onReview(): void;
}

/** Mon profil. */
export function Profil({ profil, last, onModify, onReview }: ProfilProps) {
  return (
    <>
      <h1 tabIndex={-1}>Mon profil</h1>
      {last && (
        <div className="caf-alert caf-alert--success">
          <p>Votre déclaration de changement de situation du {frenchDate(last.at)} a bien été enregistrée.</p>
          <TargetButton target="caf.profil.revoir" className="caf-link" onPress={onReview}>
            Revoir l’accusé de réception
          </TargetButton>
        </div>
      )}
      <section className="caf-section caf-card" aria-labelledby="caf-profil-situation">
        <div className="caf-chg-card-head">
          <h2 id="caf-profil-situation">Ma situation</h2>
          <TargetButton target="caf.profil.modifier" className="caf-button caf-button--secondary" onPress={onModify}>
            <span aria-hidden="true">✎</span> Modifier <span className="visually-hidden">ma situation</span>
          </TargetButton>
        </div>
        <dl className="caf-chg-summary">
          <div>
            <dt>Situation familiale</dt>
            <dd>{profil.situation}</dd>
          </div>
          <div>
            <dt>Adresse</dt>
            <dd>{profil.adresse}</dd>
          </div>
          <div>
            <dt>Enfants à charge</dt>
            <dd>
              {profil.enfants.length ? (
                <ul className="caf-chg-list">
                  {profil.enfants.map((e) => (
                    <li key={`${e.prenom}-${e.naissance}`}>
                      {e.prenom}, né(e) le {e.naissance}
                    </li>
                  ))}
                </ul>
              ) : (
                'Aucun'
              )}
            </dd>
          </div>
          {profil.activite && (
            <div>
              <dt>Activité professionnelle</dt>
              <dd>{profil.activite}</dd>
            </div>
          )}
        </dl>
      </section>
    </>
  );
}
