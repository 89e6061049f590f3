/** « Mon Compte »: the greeting and, until it is done, the red alert of the declaration due. */
import { TargetButton } from '../../framework/TargetButton.tsx';
import { frenchDate } from '../../../french/index.ts';
import type { CafPersona } from '../cafPersona.ts';
import type { DtrState } from '../dtrReducer.ts';

export interface EspaceProps {
  p: CafPersona;
  dtr: DtrState;
  /** The alert leads to « Mes ressources ». */
  onDeclare(): void;
  /** « Déclarer un changement » (Mes démarches). */
  onChangement?: () => void;
  /** « Faire une demande de prestation ». */
  onDemande?: () => void;
}

/** The espace's home. */
export function Espace({ p, dtr, onDeclare, onChangement, onDemande }: EspaceProps) {
  return (
    <>
      <h1 tabIndex={-1}>Bonjour {p.prenom}</h1>
      {p.caf.numero_allocataire && (
        <p className="caf-espace__dossier">
          Numéro allocataire : <strong>{p.caf.numero_allocataire}</strong>
        </p>
      )}
      <section aria-labelledby="caf-espace-todo" className="caf-section">
        <h2 id="caf-espace-todo">Mes démarches à faire</h2>
        {dtr.submitted ? (
          <p className="caf-alert caf-alert--success">
            Votre déclaration trimestrielle de ressources a été transmise le {frenchDate(dtr.submitted.at)}.
          </p>
        ) : p.dtr.date_limite === '' ? (
          // Someone who just created an account (`compte/`) has no declaration due.
          <p>Vous n’avez aucune démarche à faire pour le moment.</p>
        ) : (
          <div className="caf-alert caf-alert--error caf-alert--action">
            <span className="caf-alert__icon" aria-hidden="true">
              !
            </span>
            <TargetButton target="caf.espace.notification-dtr" className="caf-alert__link" onPress={onDeclare}>
              Vous devez déclarer vos ressources trimestrielles avant le {p.dtr.date_limite}
            </TargetButton>
          </div>
        )}
      </section>
      {(onDemande || onChangement) && (
        <section aria-labelledby="caf-espace-demarches" className="caf-section">
          <h2 id="caf-espace-demarches">Mes démarches</h2>
          <ul className="caf-espace__demarches">
            {onDemande && (
              <li>
                <TargetButton target="caf.espace.faire-demande" className="caf-link" onPress={onDemande}>
                  Faire une demande de prestation
                </TargetButton>
              </li>
            )}
            {onChangement && (
              <li>
                <TargetButton target="caf.espace.declarer-changement" className="caf-link" onPress={onChangement}>
                  Déclarer un changement
                </TargetButton>
              </li>
            )}
          </ul>
        </section>
      )}
      <section aria-labelledby="caf-espace-info" className="caf-section">
        <h2 id="caf-espace-info">Mes informations</h2>
        <div className="caf-cards">
          <div className="caf-card">
            <h3>Mes droits</h3>
            <p>{p.caf.prestation ? `Vous recevez : ${p.caf.prestation}.` : 'Aucun droit en cours.'}</p>
          </div>
          <div className="caf-card">
            <h3>Mes coordonnées</h3>
            <p>Courriel : {p.email}</p>
          </div>
        </div>
      </section>
    </>
  );
}
