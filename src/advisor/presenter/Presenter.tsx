/**
 * The presenter view of a loaded session: where the workshop is (segment, and first the lesson
 * step the projector shows), what to say and ask, the checklist, the step's advisor note and known
 * mistakes, the segment's and the session's timers, what comes next, and the controls (buttons
 * and keys → / Space, ←, P). Each move is sent to the projector windows.
 */
import { textLanguage } from '../../i18n/textLanguage.ts';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CompiledLesson } from '../../lesson/types.ts';
import type { CompiledSession } from '../sessionTypes.ts';
import { usePresenterSync } from '../sync/usePresenterSync.ts';
import { LessonStepNotes } from './LessonStepNotes.tsx';
import { NextUp } from './NextUp.tsx';
import { SegmentNotes } from './SegmentNotes.tsx';
import { clampPosition, firstStep, nextPosition, previousPosition, type CourseSegment } from './sessionCourse.ts';
import { SessionTimer } from './SessionTimer.tsx';
import { usePresenterKeys } from './usePresenterKeys.ts';
import { watchPath } from './watchPath.ts';
import { useNow } from './useNow.ts';
import './presenter.css';

/** The projector's address for session `id`. */
export const projectorPath = (id: string) => `/animateur/projecteur/${encodeURIComponent(id)}`;

/** Opens the projector window (one per browser: pressing P again brings the same one back). */
function openProjectorWindow(url: string): boolean {
  return window.open(url, 'pas-a-pas-projecteur') !== null;
}

export interface PresenterProps {
  id: string;
  session: CompiledSession;
  /** The lessons of its segments that loaded, by id. */
  lessons: Readonly<Record<string, CompiledLesson>>;
  /** Opens the projector's window at `url`; says whether it opened (default: `window.open`). */
  openWindow?(url: string): boolean;
}

/** The advisor's screen during a workshop. */
export function Presenter({ id, session, lessons, openWindow = openProjectorWindow }: PresenterProps) {
  const { t } = useTranslation();
  const sync = usePresenterSync(id);
  const now = useNow();
  const course = useMemo<CourseSegment[]>(
    () =>
      session.segments.map((segment) => {
        const lesson = segment.lesson ? lessons[segment.lesson] : undefined;
        return lesson ? { steps: [...watchPath(lesson), lesson.units.length] } : {};
      }),
    [session, lessons],
  );
  const at = clampPosition(course, sync.position);
  const { moveTo } = sync;
  const [blocked, setBlocked] = useState(false);
  const actions = useMemo(
    () => ({
      next: () => {
        const to = nextPosition(course, at);
        if (to) moveTo(to);
      },
      back: () => {
        const to = previousPosition(course, at);
        if (to) moveTo(to);
      },
      nextSegment: () => {
        if (at.segment + 1 < course.length)
          moveTo({ segment: at.segment + 1, step: firstStep(course, at.segment + 1) });
      },
      projector: () => setBlocked(!openWindow(projectorPath(id))),
    }),
    [course, at.segment, at.step, moveTo, openWindow, id], // eslint-disable-line react-hooks/exhaustive-deps
  );
  usePresenterKeys(actions);
  const segment = session.segments[at.segment];
  const lesson = segment?.lesson ? lessons[segment.lesson] : undefined;
  const plannedSegment = segment?.duration ?? 0;
  const focusMain = useCallback((element: HTMLHeadingElement | null) => element?.focus({ preventScroll: true }), []);

  if (!segment) return null;
  return (
    <div className="page presenter">
      <p>
        <Link href="/">{t('advisor.presenter.back')}</Link>
      </p>
      <h1 {...textLanguage(session.meta.locale)}>{session.meta.title}</h1>
      <div className="presenter-grid">
        <section className="presenter-segment" aria-labelledby="presenter-segment-title">
          <p className="presenter-where">
            {t('advisor.presenter.segmentOf', { index: at.segment + 1, total: session.segments.length })} ·{' '}
            {t('advisor.presenter.minutes', { count: segment.duration })}
          </p>
          <h2 id="presenter-segment-title" tabIndex={-1} ref={focusMain} {...textLanguage(session.meta.locale)}>
            {segment.title}
          </h2>
          {segment.lesson && (
            <section className="presenter-lesson" aria-labelledby="presenter-lesson-title">
              <h2 id="presenter-lesson-title">
                {t('advisor.presenter.lesson', { title: lesson?.meta.title ?? segment.lesson })}
              </h2>
              {segment.mode && segment.mode !== 'watch' && (
                <p>{t('advisor.presenter.lessonMode', { mode: t(`modes.${segment.mode}`) })}</p>
              )}
              {lesson ? (
                <LessonStepNotes lesson={lesson} step={at.step} />
              ) : (
                <p role="alert">{t('advisor.presenter.lessonMissing', { id: segment.lesson })}</p>
              )}
            </section>
          )}
          <SegmentNotes session={session} segment={segment} />
        </section>
        <div className="presenter-side">
          <section aria-labelledby="presenter-timers">
            <h2 id="presenter-timers">{t('advisor.presenter.timers')}</h2>
            <SessionTimer
              label={t('advisor.presenter.segmentTimer')}
              elapsedMs={now - sync.segmentStartedAt}
              plannedMinutes={plannedSegment}
            />
            <SessionTimer
              label={t('advisor.presenter.sessionTimer')}
              elapsedMs={now - sync.sessionStartedAt}
              plannedMinutes={session.meta.duration}
            />
          </section>
          <NextUp session={session} lessons={lessons} course={course} at={at} />
          <section aria-labelledby="presenter-controls">
            <h2 id="presenter-controls">{t('advisor.presenter.controls')}</h2>
            <p className="presenter-buttons">
              <button type="button" className="button" onClick={actions.back} disabled={!previousPosition(course, at)}>
                {t('advisor.presenter.previous')}
              </button>
              <button
                type="button"
                className="button primary"
                onClick={actions.next}
                disabled={!nextPosition(course, at)}
              >
                {t('advisor.presenter.forward')}
              </button>
              <button
                type="button"
                className="button"
                onClick={actions.nextSegment}
                disabled={at.segment + 1 >= course.length}
              >
                {t('advisor.presenter.nextSegmentButton')}
              </button>
              <button type="button" className="button" onClick={actions.projector}>
                {t('advisor.presenter.openProjector')}
              </button>
            </p>
            {blocked && (
              <p role="alert">
                {t('advisor.presenter.projectorBlocked')}{' '}
                <a href={projectorPath(id)} target="_blank" rel="noreferrer">
                  {t('advisor.presenter.projectorLink')}
                </a>
              </p>
            )}
            <h3>{t('advisor.presenter.keys')}</h3>
            <ul className="presenter-keys">
              <li>
                <kbd>→</kbd> / <kbd>{t('advisor.presenter.keySpace')}</kbd> : {t('advisor.presenter.keyNext')}
              </li>
              <li>
                <kbd>←</kbd> : {t('advisor.presenter.keyBack')}
              </li>
              <li>
                <kbd>P</kbd> : {t('advisor.presenter.keyProjector')}
              </li>
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
