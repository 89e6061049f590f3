/**
 * The registry the guide plans ways back with, for one persona: in each site's map, only the
 * links this persona can follow. A link that types a persona field the persona lacks (logging in
 * through FranceConnect with an impots.gouv identity, for someone with no numéro fiscal) is left
 * out, so that « Montre-moi » never leads into a login it cannot finish.
 */
import { readPath } from '../lesson/readPath.ts';
import type { Persona } from '../lesson/types.ts';
import { createSiteRegistry, type SiteRegistry } from '../sites/framework/siteRegistry.ts';
import type { WayStep } from '../sites/framework/types.ts';

const prefix = 'persona:';

/** Whether the persona has what `step` types (any step that types no persona field). */
const canType = (persona: Persona, step: WayStep) =>
  !step.value?.startsWith(prefix) || readPath(persona, step.value.slice(prefix.length)) !== undefined;

/** `registry` with the links `persona` cannot follow removed from every map. */
export function personaRegistry(registry: SiteRegistry, persona: Persona): SiteRegistry {
  const sites = registry.sites.map((site) =>
    site.navigation
      ? {
          ...site,
          navigation: {
            ...site.navigation,
            links: site.navigation.links.filter((link) => link.steps.every((step) => canType(persona, step))),
          },
        }
      : site,
  );
  return createSiteRegistry(sites);
}
