/**
 * Where a site shows FranceConnect: while a journey started on its login page is on
 * (`world.franceConnect.from`), its tab shows FranceConnect's pages instead of the site's, as the
 * real redirect does; the site stays mounted, hidden, and finds its page again on « Annuler ».
 * The practice browser's « Précédent » follows the pages in front.
 */
import { Suspense, useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { useSiteBridge } from '../SiteBridge.tsx';
import { SiteHistoryProvider, useSiteBack, type SiteBack } from '../siteHistory.tsx';
import './franceConnectHost.css';

export interface FranceConnectHostProps {
  /** The id of the site below (the tab's). */
  site: string;
  /** FranceConnect's pages (`src/sites/franceconnect/view.ts`); absent when FranceConnect is not registered. */
  view: ComponentType | undefined;
  children: ReactNode;
}

/** The site `children`, or FranceConnect's pages while a journey started there is on. */
export function FranceConnectHost({ site, view: FranceConnect, children }: FranceConnectHostProps) {
  const { world } = useSiteBridge();
  const journey = FranceConnect !== undefined && world.franceConnect?.from === site;
  const [siteBack, setSiteBack] = useState<SiteBack>(null);
  const [journeyBack, setJourneyBack] = useState<SiteBack>(null);
  const onSiteBack = useCallback((back: SiteBack) => setSiteBack(() => back), []);
  const onJourneyBack = useCallback((back: SiteBack) => setJourneyBack(() => back), []);
  useSiteBack(journey ? journeyBack : siteBack);

  // Back on the site (« Annuler », the return): the focus goes to its page's title.
  const wrapper = useRef<HTMLDivElement>(null);
  const wasOn = useRef(journey);
  useEffect(() => {
    if (wasOn.current && !journey) wrapper.current?.querySelector<HTMLElement>('h1')?.focus();
    wasOn.current = journey;
  }, [journey]);

  return (
    <>
      <div ref={wrapper} className="fc-host" hidden={journey}>
        <SiteHistoryProvider onBackChange={onSiteBack}>{children}</SiteHistoryProvider>
      </div>
      {journey && FranceConnect && (
        <SiteHistoryProvider onBackChange={onJourneyBack}>
          <Suspense fallback={null}>
            <FranceConnect />
          </Suspense>
        </SiteHistoryProvider>
      )}
    </>
  );
}
