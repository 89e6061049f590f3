/**
 * A set of practice sites with what is derived from it: every target (the sites' own, the
 * practice browser's tabs and « Précédent » button, the ones a site derives from the others)
 * and the papers they add to the practice card. The app uses the real sites
 * (`src/sites/registry.ts`); tests add their own.
 */
import { commonPapers } from '../../lesson/papers.ts';
import type { TargetId } from '../../lesson/types.ts';
import type { PaperSpec, SiteSpec, TargetRegistry, TargetSpec } from './types.ts';

export interface SiteRegistry {
  /** The sites, in the order of the practice browser's tabs. */
  readonly sites: readonly SiteSpec[];
  /** The site of an id, if registered. */
  site(id: string): SiteSpec | undefined;
  /** Every target of every site, the browser's tabs and « Précédent » button included. */
  readonly targets: TargetRegistry;
  /** Every paper kind a persona's `papiers:` may list. */
  readonly papers: Readonly<Record<string, PaperSpec>>;
}

/** The practice browser's tab of a site: `browser.tab.<site>`. */
export const tabTarget = (site: string): TargetId => `browser.tab.${site}`;

/** The practice browser's « Précédent » button: `browser.back`. */
export const backTarget: TargetId = 'browser.back';

/** Builds the registry of `sites`; throws with the fix when two sites share an id or a target. */
export function createSiteRegistry(sites: readonly SiteSpec[]): SiteRegistry {
  const byId = new Map<string, SiteSpec>();
  const targets: Record<TargetId, TargetSpec> = {};
  const add = (owner: string, registry: TargetRegistry) => {
    for (const [id, spec] of Object.entries(registry) as [TargetId, TargetSpec][]) {
      if (Object.hasOwn(targets, id))
        throw new Error(`Target "${id}" is declared twice (again by site "${owner}"): rename one of them.`);
      targets[id] = spec;
    }
  };
  for (const site of sites) {
    if (byId.has(site.id)) throw new Error(`Two practice sites have the id "${site.id}": each site needs its own id.`);
    byId.set(site.id, site);
    const foreign = Object.keys(site.targets).find((id) => !id.startsWith(`${site.id}.`));
    if (foreign) throw new Error(`Target "${foreign}" of site "${site.id}" must start with "${site.id}.".`);
    add(site.id, site.targets);
    if (site.tab !== false)
      add(site.id, { [tabTarget(site.id)]: { label: `Onglet « ${site.tabLabel} »`, actions: ['click'] } });
  }
  // Harmless: going back a page is never counted as a mistake.
  add('browser', { [backTarget]: { label: 'Bouton « Précédent » du navigateur', actions: ['click'], neutral: true } });
  for (const site of sites) if (site.derivedTargets) add(site.id, site.derivedTargets(sites));
  const papers: Record<string, PaperSpec> = { ...commonPapers };
  for (const site of sites) Object.assign(papers, site.papers);
  return { sites, site: (id) => byId.get(id), targets, papers };
}
