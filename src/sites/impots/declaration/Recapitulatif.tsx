/**
 * Step 3 of the declaration, « Récapitulatif »: the amounts declared, the estimated tax (from
 * `estimateIncomeTax`, the published scale of the year) and « Signer ». Until « Signer » is
 * pressed the declaration is not sent.
 */
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { TaxEstimate } from '../tax/estimateIncomeTax.ts';
import type { ImpotsPersona, IncomeBox } from '../impotsPersona.ts';
import { wholeEuros } from '../documents/wholeEuros.ts';
import { DeclarationFrame, PreviousStep } from './DeclarationFrame.tsx';
import { boxTitles, declarantOf } from './declaredIncome.ts';

export interface RecapitulatifProps {
  p: ImpotsPersona;
  /** The boxes declared, pre-filled or added (`shownBoxes`). */
  boxes: readonly IncomeBox[];
  amounts: Record<IncomeBox, number>;
  estimate: TaxEstimate;
  onPrevious(): void;
  onSign(): void;
}

/** « Récapitulatif ». */
export function Recapitulatif({ p, boxes, amounts, estimate, onPrevious, onSign }: RecapitulatifProps) {
  return (
    <DeclarationFrame incomeYear={p.impots.declaration.revenus_de} step={3}>
      <h2>Revenus déclarés</h2>
      <table className="impots-table">
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Revenu</th>
            <th scope="col" className="impots-table__amount">
              Montant
            </th>
          </tr>
        </thead>
        <tbody>
          {boxes.map((box) => (
            <tr key={box}>
              <td>{box}</td>
              <td>
                {boxTitles[box]} — Déclarant {declarantOf(box)}
              </td>
              <td className="impots-table__amount">{wholeEuros(amounts[box])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Estimation de votre impôt</h2>
      <dl className="impots-estimate">
        {estimate.lines.map((line, index) => (
          <div key={line.label} className={index === estimate.lines.length - 1 ? 'impots-estimate__total' : undefined}>
            <dt>{line.label}</dt>
            <dd>{line.unit === 'parts' ? String(line.amount).replace('.', ',') : wholeEuros(line.amount)}</dd>
          </div>
        ))}
      </dl>
      <p className="impots-muted">
        Cette estimation est calculée à partir des éléments que vous avez déclarés. Le montant définitif figurera sur
        votre avis d’impôt.
      </p>
      <p className="impots-alert impots-alert--warning">
        Votre déclaration ne sera transmise qu’après avoir cliqué sur «&nbsp;Signer&nbsp;».
      </p>
      <div className="impots-actions impots-actions--spread">
        <PreviousStep onPress={onPrevious} />
        <TargetButton
          target="impots.declaration.signer"
          className="impots-button impots-button--primary"
          onPress={onSign}
        >
          Signer
        </TargetButton>
      </div>
    </DeclarationFrame>
  );
}
