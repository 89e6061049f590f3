/**
 * What the guide says when the current step's target is not on screen: where the learner is,
 * and the first action of the way back (outlined on the site in Guided mode); « Montre-moi »
 * walks the whole way. Places and labels come from the site's navigation map, in French.
 */
import { useTranslation } from 'react-i18next';
import type { Whereabouts } from './readWhereabouts.ts';

export function WayBackMessage({ whereabouts }: { whereabouts: Whereabouts }) {
  const { t } = useTranslation();
  if (whereabouts.status !== 'away' && whereabouts.status !== 'lost') return null;
  const first = whereabouts.status === 'away' ? whereabouts.steps[0] : undefined;
  return (
    <div className="way-back" role="status">
      <p className="way-back-title">{t('player.wayBack.title')}</p>
      <p>
        {whereabouts.place !== null && (
          <>
            {t('player.wayBack.place')} <span lang="fr">{whereabouts.place}</span>.{' '}
          </>
        )}
        {first ? t('player.wayBack.notHere') : t('player.wayBack.lost')}
      </p>
      {first && (
        <p>
          {t('player.wayBack.next')} {t(`player.wayBack.action.${first.action}`)}{' '}
          <strong lang="fr">{first.label}</strong>. {t('player.wayBack.show')}
        </p>
      )}
    </div>
  );
}
