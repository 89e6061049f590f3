/**
 * The advisor's home (`/animateur`): each session script (title, audience, duration, lessons)
 * with « Animer » and its run sheet, each lesson's handout, and the group follow-up.
 */
import { textLanguage } from '../../i18n/textLanguage.ts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { lessons as lessonCatalogue } from 'virtual:pas-a-pas/lessons';
import type { LessonEntry } from '../../lesson/types.ts';
import { sessions as sessionCatalogue, sessionTextsOf } from '../sessionCatalogue.ts';
import type { SessionEntry } from '../sessionTypes.ts';
import './presenter.css';

export interface SessionListProps {
  /** The session scripts (default: the app's catalogue). */
  sessions?: readonly SessionEntry[];
  /** The lessons, for their titles (default: the app's catalogue). */
  lessons?: readonly LessonEntry[];
}

/** A lesson's title in `language` (French fallback), with its locale; its id when unknown. */
function lessonTitle(lessons: readonly LessonEntry[], id: string, language: string) {
  const entry = lessons.find((e) => e.id === id);
  const texts = entry?.texts[language] ?? entry?.texts.fr;
  return texts ? { title: texts.title, locale: entry?.texts[language] ? language : 'fr' } : { title: id, locale: 'fr' };
}

/** The advisor's home, from the app's catalogues (the route's component). */
export function SessionListPage() {
  return <SessionList />;
}

/** The list of sessions and the advisor's other pages. */
export function SessionList({ sessions = sessionCatalogue, lessons = lessonCatalogue }: SessionListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  const documentTitle = t('advisor.presenter.list.documentTitle');
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <div className="page">
      <h1>{t('advisor.presenter.list.title')}</h1>
      <p>{t('advisor.presenter.list.intro')}</p>
      <h2>{t('advisor.presenter.list.sessions')}</h2>
      {sessions.length === 0 ? (
        <p>{t('advisor.presenter.list.empty')}</p>
      ) : (
        <ul className="session-list">
          {sessions.map((entry) => {
            const texts = sessionTextsOf(entry, language);
            const path = encodeURIComponent(entry.id);
            return (
              <li key={entry.id} className="session-item">
                <h3 {...textLanguage(texts.locale)}>{texts.title}</h3>
                <p>
                  <span {...textLanguage(texts.locale)}>
                    {t('advisor.presenter.list.audience', { audience: texts.audience })}
                  </span>
                  <br />
                  {t('advisor.presenter.list.duration', { count: entry.duration })}
                </p>
                <p className="session-actions">
                  <Link
                    href={`/seances/${path}`}
                    className="button primary"
                    aria-label={t('advisor.presenter.list.presentLabel', { title: texts.title })}
                  >
                    {t('advisor.presenter.list.present')}
                  </Link>
                  <Link
                    href={`/fiches/seances/${path}`}
                    aria-label={t('advisor.presenter.list.runSheetLabel', { title: texts.title })}
                  >
                    {t('advisor.presenter.list.runSheet')}
                  </Link>
                </p>
                <p>{t('advisor.presenter.list.lessons')}</p>
                <ul>
                  {entry.lessons.map((lessonId) => {
                    const lesson = lessonTitle(lessons, lessonId, language);
                    return (
                      <li key={lessonId}>
                        <Link href={`/fiches/lecons/${encodeURIComponent(lessonId)}`}>
                          {t('advisor.presenter.list.lessonHandout', { title: lesson.title })}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      <h2>{t('advisor.presenter.list.group')}</h2>
      <p>
        <Link href="/groupe">{t('advisor.presenter.list.groupText')}</Link>
      </p>
      <h2>{t('advisor.prepare.listTitle')}</h2>
      <p>
        <Link href="/preparer">{t('advisor.prepare.listText')}</Link>
      </p>
    </div>
  );
}
