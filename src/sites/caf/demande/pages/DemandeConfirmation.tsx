/**
 * « Votre demande a bien été envoyée »: date, reference, the receipt (a PDF in the practice
 * viewer) and the way back to Mon Compte; the claim made again (practice only).
 */
import { frenchDate, frenchTime } from '../../../../french/index.ts';
import type { PracticeDocument } from '../../../framework/documents/practiceDocument.ts';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import type { DemandeState } from '../demandeReducer.ts';

export interface DemandeConfirmationProps {
  state: DemandeState;
  email: string;
  receipt(): PracticeDocument;
  onBack(): void;
  onRedo(): void;
}

export function DemandeConfirmation({ state, email, receipt, onBack, onRedo }: DemandeConfirmationProps) {
  const { openDocument } = useSiteBridge();
  if (!state.submitted) return null;
  const { at, reference } = state.submitted;
  return (
    <>
      <div className="caf-alert caf-alert--success caf-alert--big">
        <h1 tabIndex={-1}>Votre demande a bien été envoyée</h1>
        <p>
          Votre demande de prime d’activité a été enregistrée le {frenchDate(at)} à {frenchTime(at)}.
        </p>
        <p>
          Numéro de référence : <strong>{reference}</strong>
        </p>
      </div>
      <p>Un accusé de réception vous a été envoyé par courriel, à l’adresse {email}.</p>
      <p>Votre demande va être étudiée. Vous serez informé(e) de la décision dans votre espace Mon Compte.</p>
      <div className="caf-actions">
        <TargetButton
          target="caf.demande.confirmation.accuse"
          className="caf-button caf-button--secondary"
          onPress={() => openDocument?.(receipt())}
        >
          Télécharger l’accusé de réception
        </TargetButton>
        <TargetButton target="caf.demande.confirmation.retour" className="caf-link" onPress={onBack}>
          Retour à Mon Compte
        </TargetButton>
      </div>
      <div className="caf-alert caf-alert--info">
        <p>
          Ce bouton existe seulement sur le site d’entraînement. Sur le vrai site, une demande envoyée ne se refait pas.
        </p>
        <TargetButton
          target="caf.demande.confirmation.refaire"
          className="caf-button caf-button--secondary"
          onPress={onRedo}
        >
          Refaire la demande (site d’entraînement)
        </TargetButton>
      </div>
    </>
  );
}
