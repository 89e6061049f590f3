/**
 * « Récapitulatif »: the answers and each employer with hours and gross pay, each part with
 * « Modifier », then « Valider mon actualisation » (after which nothing can be changed online).
 */
import { formatAmount, parseAmount } from '../../../../french/index.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { declaresWork, type ActualisationState } from '../actualisationReducer.ts';
import { questionIds, questionTexts } from '../questions.ts';
import { isBlankContract } from '../readContracts.ts';
import { readTypedHours } from '../readTypedHours.ts';
import { Stepper } from '../ui/Stepper.tsx';

export interface ActualisationSummaryProps {
  month: string;
  state: ActualisationState;
  onModifyQuestions(): void;
  onModifyEmployers(): void;
  onValidate(): void;
}

/** Récapitulatif. */
export function ActualisationSummary({
  month,
  state,
  onModifyQuestions,
  onModifyEmployers,
  onValidate,
}: ActualisationSummaryProps) {
  const worked = declaresWork(state);
  return (
    <>
      <h1 tabIndex={-1}>Récapitulatif de mon actualisation de {month}</h1>
      <Stepper current="Récapitulatif" withEmployers={worked} />
      <section className="ft-panel" aria-labelledby="fta-recap-situation">
        <h2 id="fta-recap-situation">Ma situation</h2>
        <dl className="fta-summary">
          {questionIds.map((q) => (
            <div key={q}>
              <dt>{questionTexts[q]}</dt>
              <dd>{state.answers[q] === 'oui' ? 'Oui' : 'Non'}</dd>
            </div>
          ))}
        </dl>
        <TargetButton
          target="france-travail.actualisation.recapitulatif.modifier-questions"
          className="ft-link"
          onPress={onModifyQuestions}
        >
          Modifier <span className="visually-hidden">ma situation</span>
        </TargetButton>
      </section>
      {worked && (
        <section className="ft-panel" aria-labelledby="fta-recap-employeurs">
          <h2 id="fta-recap-employeurs">Mes employeurs</h2>
          <table className="fta-table">
            <thead>
              <tr>
                <th scope="col">Employeur</th>
                <th scope="col">Heures travaillées</th>
                <th scope="col">Salaire brut</th>
              </tr>
            </thead>
            <tbody>
              {state.contracts
                .filter((c, i) => i === 0 || !isBlankContract(c))
                .map((c, i) => (
                  <tr key={i}>
                    <th scope="row">{c.employer.trim()}</th>
                    <td>{readTypedHours(c.hours).hours ?? c.hours.trim()} heures</td>
                    <td>{formatAmount(parseAmount(c.gross) ?? 0)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <TargetButton
            target="france-travail.actualisation.recapitulatif.modifier-employeurs"
            className="ft-link"
            onPress={onModifyEmployers}
          >
            Modifier <span className="visually-hidden">mes employeurs</span>
          </TargetButton>
        </section>
      )}
      <div className="ft-alert ft-alert--info">
        <p>Une fois votre actualisation validée, vous ne pourrez plus la modifier en ligne.</p>
      </div>
      <div className="ft-actions">
        <TargetButton
          target="france-travail.actualisation.valider"
          className="ft-button ft-button--primary"
          onPress={onValidate}
        >
          Valider mon actualisation
        </TargetButton>
      </div>
    </>
  );
}
