/**
 * « Récapitulatif »: every month and member with the amounts to declare (with their payer), the
 * sworn statement, and « Valider ma déclaration » (refused while the box is unticked).
 */
import { useRef, useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { CafPersona } from '../cafPersona.ts';
import { dtrMembersOf, memberName, type DtrState } from '../dtrReducer.ts';
import { formatAmount } from '../../../french/index.ts';
import { resourceLabels } from '../resourceLabels.ts';
import { dtrMonths } from '../targets.ts';
import { DtrStepper } from './DtrStepper.tsx';

export interface DtrReviewProps {
  p: CafPersona;
  dtr: DtrState;
  onPrevious(): void;
  /** « Modifier ma déclaration »: back to the first page. */
  onModify(): void;
  onValidate(): void;
}

const certifyError =
  'Pour valider, cochez la case « Je certifie sur l’honneur l’exactitude des informations déclarées ».';

/** Récapitulatif. */
export function DtrReview({ p, dtr, onPrevious, onModify, onValidate }: DtrReviewProps) {
  const { emit } = useSiteBridge();
  const [certified, setCertified] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLInputElement>(null);
  const members = dtrMembersOf(p);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(certified ? null : certifyError);
    emit(
      certified
        ? { action: 'click', target: 'caf.dtr.review.validate' }
        : { action: 'click', target: 'caf.dtr.review.validate', ok: false },
    );
    if (certified) onValidate();
    else box.current?.focus();
  };

  return (
    <>
      <h1 tabIndex={-1}>Récapitulatif de votre déclaration</h1>
      <DtrStepper step={members.length + 1} steps={members.length + 1} />
      {members.map((member) => (
        <section key={member} className="caf-panel" aria-labelledby={`caf-review-${member}`}>
          <h2 id={`caf-review-${member}`}>{memberName(p, member)}</h2>
          <table className="caf-table">
            <thead>
              <tr>
                <th scope="col">Mois</th>
                <th scope="col">Ressource</th>
                <th scope="col">Montant</th>
              </tr>
            </thead>
            <tbody>
              {dtrMonths.flatMap((month) => {
                const lines = dtr.lines[member][month];
                if (!lines.length) {
                  return [
                    <tr key={month}>
                      <th scope="row">{p.dtr.mois[month]}</th>
                      <td colSpan={2}>Aucune ressource</td>
                    </tr>,
                  ];
                }
                return lines.map((line) => (
                  <tr key={`${month}-${line.key}`}>
                    <th scope="row">{p.dtr.mois[month]}</th>
                    <td>
                      {resourceLabels[line.type]}
                      {line.payer && ` (${line.payer})`}
                    </td>
                    <td>{formatAmount(line.cents)}</td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </section>
      ))}
      <TargetButton target="caf.dtr.review.modify" className="caf-link" onPress={onModify}>
        Modifier ma déclaration
      </TargetButton>
      <form noValidate onSubmit={submit} className="caf-panel">
        <div className={`caf-check${error ? ' caf-field--error' : ''}`}>
          <input
            id="caf-review-certify"
            ref={box}
            type="checkbox"
            data-target="caf.dtr.review.certify"
            checked={certified}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'caf-review-certify-error' : undefined}
            onChange={(event) => {
              setCertified(event.target.checked);
              if (event.target.checked) {
                setError(null);
                emit({ action: 'check', target: 'caf.dtr.review.certify' });
              }
            }}
          />
          <label htmlFor="caf-review-certify">Je certifie sur l’honneur l’exactitude des informations déclarées</label>
        </div>
        {error && (
          <p id="caf-review-certify-error" className="caf-field__error" role="alert">
            {error}
          </p>
        )}
        <div className="caf-actions caf-actions--nav">
          <TargetButton target="caf.dtr.previous" className="caf-button caf-button--secondary" onPress={onPrevious}>
            Précédent
          </TargetButton>
          <button type="submit" className="caf-button caf-button--primary" data-target="caf.dtr.review.validate">
            Valider ma déclaration
          </button>
        </div>
      </form>
    </>
  );
}
