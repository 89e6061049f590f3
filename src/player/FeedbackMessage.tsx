/**
 * What the guide says after an action that was not the expected one: the lesson's own
 * `<Mistake>` text for an anticipated pitfall, otherwise a plain message that says what to do.
 */
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../engine/feedback.ts';
import type { CompiledLesson, Mode, Unit } from '../lesson/types.ts';
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
  let message = null;
  let text = '';
  if (feedback && feedback.unit === unit.id) {
    const mistake = feedback.kind === 'mistake' && unit.kind === 'step' ? unit.mistakes[feedback.index] : undefined;
    text =
      mistake?.text ??
      (feedback.kind === 'wrong-target'
        ? t(mode === 'guided' ? 'player.feedback.wrongTargetGuided' : 'player.feedback.wrongTarget')
        : feedback.kind === 'wrong-value'
          ? t('player.feedback.wrongValue')
          : feedback.kind === 'refused'
            ? t('player.feedback.refused')
            : t('player.feedback.wrongAnswer'));
    message = mistake ? <LessonText lesson={lesson} slot={mistake.slot} /> : <p>{text}</p>;
  }
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
