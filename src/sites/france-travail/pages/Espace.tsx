/**
 * The personal space's home: the greeting; for a registered job seeker, the monthly update (open
 * or not, from the practice clock; once sent, « Revoir mon actualisation » and the practice-only
 * « Refaire l'actualisation »), documents, appointments and letters; for someone whose
 * registration is not finished, « Reprendre mon inscription » (or, once the draft was deleted
 * after 15 days, the message saying so and « Commencer mon inscription »).
 */
import { frenchDate } from '../../../french/index.ts';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { draftExpiresAt } from '../registration/draft.ts';

/** Where the registration stands, as the espace shows it. */
export type RegistrationStatus =
  /** `sentHere`: the registration was sent in this run (its confirmation can be seen again). */
  | { kind: 'registered'; sentHere: boolean }
  | { kind: 'in-progress'; savedAt: number | null }
  | { kind: 'draft-deleted' };

/** The monthly update's window, from `actualisationWindow`. */
export interface UpdateWindow {
  open: boolean;
  month: string;
  opensOn: Date;
  closesOn: Date;
}

export interface EspaceProps {
  prenom: string;
  status: RegistrationStatus;
  update: UpdateWindow;
  /** The monthly update of the window's month is validated. */
  updateDone: boolean;
  /** « M'actualiser », or once it is sent « Revoir mon actualisation ». */
  onActualiser(): void;
  /** « Refaire l'actualisation (site d'entraînement) »: the update's questions again. */
  onRedoActualisation(): void;
  onDocuments(): void;
  onRendezVous(): void;
  onCourriers(): void;
  onReprendre(): void;
  onInscrire(): void;
  onConfirmation(): void;
}

/** The espace's home. */
export function Espace(props: EspaceProps) {
  const { prenom, status, update, updateDone } = props;
  return (
    <>
      <h1 tabIndex={-1}>Bonjour {prenom}</h1>
      {status.kind === 'registered' ? (
        <>
          <section className="ft-section" aria-labelledby="ft-espace-actu">
            <h2 id="ft-espace-actu">Mon actualisation</h2>
            {updateDone ? (
              <>
                <div className="ft-card ft-card--action">
                  <p>Votre actualisation de {update.month} est enregistrée.</p>
                  <TargetButton
                    target="france-travail.espace.revoir-actualisation"
                    className="ft-link"
                    onPress={props.onActualiser}
                  >
                    Revoir mon actualisation
                  </TargetButton>
                </div>
                <div className="fta-practice-only">
                  <p>
                    Ce bouton existe seulement sur le site d’entraînement. Sur le vrai site, une actualisation validée
                    ne se refait pas : il faut contacter son conseiller.
                  </p>
                  <TargetButton
                    target="france-travail.espace.refaire-actualisation"
                    className="ft-button ft-button--secondary"
                    onPress={props.onRedoActualisation}
                  >
                    Refaire l’actualisation (site d’entraînement)
                  </TargetButton>
                </div>
              </>
            ) : update.open ? (
              <div className="ft-card ft-card--action">
                <p>
                  Vous pouvez vous actualiser pour le mois de {update.month} jusqu’au{' '}
                  {frenchDate(update.closesOn.getTime())}.
                </p>
                <TargetButton
                  target="france-travail.espace.actualiser"
                  className="ft-button ft-button--primary"
                  onPress={props.onActualiser}
                >
                  M’actualiser
                </TargetButton>
              </div>
            ) : (
              <p className="ft-card">
                La prochaine actualisation sera possible du {frenchDate(update.opensOn.getTime())} au{' '}
                {frenchDate(update.closesOn.getTime())}.
              </p>
            )}
          </section>
          {status.sentHere && (
            <p className="ft-alert ft-alert--success">
              Votre inscription est enregistrée.{' '}
              <TargetButton
                target="france-travail.espace.confirmation"
                className="ft-link"
                onPress={props.onConfirmation}
              >
                Revoir la confirmation de mon inscription
              </TargetButton>
            </p>
          )}
          <section className="ft-section" aria-labelledby="ft-espace-services">
            <h2 id="ft-espace-services">Mes services</h2>
            <ul className="ft-tiles">
              <li>
                <TargetButton target="france-travail.espace.documents" className="ft-tile" onPress={props.onDocuments}>
                  <span className="ft-tile__title">Transmettre un document</span>
                  <span>Bulletins de salaire, attestations, justificatifs</span>
                </TargetButton>
              </li>
              <li>
                <TargetButton
                  target="france-travail.espace.rendez-vous"
                  className="ft-tile"
                  onPress={props.onRendezVous}
                >
                  <span className="ft-tile__title">Mes rendez-vous</span>
                  <span>Vos prochains rendez-vous avec votre conseiller</span>
                </TargetButton>
              </li>
              <li>
                <TargetButton target="france-travail.espace.courriers" className="ft-tile" onPress={props.onCourriers}>
                  <span className="ft-tile__title">Mes courriers</span>
                  <span>Convocations, attestations, décisions</span>
                </TargetButton>
              </li>
            </ul>
          </section>
        </>
      ) : (
        <section className="ft-section" aria-labelledby="ft-espace-inscription">
          <h2 id="ft-espace-inscription">Mon inscription</h2>
          {status.kind === 'in-progress' ? (
            <div className="ft-card ft-card--action">
              <p>
                Votre inscription n’est pas terminée.
                {status.savedAt !== null &&
                  ` Vous pouvez la reprendre jusqu’au ${frenchDate(draftExpiresAt(status.savedAt))}.`}
              </p>
              <TargetButton
                target="france-travail.espace.reprendre"
                className="ft-button ft-button--primary"
                onPress={props.onReprendre}
              >
                Reprendre mon inscription
              </TargetButton>
            </div>
          ) : (
            <div className="ft-card ft-card--action">
              <p className="ft-alert ft-alert--warning" role="alert">
                Votre inscription n’a pas été terminée dans les 15 jours : les informations que vous aviez saisies ont
                été supprimées. Vous pouvez recommencer votre inscription.
              </p>
              <TargetButton
                target="france-travail.espace.inscrire"
                className="ft-button ft-button--primary"
                onPress={props.onInscrire}
              >
                Commencer mon inscription
              </TargetButton>
            </div>
          )}
        </section>
      )}
    </>
  );
}
