/**
 * A simple browser frame around the practice sites: a tab per site and an address bar. Every
 * site stays mounted (the inactive one hidden), so a half-filled form survives a look at another
 * tab, as in a real browser.
 */
import { memo, Suspense, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useSiteBridge } from '../sites/framework/SiteBridge.tsx';
import { tabTarget } from '../sites/framework/siteRegistry.ts';
import { siteAttribute } from './siteAttribute.ts';
import { useSites } from './SitesContext.tsx';

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
  const { emit } = useSiteBridge();
  const { registry, components } = useSites();
  const shown = sites.flatMap((id) => {
    const site = registry.site(id);
    const Site = components[id];
    return site && site.tab !== false && Site ? [{ site, Site }] : [];
  });
  const select = (site: string) => {
    emit({ action: 'click', target: tabTarget(site) });
    onSelect(site);
  };
  return (
    <section className="practice-browser" aria-label={t('player.browser.label')} ref={rootRef}>
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
        <p className="browser-address">
          <span className="visually-hidden">{t('player.browser.address')}</span>
          <svg className="browser-lock" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
            <rect x="1" y="6" width="10" height="7.5" rx="1.2" fill="currentColor" />
            <path d="M3.3 6V4.2a2.7 2.7 0 0 1 5.4 0V6" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
          <span className="browser-url">{registry.site(active)?.address ?? ''}</span>
        </p>
      </div>
      {shown.map(({ site: { id }, Site }) => (
        <div
          key={id}
          id={`browser-panel-${id}`}
          className="browser-page"
          {...{ [siteAttribute]: id }}
          hidden={id !== active}
        >
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <Site />
          </Suspense>
        </div>
      ))}
      {children}
    </section>
  );
});
