/** The month's yes/no questions, all on one page, then « Suivant ». */
import { useState, type Dispatch, type FormEvent } from 'react';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import type { ActualisationAction, ActualisationState } from '../actualisationReducer.ts';
import { questionIds, questionTexts, type Answer, type QuestionId } from '../questions.ts';
import { ErrorSummary, type FormError } from '../../ui/ErrorSummary.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { Stepper } from '../ui/Stepper.tsx';

export interface ActualisationQuestionsProps {
  month: string;
  state: ActualisationState;
  dispatch: Dispatch<ActualisationAction>;
  onNext(): void;
}

const missing = 'Veuillez sélectionner une réponse.';
const yesNo = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
] as const;

/** « Votre situation en novembre 2026 ». */
export function ActualisationQuestions({ month, state, dispatch, onNext }: ActualisationQuestionsProps) {
  const { emit } = useSiteBridge();
  const [errors, setErrors] = useState<FormError[]>([]);
  const unanswered = (q: QuestionId) => errors.some((e) => e.field === `fta-q-${q}`) && !state.answers[q];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = questionIds.filter((q) => !state.answers[q]).map((q) => ({ field: `fta-q-${q}`, message: missing }));
    setErrors(found);
    emit({
      action: 'click',
      target: 'france-travail.actualisation.questions.suivant',
      ...(found.length ? { ok: false } : {}),
    });
    if (!found.length) onNext();
  };

  return (
    <form noValidate onSubmit={submit}>
      <h1 tabIndex={-1}>Mon actualisation de {month}</h1>
      <Stepper current="Ma situation" withEmployers={state.answers.travail === 'oui'} />
      <ErrorSummary errors={errors} />
      <p className="fta-lead">Votre situation au cours du mois de {month}.</p>
      <p className="ft-muted">Tous les champs sont obligatoires.</p>
      {questionIds.map((q) => (
        <RadioGroup
          key={q}
          name={`fta-q-${q}`}
          target={`france-travail.actualisation.${q}`}
          legend={questionTexts[q]}
          options={yesNo}
          value={state.answers[q] ?? ''}
          onValue={(answer) => dispatch({ type: 'answer', question: q, answer: answer as Answer })}
          error={unanswered(q) ? missing : null}
          inline
        />
      ))}
      <div className="ft-actions">
        <button
          type="submit"
          className="ft-button ft-button--primary"
          data-target="france-travail.actualisation.questions.suivant"
        >
          Suivant
        </button>
      </div>
    </form>
  );
}
