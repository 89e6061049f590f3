/**
 * « Mes leçons »: every finished run, the latest first, with its date, its mode and how its
 * steps were done — without help, corrected after a mistake, with hints, shown (the same four
 * as at the end of the lesson) — and how many values were left wrong, if any.
 */
import { useTranslation } from 'react-i18next';
import { countSteps, stepHelps, type StepCounts } from '../engine/learner/learnerModel.ts';
import type { RunRecord } from '../engine/learner/types.ts';
import type { LessonEntry } from '../lesson/types.ts';
import { lessonTitle } from './texts.ts';

export interface LessonsDoneProps {
  runs: RunRecord[];
  lessons: LessonEntry[];
  /** Lessons done on another computer, carried by a progress code's QR code (default: none). */
  before?: readonly string[];
}

/** How the steps of a run were done, counted as on the completion screen (questions aside). */
export function runSteps(run: RunRecord): StepCounts {
  return countSteps(run.steps.filter((s) => s.skill !== undefined));
}

/** Whether the learner only watched: every step done by Pas à pas in Watch mode. */
function onlyWatched(run: RunRecord): boolean {
  const steps = run.steps.filter((s) => s.skill !== undefined);
  return steps.length > 0 && steps.every((s) => s.mode === 'watch' && !s.advisorHelped && s.leftWrong !== true);
}

/** The lessons done, with mode and help. */
export function LessonsDone({ runs, lessons, before = [] }: LessonsDoneProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
  const latestFirst = [...runs].sort((a, b) => b.completedAt - a.completedAt);
  return (
    <section className="carnet-section" aria-labelledby="carnet-lessons">
      <h2 id="carnet-lessons">{t('carnet.lessons.title')}</h2>
      <ul className="run-list">
        {latestFirst.map((run) => {
          const counts = runSteps(run);
          const items = stepHelps.filter((help) => counts[help] > 0);
          return (
            <li key={`${run.lessonId}-${run.completedAt}`} className="run-item">
              <h3>
                {lessonTitle(
                  lessons.find((l) => l.id === run.lessonId),
                  run.lessonId,
                  language,
                )}
              </h3>
              <p className="run-facts">
                <span>{t('carnet.lessons.date', { date: dates.format(run.completedAt) })}</span>
                <span className={`mode-badge mode-${run.mode}`}>
                  {t('carnet.lessons.mode', { mode: t(`modes.${run.mode}`) })}
                </span>
              </p>
              {onlyWatched(run) ? (
                <p>{t('carnet.lessons.watched')}</p>
              ) : (
                items.length > 0 && (
                  <ul className="run-help">
                    {items.map((help) => (
                      <li key={help}>{t(`stepsDone.${help}`, { count: counts[help] })}</li>
                    ))}
                  </ul>
                )
              )}
              {counts.leftWrong > 0 && (
                <p className="run-left-wrong">{t('stepsDone.leftWrong', { count: counts.leftWrong })}</p>
              )}
            </li>
          );
        })}
      </ul>
      {before.length > 0 && (
        <>
          <h3>{t('carnet.lessons.before')}</h3>
          <ul className="run-list before">
            {before.map((id) => (
              <li key={id} className="run-item">
                {lessonTitle(
                  lessons.find((l) => l.id === id),
                  id,
                  language,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
