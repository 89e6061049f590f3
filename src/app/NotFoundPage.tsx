/** The page for an address that matches no route: says so, and leads home. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from './useDocumentTitle.ts';

/** 404 page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('notFound.title')} · ${t('app.name')}`);
  return (
    <div className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href="/">{t('lesson.back')}</Link>
      </p>
    </div>
  );
}
