/**
 * A simple browser frame around the practice sites: a tab per site, a « Précédent » button and
 * an address bar. Every site stays mounted (the inactive one hidden), so a half-filled form
 * survives a look at another tab, as in a real browser. « Précédent » goes back a page in the
 * site in front, as that site says (`useSiteBack`). During a FranceConnect login, the tab of the
 * site that sent the learner shows FranceConnect's pages and address (`FranceConnectHost`).
 */
import { memo, Suspense, useCallback, useState, type ComponentType, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FranceConnectHost } from '../sites/framework/franceconnect/FranceConnectHost.tsx';
import { journeyAddress } from '../sites/framework/franceconnect/journey.ts';
import { useSiteBridge } from '../sites/framework/SiteBridge.tsx';
import { SiteHistoryProvider, type SiteBack } from '../sites/framework/siteHistory.tsx';
import { siteLoadingAttribute } from '../sites/framework/driver.ts';
import { backTarget, tabTarget } from '../sites/framework/siteRegistry.ts';
import { siteAttribute } from './siteAttribute.ts';
import { useSites } from './SitesContext.tsx';
import './practiceBrowser.css';

export interface PracticeBrowserProps {
  /** The sites to show as tabs, in order (the lesson's). */
  sites: readonly string[];
  /** The site whose tab is in front. */
  active: string;
  /** Brings a site's tab to the front. */
  onSelect(site: string): void;
  /** The browser's root element: the driver and the highlight search targets inside it. */
  rootRef: RefObject<HTMLDivElement | null>;
  /** Drawn over the sites (Watch mode's pointer). */
  children?: ReactNode;
}

/** The practice browser: tabs, address bar and the mounted sites (memoised: a new step in the guide does not re-render the sites). */
export const PracticeBrowser = memo(function PracticeBrowser({
  sites,
  active,
  onSelect,
  rootRef,
  children,
}: PracticeBrowserProps) {
  const { t } = useTranslation();
  const { emit, world } = useSiteBridge();
  const { registry, components } = useSites();
  // FranceConnect's pages show inside the tab of the site that sent the learner there.
  const franceConnect = components[franceConnectSite];
  const shown = sites.flatMap((id) => {
    const site = registry.site(id);
    const Site = components[id];
    return site && site.tab !== false && Site ? [{ site, Site }] : [];
  });
  const select = (site: string) => {
    emit({ action: 'click', target: tabTarget(site) });
    onSelect(site);
  };
  // Each site's way back, as it last said.
  const [backs, setBacks] = useState<Readonly<Record<string, SiteBack>>>({});
  const onBackChange = useCallback((site: string, back: SiteBack) => setBacks((b) => ({ ...b, [site]: back })), []);
  const back = backs[active] ?? null;
  const goBack = () => {
    if (!back) return;
    emit({ action: 'click', target: backTarget });
    back();
  };
  return (
    // The sites stay in French, left to right, as the real ones, whatever the learner's language.
    <section className="practice-browser" aria-label={t('player.browser.label')} ref={rootRef} dir="ltr">
      <div className="browser-bar">
        <div className="browser-tabs" role="group" aria-label={t('player.browser.tabs')}>
          {shown.map(({ site }) => (
            <button
              key={site.id}
              type="button"
              className="browser-tab"
              data-target={tabTarget(site.id)}
              aria-current={site.id === active ? 'page' : undefined}
              aria-controls={`browser-panel-${site.id}`}
              onClick={() => select(site.id)}
            >
              {site.tabLabel}
            </button>
          ))}
        </div>
        <div className="browser-nav">
          <button
            type="button"
            className="browser-back"
            data-target={backTarget}
            title={t('practiceBrowser.back')}
            disabled={!back}
            onClick={goBack}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path
                d="M16 10H4.5M9.5 4.5 4 10l5.5 5.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2.2"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <span className="visually-hidden">{t('practiceBrowser.back')}</span>
          </button>
          <p className="browser-address">
            <span className="visually-hidden">{t('player.browser.address')}</span>
            <svg className="browser-lock" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
              <rect x="1" y="6" width="10" height="7.5" rx="1.2" fill="currentColor" />
              <path d="M3.3 6V4.2a2.7 2.7 0 0 1 5.4 0V6" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
            <span className="browser-url">{journeyAddress(world, active) ?? registry.site(active)?.address ?? ''}</span>
          </p>
        </div>
      </div>
      {shown.map(({ site: { id }, Site }) => (
        <SitePanel
          key={id}
          id={id}
          Site={Site}
          franceConnect={franceConnect}
          hidden={id !== active}
          onBackChange={onBackChange}
        />
      ))}
      {children}
    </section>
  );
});

/** The id of FranceConnect, whose pages a site's tab shows during its login (`FranceConnectHost`). */
const franceConnectSite = 'franceconnect';

interface SitePanelProps {
  id: string;
  Site: ComponentType;
  /** FranceConnect's pages, if registered. */
  franceConnect: ComponentType | undefined;
  hidden: boolean;
  onBackChange(site: string, back: SiteBack): void;
}

/** One site's panel, which hears how the site goes back (memoised: « Précédent » changing does not re-render the site). */
const SitePanel = memo(function SitePanel({ id, Site, franceConnect, hidden, onBackChange }: SitePanelProps) {
  const { t } = useTranslation();
  const onChange = useCallback((back: SiteBack) => onBackChange(id, back), [id, onBackChange]);
  return (
    <div id={`browser-panel-${id}`} className="browser-page" lang="fr" {...{ [siteAttribute]: id }} hidden={hidden}>
      <SiteHistoryProvider onBackChange={onChange}>
        <FranceConnectHost site={id} view={franceConnect}>
          <Suspense
            fallback={
              <p role="status" {...{ [siteLoadingAttribute]: '' }}>
                {t('app.loading')}
              </p>
            }
          >
            <Site />
          </Suspense>
        </FranceConnectHost>
      </SiteHistoryProvider>
    </div>
  );
});
