/** What the presenter and projector pages show while a session is not ready: unknown id (with a link back), loading, or a load error. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SessionLoad } from '../useSession.ts';

/** The message for a session that is not `ready`. */
export function SessionStatus({ load, id }: { load: Exclude<SessionLoad, { status: 'ready' }>; id: string }) {
  const { t } = useTranslation();
  if (load.status === 'loading') {
    return (
      <p className="page loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return (
    <div className="page">
      <h1>{load.status === 'unknown' ? t('advisor.presenter.unknownTitle') : t('app.crashTitle')}</h1>
      <p>{load.status === 'unknown' ? t('advisor.presenter.unknownText', { id }) : t('advisor.presenter.loadError')}</p>
      <p>
        <Link href="/">{t('advisor.presenter.back')}</Link>
      </p>
    </div>
  );
}
