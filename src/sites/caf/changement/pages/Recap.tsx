/** « Récapitulatif »: what will be declared, « Modifier », and « Valider ». */
import type { Dispatch } from 'react';
import type { PracticeFile } from '../../../../lesson/practiceFiles.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import type { ChangementAction, ChangementDetails, ChangementType } from '../changementReducer.ts';
import { changementLabels, type ChangementTarget } from '../changementTargets.ts';
import { summaryLines } from '../changementSummary.ts';
import { ChangementHeading } from '../ui/ChangementHeading.tsx';

export interface RecapProps {
  type: ChangementType;
  details: ChangementDetails;
  proof: PracticeFile;
  dispatch: Dispatch<ChangementAction>;
  onValidate(): void;
}

/** The summary page. */
export function Recap({ type, details, proof, dispatch, onValidate }: RecapProps) {
  return (
    <div className="caf-sim-form">
      <ChangementHeading title="Récapitulatif" step={4} />
      <section className="caf-section" aria-labelledby="caf-chg-recap">
        <h2 id="caf-chg-recap">{changementLabels[type]}</h2>
        <dl className="caf-chg-summary">
          {summaryLines(type, details).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <div>
            <dt>Justificatif</dt>
            <dd>{proof.name}</dd>
          </div>
        </dl>
        <TargetButton
          target={`caf.changement.${type}.modifier` as ChangementTarget}
          className="caf-button caf-button--secondary"
          onPress={() => dispatch({ type: 'modify' })}
        >
          Modifier
        </TargetButton>
      </section>
      <div className="caf-actions caf-actions--nav">
        <TargetButton
          target="caf.changement.precedent"
          className="caf-button caf-button--secondary"
          onPress={() => dispatch({ type: 'previous' })}
        >
          Précédent
        </TargetButton>
        <TargetButton
          target={`caf.changement.${type}.valider` as ChangementTarget}
          className="caf-button caf-button--primary"
          onPress={onValidate}
        >
          Valider
        </TargetButton>
      </div>
    </div>
  );
}
