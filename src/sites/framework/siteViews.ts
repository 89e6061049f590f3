/**
 * The React halves of a set of practice sites, beside their registry: each site's component (a
 * lazy chunk: a lesson downloads a site only when the player opens it) and the papers the sites
 * add to the practice card.
 */
import type { ComponentType } from 'react';
import type { Persona } from '../../lesson/types.ts';
import type { SiteRegistry } from './siteRegistry.ts';

/** Props of a paper of the practice card. */
export interface PaperProps {
  persona: Persona;
  /** The level of the paper's heading. */
  headingLevel: 2 | 3;
}

export interface SiteViews {
  registry: SiteRegistry;
  /** Site components by site id; each takes no props and reads the site bridge. */
  components: Readonly<Record<string, ComponentType>>;
  /** Paper components by kind (the sites' own; the card adds the common ones). */
  papers: Readonly<Record<string, ComponentType<PaperProps>>>;
}
