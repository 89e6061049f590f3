/**
 * The practice sites, in the order of the practice browser's tabs: the only list of them. Adding
 * a site is its folder and one line here (docs/practice-sites.md). Plain data, no React: the
 * compiler imports it to check lessons. FranceConnect has no tab: its pages show inside the tab of
 * the site that sent the learner there.
 */
import { ameli } from './ameli/index.ts';
import { caf } from './caf/index.ts';
import { createSiteRegistry } from './framework/siteRegistry.ts';
import { franceTravail } from './france-travail/index.ts';
import { franceconnect } from './franceconnect/index.ts';
import { impots } from './impots/index.ts';
import { mail } from './mail/index.ts';

export const registry = createSiteRegistry([caf, franceTravail, impots, ameli, mail, franceconnect]);
