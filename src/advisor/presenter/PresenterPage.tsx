/** The presenter page of session `id` (`/animateur/seances/<id>`): the session loaded with its lessons, then the presenter view. */
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Presenter, type PresenterProps } from './Presenter.tsx';
import { SessionStatus } from './SessionStatus.tsx';
import { useSession, type Catalogues } from '../useSession.ts';

export interface PresenterPageProps extends Catalogues {
  id: string;
  openWindow?: PresenterProps['openWindow'];
}

/** Loads session `id`, then shows the presenter view. */
export function PresenterPage({ id, sessions, lessons, openWindow }: PresenterPageProps) {
  const { t } = useTranslation();
  const load = useSession(id, { ...(sessions ? { sessions } : {}), ...(lessons ? { lessons } : {}) });
  const title =
    load.status === 'ready'
      ? t('advisor.presenter.documentTitle', { title: load.session.meta.title })
      : load.status === 'unknown'
        ? t('advisor.presenter.unknownTitle')
        : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
  if (load.status !== 'ready') return <SessionStatus load={load} id={id} />;
  return <Presenter id={id} session={load.session} lessons={load.lessons} {...(openWindow ? { openWindow } : {})} />;
}
