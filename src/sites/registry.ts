/**
 * The practice sites, in the order of the practice browser's tabs: the only list of them. Adding
 * a site is its folder and one line here (docs/practice-sites.md). Plain data, no React: the
 * compiler imports it to check lessons.
 */
import { caf } from './caf/index.ts';
import { createSiteRegistry } from './framework/siteRegistry.ts';
import { franceTravail } from './france-travail/index.ts';
import { mail } from './mail/index.ts';

export const registry = createSiteRegistry([caf, franceTravail, mail]);
