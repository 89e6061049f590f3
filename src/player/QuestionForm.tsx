/**
 * A comprehension question in the guide panel: a radio group of answers and « Valider ». When
 * « Montre-moi » or Watch mode shows the answer, it is selected and explained: the answer's own
 * text, and what to press to go on. In Watch mode the answers are shown, not answered.
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionData } from '../lesson/types.ts';

export interface QuestionFormProps {
  question: QuestionData;
  /** Id of the element holding the question's text, which names the radio group. */
  labelledBy: string;
  /** The lesson's locale, for the answers' `lang` (the UI's when not given). */
  lang?: string;
  onAnswer(value: string): void;
  /** Watch mode: the answers can be read, not chosen; no « Valider » (default: false). */
  readOnly?: boolean;
  /** The value of the answer shown (« Montre-moi », Watch mode), once it is. */
  shown?: string | null;
}

/** The answers of `question`; submitting sends the chosen one. */
export function QuestionForm({
  question,
  labelledBy,
  lang,
  onAnswer,
  readOnly = false,
  shown = null,
}: QuestionFormProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string | null>(shown);
  const [missing, setMissing] = useState(false);
  // An answer shown now is selected: the learner sees it among the others.
  const [selectedShown, setSelectedShown] = useState(shown);
  if (shown !== selectedShown) {
    setSelectedShown(shown);
    if (shown !== null) setChoice(shown);
  }
  const explained = question.answers.find((a) => a.value === shown);
  const anyAnswer = !question.answers.some((a) => a.correct);
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
              disabled={readOnly}
              onChange={() => setChoice(answer.value)}
            />
            <span {...textLanguage(lang)}>{answer.text}</span>
          </label>
        ))}
      </div>
      <div className="question-shown" role="status">
        {explained && (
          <>
            <p className="instruction-label">
              {t(anyAnswer ? 'player.question.anyAnswer' : 'player.question.rightAnswer')}
            </p>
            <p {...textLanguage(lang)}>{explained.text}</p>
            <p>{t(readOnly ? 'player.question.goOnWatch' : 'player.question.goOn')}</p>
          </>
        )}
      </div>
      {!readOnly && (
        <>
          <p className="question-missing" aria-live="polite">
            {missing ? t('player.question.choose') : ''}
          </p>
          <button type="submit" className="button primary">
            {t('player.question.submit')}
          </button>
        </>
      )}
    </form>
  );
}
