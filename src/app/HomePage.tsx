/**
 * The home page: what Pas à pas is, the store's notice (reset, wiped…), « Reprendre avec mon
 * code », and the list of lessons, each a link to its page.
 * Kept light: it is the first screen a learner waits for on a slow computer.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ProgressNoticeMessage } from '../progress/ProgressNoticeMessage.tsx';
import { ResumeForm } from '../progress/ResumeForm.tsx';
import { lessons, textsOf } from './catalogue.ts';
import { useDocumentTitle } from './useDocumentTitle.ts';
import './home.css';

/** The list of lessons. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  useDocumentTitle(t('home.documentTitle'));
  return (
    <div className="page home">
      <ProgressNoticeMessage />
      <p className="tagline">{t('app.tagline')}</p>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ResumeForm />
      {lessons.length === 0 ? (
        <p>{t('home.empty')}</p>
      ) : (
        <ul className="lesson-list">
          {lessons.map((entry) => {
            const texts = textsOf(entry, language);
            return (
              <li key={entry.id} className="lesson-item">
                <h2>
                  <Link href={`/lecons/${entry.id}`}>{texts.title}</Link>
                </h2>
                <p>{texts.summary}</p>
                <p className="lesson-facts">
                  <span>{t('home.level', { level: entry.level })}</span>
                  <span>{t('home.duration', { count: entry.duration })}</span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
