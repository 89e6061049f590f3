/**
 * The end of the registration: it is recorded, the appointment (date, agency, address), the
 * convocation sent by e-mail and to download, then the documents to send and the espace.
 */
import { frenchDate, frenchTime, maskEmail } from '../../../../french/index.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { slotLabel } from '../../registration/appointmentSlots.ts';
import type { Submitted } from '../../registration/inscriptionReducer.ts';

export interface ConfirmationProps {
  submitted: Submitted;
  identifiant: string;
  email: string;
  onConvocation(): void;
  onDocuments(): void;
  onEspace(): void;
}

/** « Votre inscription est enregistrée ». */
export function Confirmation({
  submitted,
  identifiant,
  email,
  onConvocation,
  onDocuments,
  onEspace,
}: ConfirmationProps) {
  return (
    <section className="ft-panel" aria-labelledby="ft-confirmation-title">
      <h1 id="ft-confirmation-title" tabIndex={-1}>
        Votre inscription est enregistrée
      </h1>
      <div className="ft-alert ft-alert--success">
        <p>
          Votre demande d’inscription et d’allocation a bien été enregistrée le {frenchDate(submitted.at)} à{' '}
          {frenchTime(submitted.at)}.
        </p>
        <p>
          Votre identifiant France Travail : <strong className="ft-identifier">{identifiant}</strong>
        </p>
      </div>
      <section className="ft-card ft-rdv" aria-labelledby="ft-confirmation-rdv">
        <h2 id="ft-confirmation-rdv">Votre rendez-vous</h2>
        <p className="ft-rdv__when">Le {slotLabel(submitted.slotAt)}</p>
        <p>
          {submitted.agence}
          <br />
          {submitted.adresse}
        </p>
        <p>
          <strong>Ce rendez-vous est obligatoire.</strong> Votre convocation vous a été envoyée par courriel à{' '}
          {maskEmail(email)}.
        </p>
        <TargetButton
          target="france-travail.convocation.telecharger"
          className="ft-link ft-download"
          onPress={onConvocation}
        >
          Télécharger ma convocation (PDF)
        </TargetButton>
      </section>
      <section className="ft-section" aria-labelledby="ft-confirmation-next">
        <h2 id="ft-confirmation-next">Et maintenant ?</h2>
        <p>Transmettez les copies de vos documents : pièce d’identité, attestation employeur, RIB.</p>
        <div className="ft-actions">
          <TargetButton
            target="france-travail.inscription.confirmation.documents"
            className="ft-button ft-button--primary"
            onPress={onDocuments}
          >
            Transmettre mes documents
          </TargetButton>
          <TargetButton
            target="france-travail.inscription.confirmation.espace"
            className="ft-button ft-button--secondary"
            onPress={onEspace}
          >
            Accéder à mon espace
          </TargetButton>
        </div>
      </section>
    </section>
  );
}
