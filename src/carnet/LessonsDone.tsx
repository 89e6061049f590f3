/**
 * « Mes leçons »: every finished run, the latest first, with its date, its mode and the help
 * used (steps with hints, steps shown by « Montre-moi », steps an advisor helped with).
 */
import { useTranslation } from 'react-i18next';
import type { RunRecord } from '../engine/learner/types.ts';
import type { LessonEntry } from '../lesson/types.ts';
import { lessonTitle } from './texts.ts';

export interface LessonsDoneProps {
  runs: RunRecord[];
  lessons: LessonEntry[];
  /** Lessons done on another computer, carried by a progress code's QR code (default: none). */
  before?: readonly string[];
}

/**
 * The help used in a run, counted in steps: with hints (and done by the learner), shown by
 * « Montre-moi » (Watch mode aside), helped by an advisor.
 */
export function helpUsed(run: RunRecord): { hints: number; shown: number; advisor: number } {
  return {
    hints: run.steps.filter((s) => s.hintRung > 0 && !s.shown).length,
    shown: run.steps.filter((s) => s.shown && s.mode !== 'watch').length,
    advisor: run.steps.filter((s) => s.advisorHelped).length,
  };
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
          const help = helpUsed(run);
          const items = (['hints', 'shown', 'advisor'] as const).filter((kind) => help[kind] > 0);
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
              {run.mode === 'watch' && help.advisor === 0 ? (
                <p>{t('carnet.lessons.watched')}</p>
              ) : items.length === 0 ? (
                <p>{t('carnet.lessons.noHelp')}</p>
              ) : (
                <ul className="run-help">
                  {items.map((kind) => (
                    <li key={kind}>{t(`carnet.lessons.${kind}`, { count: help[kind] })}</li>
                  ))}
                </ul>
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
