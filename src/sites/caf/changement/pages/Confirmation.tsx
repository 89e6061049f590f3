/** « Votre déclaration est terminée »: the reference, a transfer notice for a move, the receipt, Mon profil. */
import { frenchDate, frenchTime } from '../../../../french/index.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import type { SentChangement } from '../changementReducer.ts';
import { transferText, transferTo } from '../changementSummary.ts';
import { ChangementHeading } from '../ui/ChangementHeading.tsx';

export interface ConfirmationProps {
  sent: SentChangement;
  /** The address before the move (for the transfer notice). */
  oldAddress: string;
  /** Absent when the practice browser has no viewer. */
  onReceipt?: () => void;
  onProfil(): void;
}

/** The confirmation page. */
export function Confirmation({ sent, oldAddress, onReceipt, onProfil }: ConfirmationProps) {
  const transfer = sent.type === 'demenagement' ? transferTo(oldAddress, sent.details) : null;
  return (
    <div className="caf-sim-form">
      <ChangementHeading title="Votre déclaration est terminée" />
      <div className="caf-alert caf-alert--success">
        <p>
          Votre changement de situation a bien été enregistré le {frenchDate(sent.at)} à {frenchTime(sent.at)}.
        </p>
        <p>
          Numéro de référence : <strong>{sent.reference}</strong>
        </p>
      </div>
      {transfer && <p className="caf-alert caf-alert--info">{transferText(transfer)}</p>}
      <p>Un courriel de confirmation vous a été envoyé.</p>
      <div className="caf-actions">
        {onReceipt && (
          <TargetButton
            target="caf.changement.confirmation.accuse"
            className="caf-button caf-button--primary"
            onPress={onReceipt}
          >
            Télécharger l’accusé de réception
          </TargetButton>
        )}
        <TargetButton target="caf.changement.confirmation.profil" className="caf-link" onPress={onProfil}>
          Retour à Mon profil
        </TargetButton>
      </div>
    </div>
  );
}
