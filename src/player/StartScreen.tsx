/**
 * The start screen of a lesson: its title, introduction, mission and duration, and the choice of
 * mode — « Je regarde », « On fait ensemble », « Je fais seul » — the recommended one marked.
 * A lesson not yet written in the UI language says which language it is in, and its texts carry
 * that `lang`. In the HTML rendered at build time, the mode buttons wait (disabled) for the app.
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import { languageName } from '../i18n/languageName.ts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CompiledLesson, Mode } from '../lesson/types.ts';
import { useHydrated } from '../ui/useHydrated.ts';
import { LessonText } from './LessonText.tsx';

const modes: readonly Mode[] = ['watch', 'guided', 'alone'];

export interface StartScreenProps {
  lesson: CompiledLesson;
  /** The mode the learner model recommends (marked « Conseillé pour vous »). */
  recommended: Mode;
  onStart(mode: Mode): void;
}

/** What a lesson is about, and how to do it. */
export function StartScreen({ lesson, recommended, onStart }: StartScreenProps) {
  const { t, i18n } = useTranslation();
  const badgeId = useId();
  const running = useHydrated();
  const language = i18n.resolvedLanguage ?? 'fr';
  const { locale } = lesson.meta;
  return (
    <div className="page start-screen">
      <h1 {...textLanguage(locale)}>{lesson.meta.title}</h1>
      {locale !== language && (
        <p className="lesson-language">{t('lesson.onlyIn', { language: languageName(locale, language) })}</p>
      )}
      {lesson.intro && <LessonText lesson={lesson} slot={lesson.intro} className="lead" />}
      <h2>{t('lesson.goal')}</h2>
      <p className="mission" {...textLanguage(locale)}>
        {lesson.meta.goal}
      </p>
      <p>{t('lesson.duration', { count: lesson.meta.duration })}</p>
      <h2>{t('lesson.chooseMode')}</h2>
      <ul className="mode-choice">
        {modes.map((mode) => (
          <li key={mode} className={mode === recommended ? 'recommended' : undefined}>
            {mode === recommended && (
              <p className="recommended-badge" id={badgeId}>
                {t('lesson.recommended')}
              </p>
            )}
            <button
              type="button"
              className={mode === recommended ? 'button primary big' : 'button big'}
              aria-describedby={mode === recommended ? `${badgeId} ${badgeId}-${mode}` : `${badgeId}-${mode}`}
              disabled={!running}
              onClick={() => onStart(mode)}
            >
              {t(`modes.${mode}`)}
            </button>
            <p id={`${badgeId}-${mode}`}>{t(`lesson.modeText.${mode}`)}</p>
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/lecons/${lesson.meta.id}/carte`}>{t('lesson.cardLink')}</Link>
      </p>
    </div>
  );
}
