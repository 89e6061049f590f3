/** The projector page of session `id` (`/animateur/projecteur/<id>`): the session loaded, then kept in step with the presenter. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionStatus } from '../presenter/SessionStatus.tsx';
import { useSession, type Catalogues } from '../useSession.ts';
import { useProjectorSync } from '../sync/useProjectorSync.ts';
import { Projector } from './Projector.tsx';

export interface ProjectorPageProps extends Catalogues {
  id: string;
  /** How long Watch mode's pointer travels (default: the player's). */
  watchTravelMs?: number;
}

/** Loads session `id` and follows its presenter. */
export function ProjectorPage({ id, sessions, lessons, watchTravelMs }: ProjectorPageProps) {
  const { t } = useTranslation();
  const load = useSession(id, { ...(sessions ? { sessions } : {}), ...(lessons ? { lessons } : {}) });
  const at = useProjectorSync(id);
  const title =
    load.status === 'ready'
      ? t('advisor.presenter.projector.documentTitle', { title: load.session.meta.title })
      : load.status === 'unknown'
        ? t('advisor.presenter.unknownTitle')
        : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
  if (load.status !== 'ready') return <SessionStatus load={load} id={id} />;
  return (
    <Projector
      session={load.session}
      lessons={load.lessons}
      at={at}
      {...(watchTravelMs === undefined ? {} : { watchTravelMs })}
    />
  );
}
