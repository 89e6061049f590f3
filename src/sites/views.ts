/**
 * The real sites' React halves, found by convention in their folders: `src/sites/<id>/view.ts`
 * (default export: the site component, loaded lazily) and `src/sites/<id>/papers/index.ts`
 * (`papers`: paper components by kind). The registry (`registry.ts`) stays the only list.
 */
import { lazy, type ComponentType } from 'react';
import type { PaperProps, SiteViews } from './framework/siteViews.ts';
import { registry } from './registry.ts';

const views = import.meta.glob<{ default: ComponentType }>('./*/view.ts');
const paperModules = import.meta.glob<Record<string, ComponentType<PaperProps>>>('./*/papers/index.ts', {
  eager: true,
  import: 'papers',
});

function siteComponents(): Record<string, ComponentType> {
  const components: Record<string, ComponentType> = {};
  for (const site of registry.sites) {
    const load = views[`./${site.id}/view.ts`];
    if (!load)
      throw new Error(
        `Practice site "${site.id}" has no src/sites/${site.id}/view.ts: add one that default-exports its component.`,
      );
    components[site.id] = lazy(load);
  }
  return components;
}

export const siteViews: SiteViews = {
  registry,
  components: siteComponents(),
  papers: Object.assign({}, ...Object.values(paperModules)) as SiteViews['papers'],
};
