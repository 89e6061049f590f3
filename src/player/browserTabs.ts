/**
 * The tabs of the practice browser: one per practice site, named as the lessons name them
 * (« Cliquez sur l'onglet Ma messagerie »). These are part of the pretend browser, like the
 * sites' own texts, so they are not translated.
 */
import { sites } from '../sites/registry.ts';

/** Tab names by site id. */
export const tabLabels: Readonly<Record<string, string>> = { caf: 'caf.fr', mail: 'Ma messagerie' };

/** The site ids shown as tabs, in order. */
export const tabSites: readonly string[] = Object.keys(sites);

/** The tab name of a site (its registry name when it has no short one). */
export function tabLabel(site: string): string {
  return tabLabels[site] ?? sites[site]?.name ?? site;
}

/** The `data-site` attribute each tab panel carries, which `demonstrate` reads. */
export const siteAttribute = 'data-site';
