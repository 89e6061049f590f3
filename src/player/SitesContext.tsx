/**
 * The practice sites the player works with: the real ones by default, or a test's own. The
 * player, the practice browser and the card read them here and know no site by name.
 */
import { createContext, useContext } from 'react';
import type { SiteViews } from '../sites/framework/siteViews.ts';
import { siteViews } from '../sites/views.ts';

const SitesContext = createContext<SiteViews>(siteViews);

/** Provides a set of sites to the player below it (default: the app's). */
export const SitesProvider = SitesContext.Provider;

/** The sites of the enclosing player. */
export function useSites(): SiteViews {
  return useContext(SitesContext);
}
