/**
 * Every practice site's data half (targets, names), with no React: the compiler imports it to
 * check lessons, the player to name tabs.
 */
import { browserSite } from './browser/targets.ts';
import { cafSite } from './caf/targets.ts';
import { mailSite } from './mail/targets.ts';
import type { SiteSpec, TargetSpec } from './framework/types.ts';

/** The sites a lesson's `site:` may name (the browser is chrome, not a start site). */
export const sites: Readonly<Record<string, SiteSpec>> = { caf: cafSite, mail: mailSite };

/** Every target of every site, the browser's tabs included. */
export const allTargets: Readonly<Record<string, TargetSpec>> = {
  ...browserSite.targets,
  ...cafSite.targets,
  ...mailSite.targets,
};
