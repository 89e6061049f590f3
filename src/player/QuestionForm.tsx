/**
 * A comprehension question in the guide panel: a radio group of answers and « Valider ».
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionData } from '../lesson/types.ts';

export interface QuestionFormProps {
  question: QuestionData;
  /** Id of the element holding the question's text, which names the radio group. */
  labelledBy: string;
  onAnswer(value: string): void;
}

/** The answers of `question`; submitting sends the chosen one. */
export function QuestionForm({ question, labelledBy, onAnswer }: QuestionFormProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice === null) return setMissing(true);
    setMissing(false);
    onAnswer(choice);
  };
  return (
    <form className="question" onSubmit={submit}>
      <div role="radiogroup" aria-labelledby={labelledBy} className="answers">
        {question.answers.map((answer) => (
          <label key={answer.value} className="answer">
            <input
              type="radio"
              name={`question-${question.id}`}
              value={answer.value}
              checked={choice === answer.value}
              onChange={() => setChoice(answer.value)}
            />
            <span>{answer.text}</span>
          </label>
        ))}
      </div>
      <p className="question-missing" aria-live="polite">
        {missing ? t('player.question.choose') : ''}
      </p>
      <button type="submit" className="button primary">
        {t('player.question.submit')}
      </button>
    </form>
  );
}
