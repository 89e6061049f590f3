/**
 * The lesson step the projector shows, as the advisor sees it: where it is in the lesson, its
 * instruction, the lesson's `AdvisorNote` for it, and the known mistakes of that step. Past the
 * last unit: the lesson's end.
 */
import { textLanguage } from '../../i18n/textLanguage.ts';
import { useTranslation } from 'react-i18next';
import type { CompiledLesson } from '../../lesson/types.ts';
import { LessonText } from '../../player/LessonText.tsx';

export interface LessonStepNotesProps {
  lesson: CompiledLesson;
  /** Index of the unit in `lesson.units`; `units.length` for the lesson's end. */
  step: number;
}

/** The current lesson step with its advisor note and its known mistakes. */
export function LessonStepNotes({ lesson, step }: LessonStepNotesProps) {
  const { t } = useTranslation();
  const unit = lesson.units[step];
  const total = lesson.units.length;
  if (!unit) {
    return (
      <>
        <h3>{t('advisor.presenter.lessonEnd')}</h3>
        <p>{t('advisor.presenter.lessonEndText')}</p>
      </>
    );
  }
  return (
    <>
      <h3>
        {t('advisor.presenter.lessonStep', { index: step + 1, total })}
        {unit.kind === 'question' && ` · ${t('advisor.presenter.question')}`}
      </h3>
      <LessonText lesson={lesson} slot={unit.slot} className="presenter-step-text" />
      {unit.note && (
        <div className="presenter-note">
          <h4>{t('advisor.presenter.note')}</h4>
          <LessonText lesson={lesson} slot={unit.note} />
        </div>
      )}
      {unit.kind === 'step' && unit.mistakes.length > 0 && (
        <div className="presenter-mistakes">
          <h4>{t('advisor.presenter.mistakes')}</h4>
          <ul {...textLanguage(lesson.meta.locale)}>
            {unit.mistakes.map((mistake) => (
              <li key={mistake.slot}>{mistake.text}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
