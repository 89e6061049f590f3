/**
 * The home page: what Pas à pas is, the store's notice (reset, wiped…), the lessons in the order
 * to learn them — « Commencer ici » on the first one this learner has not done, each lesson's
 * prerequisites as links — and « Reprendre avec mon code » below them. A lesson text shown in
 * another language than the UI's carries its own `lang`.
 * Kept light: it is the first screen a learner waits for on a slow computer.
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ProgressNoticeMessage } from '../progress/ProgressNoticeMessage.tsx';
import { useProgress } from '../progress/ProgressProvider.tsx';
import { ResumeForm } from '../progress/ResumeForm.tsx';
import { lessonsInProgress } from '../progress/runStore.ts';
import { findLesson, learningOrder, lessons, textsOf } from './catalogue.ts';
import { prefetchLesson } from './prefetchLesson.ts';
import { useDocumentTitle } from './useDocumentTitle.ts';
import './home.css';

/** The list of lessons. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  const { runs, restoredLessons, reading } = useProgress();
  const startId = useId();
  useDocumentTitle(t('home.documentTitle'));
  const ordered = learningOrder(lessons, language);
  // Done: a run on this computer, or listed by a progress code (as « Mon carnet » counts them).
  const done = new Set([...runs.map((run) => run.lessonId), ...restoredLessons]);
  const start = reading ? undefined : ordered.find((entry) => !done.has(entry.id));
  // A run left with the browser's Back (kept for this tab) is offered first.
  const [inProgress] = useState(() => new Set(lessonsInProgress()));
  const resumable = ordered.filter((entry) => inProgress.has(entry.id));
  // The lesson to start with is the likely click: fetched once the page is idle.
  useEffect(() => {
    if (!start) return;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const handle = idle(() => prefetchLesson(start, language));
    return () => cancel(handle);
  }, [start, language]);
  return (
    <div className="page home">
      <ProgressNoticeMessage />
      <p className="tagline">{t('app.tagline')}</p>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {resumable.length > 0 && (
        <section className="kept-runs" aria-labelledby="kept-runs-title">
          <h2 id="kept-runs-title">{t('keptRun.home')}</h2>
          <ul>
            {resumable.map((entry) => (
              <li key={entry.id}>
                <Link href={`/lecons/${entry.id}`} className="button primary">
                  {t('keptRun.resume')}{' '}
                  <span {...textLanguage(textsOf(entry, language).locale)}>{textsOf(entry, language).title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {ordered.length === 0 ? (
        <p>{t('home.empty')}</p>
      ) : (
        <ul className="lesson-list">
          {ordered.map((entry) => {
            const texts = textsOf(entry, language);
            const isStart = entry === start;
            return (
              <li key={entry.id} className={isStart ? 'lesson-item start-here' : 'lesson-item'}>
                {isStart && (
                  <p className="start-here-badge" id={startId}>
                    {t('home.startHere')}
                  </p>
                )}
                <h2>
                  <Link
                    href={`/lecons/${entry.id}`}
                    {...textLanguage(texts.locale)}
                    aria-describedby={isStart ? startId : undefined}
                    onPointerEnter={() => prefetchLesson(entry, language)}
                    onFocus={() => prefetchLesson(entry, language)}
                  >
                    {texts.title}
                  </Link>
                </h2>
                <p {...textLanguage(texts.locale)}>{texts.summary}</p>
                {entry.requires.map((id) => {
                  const required = findLesson(id);
                  if (!required) return null;
                  const before = textsOf(required, language);
                  return (
                    <p key={id} className="lesson-requires">
                      <Link href={`/lecons/${id}`}>
                        {t('home.before')} <span {...textLanguage(before.locale)}>{before.title}</span>
                      </Link>
                    </p>
                  );
                })}
                <p className="lesson-facts">
                  <span>{t('home.level', { level: entry.level })}</span>
                  <span>{t('home.duration', { count: entry.duration })}</span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <ResumeForm />
      <footer className="home-footer">
        <Link href="/animateur" aria-describedby="home-advisor-hint">
          {t('advisor.homeLink')}
        </Link>
        <span id="home-advisor-hint">{t('advisor.homeLinkHint')}</span>
      </footer>
    </div>
  );
}
