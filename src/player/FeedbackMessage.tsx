/**
 * What the guide says after an action that was not the expected one: the lesson's own
 * `<Mistake>` text for an anticipated pitfall, otherwise a plain message that says what to do.
 */
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../engine/feedback.ts';
import type { CompiledLesson, Mode, Unit } from '../lesson/types.ts';
import { feedbackText } from './feedback/feedbackText.ts';
import { LessonText } from './LessonText.tsx';
import { ReadAloudButton } from './speech/ReadAloudButton.tsx';

export interface FeedbackMessageProps {
  lesson: CompiledLesson;
  unit: Unit;
  feedback: Feedback | null;
  mode: Mode;
  /** Changes with every wrong action, so the same message is announced again. */
  attempt: number;
}

/** A polite live region holding the current feedback, if any. */
export function FeedbackMessage({ lesson, unit, feedback, mode, attempt }: FeedbackMessageProps) {
  const { t } = useTranslation();
  const text = feedbackText(feedback, unit, mode, t) ?? '';
  const mistake =
    feedback?.kind === 'mistake' && feedback.unit === unit.id && unit.kind === 'step'
      ? unit.mistakes[feedback.index]
      : undefined;
  const message = !text ? null : mistake ? <LessonText lesson={lesson} slot={mistake.slot} /> : <p>{text}</p>;
  return (
    <div className="feedback-region" aria-live="polite">
      {message && (
        <div key={attempt} className="feedback">
          <span className="feedback-icon" aria-hidden="true">
            !
          </span>
          <div className="feedback-text">
            {message}
            <ReadAloudButton text={text} locale={lesson.meta.locale} what={t('player.readAloud.feedback')} />
          </div>
        </div>
      )}
    </div>
  );
}
