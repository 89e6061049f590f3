/**
 * « À faire ensuite »: up to three lessons to try, each a link to its page with the
 * recommended mode (`/lecons/<id>?mode=<mode>`), and why (new, or to practise again).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { NextLesson } from '../engine/learner/learnerModel.ts';
import type { LessonEntry, Mode } from '../lesson/types.ts';
import { lessonTitle } from './texts.ts';

/** The address of a lesson's page, to start it in `mode`. */
export function lessonHref(lessonId: string, mode: Mode): string {
  return `/lecons/${encodeURIComponent(lessonId)}?mode=${mode}`;
}

export interface NextStepsProps {
  next: NextLesson[];
  lessons: LessonEntry[];
}

/** What to do next. */
export function NextSteps({ next, lessons }: NextStepsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  return (
    <section className="carnet-section" aria-labelledby="carnet-next">
      <h2 id="carnet-next">{t('carnet.next.title')}</h2>
      {next.length === 0 ? (
        <p>{t('carnet.next.none')}</p>
      ) : (
        <ol className="next-list">
          {next.map((item) => (
            <li key={item.lessonId} className="next-item">
              <p className="next-reason">{t(`carnet.next.${item.reason}`)}</p>
              <Link href={lessonHref(item.lessonId, item.mode)} className="next-link">
                {lessonTitle(
                  lessons.find((l) => l.id === item.lessonId),
                  item.lessonId,
                  language,
                )}
              </Link>
              <p className={`mode-badge mode-${item.mode}`}>
                {t('carnet.next.mode', { mode: t(`modes.${item.mode}`) })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
