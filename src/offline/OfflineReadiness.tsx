/**
 * On « Préparer cet ordinateur pour l'atelier »: is the app ready to run without internet on this
 * computer (the service worker active and every file of the app in its cache)? If not, a button
 * prepares it: the worker is registered if needed and every missing file fetched.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkOffline, isPreparing, prepareOffline, type OfflineState } from './registerOfflineCache.ts';

/** The offline readiness of this computer, and the button that completes it. */
export function OfflineReadiness() {
  const { t } = useTranslation();
  const [offline, setOffline] = useState<OfflineState | { state: 'checking' }>({ state: 'checking' });

  useEffect(() => {
    let live = true;
    const show = (state: OfflineState) => {
      if (live) setOffline(state);
    };
    void (async () => {
      if (await isPreparing()) show({ state: 'preparing' });
      show(await checkOffline());
    })();
    return () => {
      live = false;
    };
  }, []);

  const prepare = async () => {
    setOffline({ state: 'preparing' });
    setOffline(await prepareOffline());
  };

  return (
    <section className="prepare-offline" aria-labelledby="prepare-offline-title">
      <h2 id="prepare-offline-title">{t('advisor.prepare.offline.title')}</h2>
      <p>{t('advisor.prepare.offline.intro')}</p>
      <p aria-live="polite" className={`prepare-offline-state ${offline.state}`} data-offline={offline.state}>
        {t(`advisor.prepare.offline.${offline.state}`)}
        {offline.state === 'ready' && offline.update ? ` ${t('advisor.prepare.offline.update')}` : ''}
      </p>
      {(offline.state === 'missing' || offline.state === 'failed') && (
        <button type="button" className="button primary" onClick={() => void prepare()}>
          {t('advisor.prepare.offline.prepare')}
        </button>
      )}
    </section>
  );
}
