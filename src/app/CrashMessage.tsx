/** What a learner sees when a page failed to render: what happened and a link home. */
import { useTranslation } from 'react-i18next';

/** The message of the error boundary (a plain link: the router may be what failed). */
export function CrashMessage() {
  const { t } = useTranslation();
  return (
    <div className="page" role="alert">
      <h1>{t('app.crashTitle')}</h1>
      <p>{t('app.crashText')}</p>
      <p>
        <a href="/">{t('lesson.back')}</a>
      </p>
    </div>
  );
}
