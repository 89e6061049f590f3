/**
 * The confirmation of a sent declaration: the date and time it was sent, its reference, the
 * e-mail sent, « Télécharger le récapitulatif » (a PDF opened in the practice browser's viewer,
 * `dtrReceiptDocument`) and the way back to Mon Compte. The date is the practice time of
 * validation (`dtr.submitted.at`, from `practiceNow(world.clock)`).
 */
import { frenchDate, frenchTime } from '../../../french/index.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { CafPersona } from '../cafPersona.ts';
import { dtrReceiptDocument } from '../dtrReceipt.ts';
import type { DtrState } from '../dtrReducer.ts';

export interface DtrConfirmationProps {
  p: CafPersona;
  dtr: DtrState;
  onBack(): void;
}

/** Confirmation. */
export function DtrConfirmation({ p, dtr, onBack }: DtrConfirmationProps) {
  const { openDocument } = useSiteBridge();
  const receipt = dtrReceiptDocument(p, dtr);
  if (!dtr.submitted || !receipt) return null;
  const { at, reference } = dtr.submitted;
  return (
    <>
      <div className="caf-alert caf-alert--success caf-alert--big">
        <h1 tabIndex={-1}>Votre déclaration est enregistrée</h1>
        <p>
          Votre déclaration trimestrielle de ressources pour {p.dtr.periode} a bien été transmise le {frenchDate(at)} à{' '}
          {frenchTime(at)}.
        </p>
        <p>
          Référence de votre déclaration : <strong>{reference}</strong>
        </p>
      </div>
      <p>Un courriel de confirmation vous a été envoyé à l’adresse {p.email}.</p>
      <div className="caf-actions">
        <TargetButton
          target="caf.dtr.confirmation.receipt"
          className="caf-button caf-button--secondary"
          onPress={() => openDocument?.(receipt)}
        >
          Télécharger le récapitulatif (PDF)
        </TargetButton>
        <TargetButton target="caf.dtr.confirmation.back" className="caf-link" onPress={onBack}>
          Retour à Mon Compte
        </TargetButton>
      </div>
    </>
  );
}
