/**
 * What the lesson and card pages show while a lesson is not ready: an unknown id (with a link
 * home), a loading message, or a loading error.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LessonLoad } from './useLesson.ts';
import { useDocumentTitle } from './useDocumentTitle.ts';

/** The message for a lesson that is not `ready`. */
export function LessonStatus({ load, id }: { load: Exclude<LessonLoad, { status: 'ready' }>; id: string }) {
  const { t } = useTranslation();
  useDocumentTitle(load.status === 'unknown' ? `${t('lesson.unknownTitle')} · ${t('app.name')}` : t('app.name'));
  if (load.status === 'loading') {
    return (
      <p className="page loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return (
    <div className="page">
      <h1>{load.status === 'unknown' ? t('lesson.unknownTitle') : t('app.crashTitle')}</h1>
      <p>{load.status === 'unknown' ? t('lesson.unknownText', { id }) : t('lesson.loadError')}</p>
      <p>
        <Link href="/">{t('lesson.back')}</Link>
      </p>
    </div>
  );
}
