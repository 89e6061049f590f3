/** « À travailler ensemble »: the skills most of the group has not mastered, and the lesson to do together. */
import { useTranslation } from 'react-i18next';
import type { LessonEntry } from '../../lesson/types.ts';
import { lessonTitle, skillLabel, type SkillLabel } from '../../carnet/texts.ts';
import type { Together } from './groupTable.ts';

/** Props of `TogetherSection`. */
export interface TogetherSectionProps {
  together: Together;
  skills: readonly SkillLabel[];
  lessons: readonly LessonEntry[];
}

/** What the group has in common to work on. */
export function TogetherSection({ together, skills, lessons }: TogetherSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  const { lesson, readable } = together;
  return (
    <section className="group-section group-together" aria-labelledby="group-together-title">
      <h2 id="group-together-title">{t('advisor.group.together.title')}</h2>
      {readable === 0 ? (
        <p>{t('advisor.group.together.none')}</p>
      ) : (
        <>
          {lesson && (
            <p className="group-together-lesson">
              <strong>
                {t('advisor.group.together.lesson', {
                  lesson: lessonTitle(
                    lessons.find((entry) => entry.id === lesson.lessonId),
                    lesson.lessonId,
                    language,
                  ),
                  mode: t(`modes.${lesson.mode}`),
                })}
              </strong>{' '}
              {t('advisor.group.together.lessonWhy', { count: lesson.learners, total: readable })}
            </p>
          )}
          {together.skills.length === 0 ? (
            <p>{t('advisor.group.together.noSkill')}</p>
          ) : (
            <>
              <p id="group-together-skills">{t('advisor.group.together.skillsIntro')}</p>
              <ul aria-labelledby="group-together-skills">
                {together.skills.map((entry) => (
                  <li key={entry.skill}>
                    {t('advisor.group.together.skill', {
                      skill: skillLabel(
                        skills.find((s) => s.id === entry.skill),
                        entry.skill,
                        language,
                      ),
                      count: entry.notYet,
                      total: readable,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
