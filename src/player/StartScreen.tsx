/**
 * The start screen of a lesson: its title, introduction, mission and duration, and
 * « Commencer ». The mode is shown to the player as chosen; choosing it comes later.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CompiledLesson, Mode } from '../lesson/types.ts';
import { LessonText } from './LessonText.tsx';

export interface StartScreenProps {
  lesson: CompiledLesson;
  /** The guidance mode the lesson will start in. */
  mode: Mode;
  onStart(mode: Mode): void;
}

/** What a lesson is about, before it starts. */
export function StartScreen({ lesson, mode, onStart }: StartScreenProps) {
  const { t } = useTranslation();
  return (
    <div className="page start-screen">
      <h1>{lesson.meta.title}</h1>
      {lesson.intro && <LessonText lesson={lesson} slot={lesson.intro} className="lead" />}
      <h2>{t('lesson.goal')}</h2>
      <p className="mission">{lesson.meta.goal}</p>
      <p>{t('lesson.duration', { count: lesson.meta.duration })}</p>
      <p>
        <button type="button" className="button primary big" onClick={() => onStart(mode)}>
          {t('lesson.start')}
        </button>
      </p>
      <p>
        <Link href={`/lecons/${lesson.meta.id}/carte`}>{t('lesson.cardLink')}</Link>
      </p>
    </div>
  );
}
