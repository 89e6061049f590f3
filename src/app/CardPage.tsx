/**
 * The printable practice card of a lesson (`/lecons/:id/carte`): the persona's papers alone,
 * with a print button. Only the card is printed.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PracticeCard } from '../player/card/PracticeCard.tsx';
import { LessonStatus } from './LessonStatus.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { useLesson } from './useLesson.ts';

/** The card page of lesson `id`. */
export function CardPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const load = useLesson(id);
  useDocumentTitle(load.status === 'ready' ? t('card.documentTitle', { title: load.lesson.meta.title }) : 'Pas à pas');
  if (load.status !== 'ready') return <LessonStatus load={load} id={id} />;
  return (
    <div className="page card-page">
      <div className="card-actions no-print">
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('card.print')}
        </button>
        <Link href={`/lecons/${id}`}>{t('card.back')}</Link>
      </div>
      <PracticeCard persona={load.lesson.persona} headingLevel={1} />
    </div>
  );
}
