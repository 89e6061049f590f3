/**
 * The CAF site as the practice browser shows it, with FranceConnect: its tab panel
 * (`data-site="caf"`), the `FranceConnectHost` that shows FranceConnect's pages in it during a
 * journey, and the way back « Précédent » takes (`back()`), all inside a real site bridge.
 */
import { act } from '@testing-library/react';
import { useCallback } from 'react';
import type { PracticeWorld } from '../../../src/lesson/world.ts';
import { CafSite } from '../../../src/sites/caf/CafSite.tsx';
import { FranceConnectSite } from '../../../src/sites/franceconnect/FranceConnectSite.tsx';
import { FranceConnectHost } from '../../../src/sites/framework/franceconnect/FranceConnectHost.tsx';
import { SiteHistoryProvider, type SiteBack } from '../../../src/sites/framework/siteHistory.tsx';
import { renderWithBridge, type BridgeOptions, type Rendered } from '../renderWithBridge.tsx';

function CafTab({ onBack }: { onBack(back: SiteBack): void }) {
  const onBackChange = useCallback((back: SiteBack) => onBack(back), [onBack]);
  return (
    <div data-site="caf">
      <SiteHistoryProvider onBackChange={onBackChange}>
        <FranceConnectHost site="caf" view={FranceConnectSite}>
          <CafSite />
        </FranceConnectHost>
      </SiteHistoryProvider>
    </div>
  );
}

export type RenderedTab = Rendered & {
  /** Presses the practice browser's « Précédent »; false when it is disabled. */
  back(): boolean;
};

/** Renders the CAF tab with FranceConnect (default: a fresh world, amina). */
export function renderCafTab(options: BridgeOptions = {}): RenderedTab {
  const way: { back: SiteBack } = { back: null };
  const site = renderWithBridge(<CafTab onBack={(back) => (way.back = back)} />, options);
  return {
    ...site,
    back: () => {
      const back = way.back;
      if (!back) return false;
      act(() => back());
      return true;
    },
  };
}

/** From the CAF home page to FranceConnect's choice of a provider. */
export function toChoice(site: Rendered): void {
  site.drive(
    { action: 'click', target: 'caf.header.mon-compte' },
    { action: 'click', target: 'caf.login.franceconnect' },
  );
}

/** From the CAF home page to impots.gouv's login, behind FranceConnect. */
export function toImpots(site: Rendered): void {
  toChoice(site);
  site.drive({ action: 'click', target: 'franceconnect.fournisseurs.impots' });
}

/** A world with the incident switched on. */
export const withUnavailableProvider = (world: PracticeWorld): PracticeWorld => ({
  ...world,
  incidents: [...(world.incidents ?? []), 'franceconnect.fournisseur-indisponible'],
});
