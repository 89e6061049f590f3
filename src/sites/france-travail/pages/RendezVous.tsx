/** « Mes rendez-vous »: the appointment of the convocation, if any, with the convocation to download. */
import { frenchDate } from '../../../french/index.ts';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { slotLabel } from '../registration/appointmentSlots.ts';
import type { Submitted } from '../registration/inscriptionReducer.ts';

export interface RendezVousProps {
  submitted: Submitted | null;
  onConvocation(): void;
  onBack(): void;
}

/** The appointments page. */
export function RendezVous({ submitted, onConvocation, onBack }: RendezVousProps) {
  return (
    <section className="ft-panel" aria-labelledby="ft-rdv-title">
      <TargetButton target="france-travail.espace.retour" className="ft-link ft-back" onPress={onBack}>
        Retour à mon espace
      </TargetButton>
      <h1 id="ft-rdv-title" tabIndex={-1}>
        Mes rendez-vous
      </h1>
      {submitted ? (
        <article className="ft-card ft-rdv" aria-labelledby="ft-rdv-next">
          <h2 id="ft-rdv-next">Entretien avec un conseiller ou une conseillère</h2>
          <p className="ft-rdv__when">Le {slotLabel(submitted.slotAt)}</p>
          <p>
            {submitted.agence}
            <br />
            {submitted.adresse}
          </p>
          <p>Convocation envoyée le {frenchDate(submitted.at)}. Ce rendez-vous est obligatoire.</p>
          <TargetButton
            target="france-travail.convocation.telecharger"
            className="ft-link ft-download"
            onPress={onConvocation}
          >
            Télécharger ma convocation (PDF)
          </TargetButton>
        </article>
      ) : (
        <p>Vous n’avez aucun rendez-vous à venir.</p>
      )}
    </section>
  );
}
