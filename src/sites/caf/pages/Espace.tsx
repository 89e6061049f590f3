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
  /** « Faire une demande de prestation ». */
  onDemande?: () => void;
}

/** The espace's home. */
export function Espace({ p, dtr, onDeclare, onDemande }: EspaceProps) {
  return (
    <>
      <h1 tabIndex={-1}>Bonjour {p.prenom}</h1>
      <section aria-labelledby="caf-espace-todo" className="caf-section">
        <h2 id="caf-espace-todo">Mes démarches à faire</h2>
        {dtr.submitted ? (
          <p className="caf-alert caf-alert--success">
            Votre déclaration trimestrielle de ressources a été enregistrée le {frenchDate(dtr.submitted.at)}. Vous
            n’avez rien d’autre à faire.
          </p>
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
        {onDemande && (
          <TargetButton target="caf.espace.faire-demande" className="caf-link" onPress={onDemande}>
            Faire une demande de prestation
          </TargetButton>
        )}
      </section>
      <section aria-labelledby="caf-espace-info" className="caf-section">
        <h2 id="caf-espace-info">Mes informations</h2>
        <div className="caf-cards">
          <div className="caf-card">
            <h3>Mes droits</h3>
            <p>
              {p.caf.prestation
                ? `Vous recevez : ${p.caf.prestation}.`
                : 'Consultez vos droits dans « Mes paiements et mes droits ».'}
            </p>
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
