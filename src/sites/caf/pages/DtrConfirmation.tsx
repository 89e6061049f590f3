/**
 * « Votre déclaration est enregistrée »: date, reference number, the receipt to show, and the
 * way back to Mon Compte. The date is the practice time of validation (`dtr.submitted.at`, from
 * `practiceNow(world.clock)`), so it falls in the lesson's story, before the persona's deadline.
 */
import { useEffect, useRef, useState } from 'react';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { formatAmount, frenchDate, frenchTime } from '../../../french/index.ts';
import type { CafPersona } from '../cafPersona.ts';
import { dtrMembersOf, type DtrState } from '../dtrReducer.ts';
import { dtrMonths } from '../targets.ts';

export interface DtrConfirmationProps {
  p: CafPersona;
  dtr: DtrState;
  onBack(): void;
}

/** Confirmation. */
export function DtrConfirmation({ p, dtr, onBack }: DtrConfirmationProps) {
  const [receipt, setReceipt] = useState(false);
  const receiptRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (receipt) receiptRef.current?.focus();
  }, [receipt]);
  if (!dtr.submitted) return null;
  const { at, reference } = dtr.submitted;
  const when = `le ${frenchDate(at)} à ${frenchTime(at)}`;
  return (
    <>
      <div className="caf-alert caf-alert--success caf-alert--big">
        <h1 tabIndex={-1}>Votre déclaration est enregistrée</h1>
        <p>Votre déclaration a bien été enregistrée {when}.</p>
        <p>
          Numéro de référence : <strong>{reference}</strong>
        </p>
      </div>
      <p>Un accusé de réception vous a été envoyé par courriel, à l’adresse {p.email}.</p>
      <div className="caf-actions">
        <TargetButton
          target="caf.dtr.confirmation.receipt"
          className="caf-button caf-button--secondary"
          onPress={() => setReceipt(true)}
        >
          Télécharger l’accusé de réception
        </TargetButton>
        <TargetButton target="caf.dtr.confirmation.back" className="caf-link" onPress={onBack}>
          Retour à Mon Compte
        </TargetButton>
      </div>
      {receipt && (
        <section className="caf-receipt" aria-labelledby="caf-receipt-title" tabIndex={-1} ref={receiptRef}>
          <h2 id="caf-receipt-title">Accusé de réception</h2>
          <p>
            Déclaration trimestrielle de ressources — {p.dtr.periode}. Reçue {when}. Référence {reference}.
          </p>
          <ul>
            {dtrMembersOf(p).flatMap((member) =>
              dtrMonths.map((month) => {
                const total = dtr.lines[member][month].reduce((sum, line) => sum + line.cents, 0);
                const who = member === 'vous' ? p.prenom : (p.conjoint?.prenom ?? '');
                return (
                  <li key={`${member}-${month}`}>
                    {who}, {p.dtr.mois[month]} : {formatAmount(total)}
                  </li>
                );
              }),
            )}
          </ul>
        </section>
      )}
    </>
  );
}
